package bcf.progress.log;

/**
 * A step towards a commitment: what, when it is due (if said) and when it was done (if it was). Its
 * {@code id} is bcf's, as a commitment's is (null until {@link ProgressIds#assign} gives one).
 */
public record Milestone(String id, String what, When due, When done) {

  /** A milestone without an id yet. */
  public Milestone(String what, When due, When done) {
    this(null, what, due, done);
  }

  /** The same milestone under an id. */
  public Milestone withId(String newId) {
    return new Milestone(newId, what, due, done);
  }

  public boolean isDone() {
    return done != null;
  }
}
