package bcf.progress.log;

/**
 * A commitment's status changing between the quarters recorded: from what (null for the first
 * status recorded), to what, in which quarter and why.
 */
public record StatusChange(
    String theme, String commitment, Quarter quarter, Rag from, Rag to, String reason) {

  public boolean first() {
    return from == null;
  }

  /** "Red to amber", or "Recorded as red" for the first status. */
  public String words() {
    return first() ? "Recorded as " + to.code() : from.label() + " to " + to.code();
  }
}
