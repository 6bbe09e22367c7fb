package bcf.register.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import bcf.register.RegisterService;
import bcf.register.model.Entry;
import bcf.register.model.EntryType;
import bcf.register.model.ExceptionReport;
import bcf.register.model.Rating;
import bcf.register.model.Register;
import bcf.register.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The plan page's link to its risk register, and on the monitoring page the top risks by their
 * current rating with the exception report's counts.
 */
@Component
class RegisterFeature implements PlanFeature {

  /** How many risks the monitoring page lists: the "top five" the seeds speak of. */
  private static final int TOP = 5;

  private final RegisterService registers;

  RegisterFeature(RegisterService registers) {
    this.registers = registers;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<Link> link(PlanView view) {
    String id = view.record().id();
    Optional<Register> register = registers.current(id);
    if (register.isEmpty() && !view.can().edit()) {
      return Optional.empty();
    }
    return Optional.of(
        new Link(
            "Risk register",
            "/plans/" + id + "/register",
            register.isPresent()
                ? register.get().entries().size()
                    + " risks, assumptions, issues and dependencies, with their ratings, owners,"
                    + " mitigations and escalations"
                : "No register yet: start one from the plan's risks"));
  }

  @Override
  public Optional<Summary> summary(PlanView view) {
    String id = view.record().id();
    Optional<Register> kept = registers.current(id);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Register register = kept.get();
    List<Line> lines = new ArrayList<>();
    register.entries().stream()
        .filter(e -> e.type() == EntryType.RISK && e.status().live() && e.id() != null)
        .sorted(
            Comparator.comparing(
                (Entry e) ->
                    register.current(e.id()).flatMap(r -> register.scale().severity(r)).orElse(-1),
                Comparator.reverseOrder()))
        .limit(TOP)
        .forEach(
            e -> {
              Rating rating = register.current(e.id()).orElse(null);
              lines.add(
                  new Line(
                      e.name(),
                      Words.rating(rating, register.scale()),
                      rating != null && register.scale().aboveThreshold(rating) ? "red" : null));
            });
    ExceptionReport exceptions = ExceptionReport.of(register, registers.today());
    lines.add(count("Rated at or above the threshold", exceptions.aboveThreshold().size()));
    lines.add(count("Reviews overdue", exceptions.reviewsOverdue().size()));
    lines.add(count("Ratings worsening", exceptions.worsening().size()));
    lines.add(count("Escalations awaiting a decision", exceptions.awaitingDecision().size()));
    return Optional.of(
        new Summary(
            "Top risks and exceptions",
            lines,
            new Link(
                "The risk register and its exception report", "/plans/" + id + "/register", "")));
  }

  private static Line count(String what, int count) {
    return new Line(what, count == 0 ? "None" : String.valueOf(count), null);
  }
}
