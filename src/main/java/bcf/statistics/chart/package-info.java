/**
 * Charts drawn on the server as SVG text, for pages (inline, with Thymeleaf {@code th:utext}) and
 * PDF documents: {@link bcf.statistics.chart.PlanActualChart} (plan against actuals with 95%
 * intervals and RAG colours) and {@link bcf.statistics.chart.SpcChart} (statistical process control
 * in the Making Data Count style). Each also gives a {@link bcf.statistics.chart.ChartTable} and a
 * one-sentence description as its text alternative; numbers are written by {@link
 * bcf.statistics.chart.ChartNumbers}.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Plain SVG 1.1 (svg, title, desc, g, rect, line, polyline, path, circle, text) with
 *       presentation attributes and no CSS, script or external fonts, so PDF renderers draw it too.
 *   <li>A fixed {@code viewBox} of 720 by 320 with {@code width="100%"}: the chart scales with its
 *       container and text keeps its proportions.
 *   <li>The root has {@code role="img"} and {@code aria-labelledby} naming its {@code title} and
 *       {@code desc}; their ids come from a checksum of the content, so two charts on a page do not
 *       clash and the same chart always gives the same bytes.
 *   <li>The value axis reaches zero only when that at most doubles its span (see {@code YScale});
 *       rates far from zero would otherwise look flat.
 *   <li>Period labels are thinned to every 1, 2, 3, 4, 6 or 12 periods (then multiples of 12) so
 *       that they do not overlap, using Arial's character widths to estimate how wide they are.
 *   <li>A missing value (null or NaN) breaks a line rather than bridging the gap; a whisker is
 *       drawn only when the actual and both limits are present.
 *   <li>Improvement is GOV.UK blue rather than Making Data Count's light blue, for contrast.
 * </ul>
 *
 * <p>A page shows a chart and its table like this:
 *
 * <pre>{@code
 * <figure class="govuk-!-margin-0">
 *   <div th:utext="${chart.svg()}"></div>
 *   <table class="govuk-table">
 *     <caption class="govuk-table__caption govuk-table__caption--s" th:text="${table.caption()}"></caption>
 *     ...
 * }</pre>
 */
@NamedInterface("chart")
package bcf.statistics.chart;

import org.springframework.modulith.NamedInterface;
