/**
 * Published statistics read as they are published, framework-free: a release's rows (found by their
 * labels, see {@code bcf.sheets}) become the actuals of a round's metrics for each HWB, with a
 * report of what was read and what was skipped and why. ASCOF's open data ({@link
 * bcf.published.AscofRelease}) and the monthly delayed transfers of care files ({@link
 * bcf.published.DelayedTransfersRelease}); docs/published-statistics.md.
 */
package bcf.published;
