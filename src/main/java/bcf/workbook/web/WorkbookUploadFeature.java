package bcf.workbook.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The plan page's link to upload a filled workbook, for those who may edit the plan now. */
@Component
class WorkbookUploadFeature implements PlanFeature {

  @Override
  public int order() {
    return 91;
  }

  @Override
  public Optional<Link> link(PlanView view) {
    if (!view.can().edit()) {
      return Optional.empty();
    }
    return Optional.of(
        new Link(
            "Upload a filled workbook",
            "/plans/" + view.record().id() + "/workbook/upload",
            "Save the plan's workbook, filled in, as a new version of the plan"));
  }
}
