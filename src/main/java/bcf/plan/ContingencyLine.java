package bcf.plan;

import bcf.kernel.Money;

/**
 * The contingency plan: savings planned if the targets are fully achieved, against the maximum
 * support other services need if they are not. {@code period} is a year or "ongoing".
 */
public record ContingencyLine(
    String hwb, String period, Money plannedSavings, Money maximumSupport) {}
