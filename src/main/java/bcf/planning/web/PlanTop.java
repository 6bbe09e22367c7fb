package bcf.planning.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanRecord;
import bcf.planning.PlanView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * The top of a plan's page for one reader, worked out in Java so that the template only reads
 * finished words and links: the kept body below it is the same for every reader of a version, but
 * this part depends on who reads (what they may do) and on the request (a banner after a save).
 * Measured (session 22): evaluating the template's expressions and building its links was the
 * larger part of a signed-in plan page's processor time; reading a record's accessors is not.
 *
 * @param base the plan's address, its id encoded as a path segment, without a trailing slash
 * @param savedBanner the banner after a save ("Saved. The plan is now at version 4."), or null
 * @param signOffs "2 of 4 required signatures on this version", or null for a reader who only sees
 *     the published version
 */
public record PlanTop(
    String base,
    String caption,
    String title,
    String statusText,
    String statusClass,
    String hwbs,
    int version,
    boolean published,
    String findings,
    String signOffs,
    boolean readCurrent,
    boolean edit,
    boolean started,
    String savedBanner,
    List<PlanFeature.Link> features) {

  /**
   * The top for {@code view}'s reader.
   *
   * @param started the page follows the plan's start
   * @param saved the page follows a save
   */
  public static PlanTop of(
      PlanView view,
      PlanOverview overview,
      List<PlanFeature.Link> features,
      boolean started,
      boolean saved) {
    PlanRecord r = view.record();
    String status = r.status().label() + (r.outcome() != null ? ": " + r.outcome().label() : "");
    String hwbs = String.join("; ", view.plan().hwbs().stream().map(h -> h.name()).toList());
    String findings =
        overview.errors()
            + " errors, "
            + overview.warnings()
            + " warnings, "
            + overview.infos()
            + " notes";
    boolean readCurrent = view.can().readCurrent();
    String signOffs =
        readCurrent
            ? view.currentSignOffs().size()
                + " of "
                + view.requiredSignatures().size()
                + " required signatures on this version"
            : null;
    return new PlanTop(
        "/plans/" + UriUtils.encodePathSegment(r.id(), StandardCharsets.UTF_8),
        r.round() + " plan",
        r.title(),
        status,
        "govuk-tag govuk-tag--" + r.status().tagColour(),
        hwbs,
        view.version(),
        !view.showsCurrent(),
        findings,
        signOffs,
        readCurrent,
        view.can().edit(),
        started,
        saved ? "Saved. The plan is now at version " + r.currentVersion() + "." : null,
        features);
  }
}
