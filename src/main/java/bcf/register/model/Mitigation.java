package bcf.register.model;

import java.time.LocalDate;

/**
 * An action that lowers an entry's rating: who does it, by when, and whether it is done ({@code
 * null} where the source does not say).
 */
public record Mitigation(String action, String owner, LocalDate due, Boolean done) {}
