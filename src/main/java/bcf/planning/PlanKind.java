package bcf.planning;

import bcf.document.DocumentKind;
import bcf.document.DocumentPart;
import java.util.List;

/**
 * The plan as a kind of versioned document: its parts are {@link PlanPart}s, its lifecycle the plan
 * workflow ({@code bcf.workflow}). Partners sign the whole plan, so an edit of any part means that
 * sign-offs of earlier versions no longer count.
 */
public enum PlanKind implements DocumentKind {
  PLAN;

  @Override
  public String code() {
    return "plan";
  }

  @Override
  public String label() {
    return "plan";
  }

  @Override
  public List<PlanPart> parts() {
    return List.of(PlanPart.values());
  }

  @Override
  public boolean editInvalidatesSignOffs(DocumentPart part) {
    return true;
  }
}
