package bcf.round;

import java.time.LocalDate;

public record Deadline(String event, LocalDate date, String name) {}
