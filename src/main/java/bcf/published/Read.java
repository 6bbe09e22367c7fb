package bcf.published;

import bcf.kernel.Period;
import java.math.BigDecimal;

/**
 * An actual read from the release: the HWB (by its id and name), the round's metric, the period,
 * numerator and denominator, the rows it came from and any note (figures added together, a
 * published outcome that does not match).
 */
public record Read(
    String hwb,
    String hwbName,
    String metric,
    Period period,
    BigDecimal numerator,
    BigDecimal denominator,
    String rows,
    String note) {}
