/**
 * Pooled-budget monitoring, framework-free: a year's budget from the plan (through {@link
 * bcf.finance.FinanceEngine}'s figures), actuals and forecasts per scheme, funding source and
 * partner, variance in pounds and per cent, risk-share agreements applied to the forecast over- or
 * underspend, retention, underspends carried forward and in-year payment for performance under the
 * 2015/16 rules. Rounding is in one place, {@link bcf.finance.monitoring.MonitoringRounding}.
 */
@NamedInterface("monitoring")
package bcf.finance.monitoring;

import org.springframework.modulith.NamedInterface;
