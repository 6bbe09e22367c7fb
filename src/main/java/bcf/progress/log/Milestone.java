package bcf.progress.log;

/** A step towards a commitment: what, when it is due (if said) and when it was done (if it was). */
public record Milestone(String what, When due, When done) {

  public boolean isDone() {
    return done != null;
  }
}
