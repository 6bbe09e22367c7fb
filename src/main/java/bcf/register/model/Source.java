package bcf.register.model;

/**
 * Where the register's entries came from, as in the plan document: a title, date, reference and
 * notes, and {@code partial}: what the source leaves out (left out here too, never invented).
 */
public record Source(String title, String date, String reference, String notes, String partial) {}
