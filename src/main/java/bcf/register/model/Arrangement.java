package bcf.register.model;

/**
 * How entries are managed at one level: by whom, to whom they are escalated, to whom and how often
 * the level reports (Warwickshire: portfolio leads report to the programme board every 6 weeks).
 */
public record Arrangement(
    Level level,
    String managedBy,
    String escalatesTo,
    String reportsTo,
    Integer everyWeeks,
    String note) {}
