package bcf.plan;

import java.time.LocalDate;

/**
 * A key date of the plan; {@code date} is null where the source leaves it blank or a placeholder.
 */
public record PlanDate(String event, LocalDate date, String asPrinted) {}
