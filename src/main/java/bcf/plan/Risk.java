package bcf.plan;

import java.time.LocalDate;

/**
 * A risk: numeric likelihood x impact (or a single numeric score), or a categorical rating, with
 * its mitigation, owner and the level it is managed at.
 */
public record Risk(
    String id,
    String hwb,
    String description,
    Integer likelihood,
    Integer impact,
    Integer score,
    String rating,
    String mitigation,
    String owner,
    String level,
    LocalDate reviewDate) {}
