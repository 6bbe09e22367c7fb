package bcf.progress.log;

/**
 * A commitment's status in one quarter: red, amber or green, why (required for red and amber), and
 * what was achieved in the quarter.
 */
public record QuarterStatus(Quarter quarter, Rag rag, String reason, String achieved) {}
