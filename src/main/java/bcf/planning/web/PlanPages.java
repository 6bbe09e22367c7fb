package bcf.planning.web;

import bcf.access.Actor;
import bcf.planning.PlanFeature;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.platform.web.SplicedView;
import bcf.workflow.PlanStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** The plan list and a plan's overview. */
@Controller
class PlanPages {

  private final PlanService plans;
  private final PlanPageContents contents;

  private final List<PlanFeature> features;

  private final ViewResolver pages;

  private final bcf.platform.web.Navigation navigation;

  /**
   * The frame of the overview (the layout and the plan's top around the kept body), kept by what
   * its templates read: the top ({@link PlanTop}, this reader's) and the navigation bar's {@link
   * bcf.platform.web.Navigation.Nav}; the sign-out form's token is written afresh into each page.
   * 16 MiB: some 1,500 frames of 10 KB.
   */
  private final SplicedView.KeptFrames frames = new SplicedView.KeptFrames(16L * 1024 * 1024);

  /** Everything plans/overview and the layout read. */
  private record FrameKey(PlanTop top, bcf.platform.web.Navigation.Nav nav) {}

  /**
   * The overview reads the plan, its actuals and each feature's documents: in one read-only
   * transaction, one BEGIN and COMMIT to the database instead of a pair for each.
   */
  private final TransactionTemplate reading;

  PlanPages(
      PlanService plans,
      PlanPageContents contents,
      List<PlanFeature> features,
      @Qualifier("thymeleafViewResolver") ViewResolver pages,
      bcf.platform.web.Navigation navigation,
      PlatformTransactionManager transactions) {
    this.pages = pages;
    this.navigation = navigation;
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.plans = plans;
    this.contents = contents;
    this.features =
        features.stream().sorted(java.util.Comparator.comparingInt(PlanFeature::order)).toList();
  }

  @GetMapping("/plans")
  String list(
      Actor actor,
      @RequestParam(required = false) String round,
      @RequestParam(required = false) String hwb,
      @RequestParam(required = false) String status,
      Model model) {
    List<PlanService.Listing> all = plans.list(actor, PlanService.Filter.NONE);
    List<PlanService.Listing> shown = plans.list(actor, new PlanService.Filter(round, hwb, status));
    model.addAttribute("plans", shown);
    model.addAttribute("total", all.size());
    model.addAttribute("rounds", new TreeSet<>(all.stream().map(l -> l.record().round()).toList()));
    model.addAttribute(
        "hwbs", new TreeSet<>(all.stream().flatMap(l -> l.record().hwbs().stream()).toList()));
    model.addAttribute("statuses", Arrays.asList(PlanStatus.values()));
    model.addAttribute("round", round);
    model.addAttribute("hwb", hwb);
    model.addAttribute("status", status);
    model.addAttribute(
        "canStart", actor.has(bcf.access.Role.EDITOR) || actor.has(bcf.access.Role.ADMIN));
    return "plans/list";
  }

  @GetMapping("/plans/{id}")
  View overview(
      Actor actor,
      @PathVariable String id,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    record Shown(PlanTop top, PlanPageContents.Body body) {}
    Shown shown =
        reading.execute(
            status -> {
              PlanView view = plans.view(actor, id);
              PlanPageContents.Body body = contents.of(view, request, response);
              PlanTop top =
                  PlanTop.of(
                      view,
                      body.overview(),
                      features.stream().flatMap(f -> f.link(view).stream()).toList(),
                      request.getParameter("started") != null,
                      request.getParameter("saved") != null);
              return new Shown(top, body);
            });
    PlanPageContents.Body body = shown.body();
    model.addAttribute("top", shown.top());
    model.addAttribute("body", SplicedView.MARKER);
    bcf.platform.web.Navigation.Nav nav = navigation.current();
    return new SplicedView(
        pages.resolveViewName("plans/overview", Locale.UK),
        body.utf8(),
        frames,
        new FrameKey(shown.top(), nav),
        nav.anonymous() ? () -> null : SplicedView.formToken(request));
  }
}
