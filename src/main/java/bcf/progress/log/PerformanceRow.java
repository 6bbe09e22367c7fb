package bcf.progress.log;

import java.math.BigDecimal;

/**
 * One measure of a year's performance table, with the columns Warwickshire's 2016/17 table has:
 * RAG, volume per week, growth against the year before (per cent and per week, or in percentage
 * points for a measure that is itself a percentage) and the trend. A figure the source does not
 * give is null.
 */
public record PerformanceRow(
    String metric,
    Rag rag,
    BigDecimal weeklyVolume,
    BigDecimal growthPercent,
    BigDecimal weeklyGrowth,
    BigDecimal growthPercentagePoints,
    Trend trend) {}
