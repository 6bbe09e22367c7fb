package bcf.register.model;

import java.time.LocalDate;

/** An action that lowers an entry's rating: who does it, by when, and whether it is done. */
public record Mitigation(String action, String owner, LocalDate due, boolean done) {}
