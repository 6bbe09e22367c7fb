package bcf.round;

import java.math.BigDecimal;

/**
 * A metric of the round: how it is computed ({@code type}, {@code multiplier}), which direction is
 * good ({@code polarity}) and over which periods it is reported.
 */
public record MetricDefinition(
    String code,
    String name,
    String type,
    BigDecimal multiplier,
    String polarity,
    String periodType,
    String numerator,
    String denominator,
    String source,
    boolean paymentForPerformance) {}
