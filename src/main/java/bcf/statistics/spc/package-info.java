/**
 * Statistical process control: XmR (individuals) charts as NHS England's Making Data Count and the
 * R package NHSRplotthedots ({@code ptd_spc}) draw them. {@link bcf.statistics.spc.XmrChart}
 * computes a {@link bcf.statistics.spc.SpcResult} from {@link bcf.statistics.spc.SpcObservation}s
 * and {@link bcf.statistics.spc.SpcOptions}. Plain Java, no framework.
 *
 * <p>Where the written method leaves room, NHSRplotthedots' code decides:
 *
 * <ul>
 *   <li>Screening drops moving ranges {@code >= 3.267 AMR} and recomputes the AMR once (not
 *       repeatedly). A flat stretch, AMR 0, is not screened (plotthedots would drop every range and
 *       give no limits); its limits equal its mean.
 *   <li>With limits fixed after n points, the mean and moving ranges come from the segment's first
 *       n points only; later points are judged against those limits. A segment shorter than n uses
 *       all its points.
 *   <li>Trend: 7 points each strictly above (below) the previous, i.e. six moves; equal values
 *       break it. All points of the run are flagged, each with its run's direction. A turning point
 *       shared by a falling and a rising run takes the later run's direction, as in plotthedots; a
 *       point that ends one run just before another starts keeps its own run's direction (there
 *       plotthedots reads the step to the next point and can call a rising run's last point
 *       "decreasing").
 *   <li>Two in three: a window of 3 consecutive points all on the same side of the mean (none on
 *       it), at least 2 of them beyond the 2-sigma line <em>and within the process limits</em>
 *       ("close to the limits"); only those beyond the line are flagged, not the third point. A
 *       point outside the limits does not count toward this rule: it is already a special cause.
 *   <li>Shift: 7 consecutive points on one side of the mean, a point exactly on it breaking the
 *       run; all points of the run are flagged.
 *   <li>Rules run within a segment, so re-basing restarts every run. A point meeting several rules
 *       reports the first in the order outside limits, trend, two in three, shift.
 *   <li>Improvement or concern: for a trend by the run's direction, otherwise by the side of the
 *       mean. Without a polarity every special cause is neutral, and there is no assurance.
 *   <li>The mean takes a second, correcting pass as R's {@code mean} does, so a flat series of 0.1s
 *       has its points on the mean rather than a rounding error above it.
 *   <li>Assurance compares the target with the last segment's limits strictly: a target equal to a
 *       limit is "inconsistent".
 * </ul>
 */
@NamedInterface("spc")
package bcf.statistics.spc;

import org.springframework.modulith.NamedInterface;
