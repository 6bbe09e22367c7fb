package bcf.planning.web;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.PlanReport;
import bcf.metric.Actual;
import bcf.planning.ImportedActuals;
import bcf.planning.PlanView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The body of a plan's page (findings and every part: 200 KB of HTML for the largest plan), which
 * is the same for every reader of one analysis of one version with the same imported actuals,
 * except for the links that only editors get. Rendering it is most of the cost of a signed-in plan
 * page, so it is rendered once per such key and kept; the top of the page (status, what this reader
 * may do) and the layout (who is signed in, the form tokens) are rendered per request.
 *
 * <p>The analysis is part of the key by identity: {@code PlanCache} hands out one analysis per
 * version and set of recorded signatures, so a new signature or a new version is a new analysis and
 * a new entry; an entry whose analysis has left that cache is simply not asked for again and is
 * evicted by size. Per instance, like the analyses, so safe with several instances.
 */
@Component
class PlanPageContents {

  /** The bound, in bytes kept: about 30 of the largest plan's bodies. */
  private static final long MAXIMUM_BYTES = 7_000_000;

  private final ITemplateEngine templates;
  private final ImportedActuals actuals;
  private final Cache<Key, Body> bodies =
      Caffeine.newBuilder()
          .maximumWeight(MAXIMUM_BYTES)
          .weigher((Key key, Body body) -> body.utf8().length)
          .build();

  PlanPageContents(ITemplateEngine templates, ImportedActuals actuals) {
    this.templates = templates;
    this.actuals = actuals;
  }

  /** A page body and the overview it was rendered from (the top of the page shows its counts). */
  record Body(PlanOverview overview, byte[] utf8) {}

  /** What the body depends on; the analysis compared by identity (see the class comment). */
  private record Key(PlanAnalysis analysis, boolean edit, List<Actual> actuals) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && k.analysis == analysis
          && k.edit == edit
          && k.actuals.equals(actuals);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(analysis) * 31 + Boolean.hashCode(edit)) * 31
          + actuals.hashCode();
    }
  }

  /** The body of {@code view}'s page, rendered for this request's links if not yet kept. */
  Body of(PlanView view, HttpServletRequest request, HttpServletResponse response) {
    List<Actual> imported = List.copyOf(actuals.of(view.record().id()));
    return bodies.get(
        new Key(view.analysis(), view.can().edit(), imported),
        key -> render(view, imported, request, response));
  }

  private Body render(
      PlanView view,
      List<Actual> imported,
      HttpServletRequest request,
      HttpServletResponse response) {
    PlanReport report = PlanReport.of(view.analysis());
    PlanOverview overview = PlanOverview.of(view, report);
    WebContext context =
        new WebContext(
            JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response),
            Locale.UK,
            Map.of(
                "id",
                view.record().id(),
                "view",
                view,
                "overview",
                overview,
                "contents",
                PlanContents.of(report, view.analysis().round(), imported)));
    return new Body(
        overview,
        templates
            .process("plans/contents", context)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
