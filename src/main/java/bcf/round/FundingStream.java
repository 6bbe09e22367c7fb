package bcf.round;

/**
 * A source of money for the pooled budget. {@code nhs} streams come from the NHS (CCG/ICB); {@code
 * minimum} streams are part of the mandated minimum fund.
 */
public record FundingStream(String code, String name, boolean nhs, boolean minimum) {}
