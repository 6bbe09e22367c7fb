package bcf.workbook.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The plan page's link to the plan as an Excel workbook, for whoever reads the plan. */
@Component
class WorkbookFeature implements PlanFeature {

  @Override
  public int order() {
    return 90;
  }

  @Override
  public Optional<Link> link(PlanView view) {
    return Optional.of(
        new Link(
            "Excel workbook",
            "/plans/" + view.record().id() + "/workbook.xlsx",
            "The plan as a planning workbook (Excel), with its checklist; fill it in and import it"
                + " with bcf import"));
  }
}
