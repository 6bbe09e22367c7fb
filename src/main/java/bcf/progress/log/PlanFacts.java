package bcf.progress.log;

import bcf.kernel.FinancialYear;
import java.util.List;

/** What the progress rules need to know of the plan a log belongs to: its years and schemes. */
public record PlanFacts(List<FinancialYear> years, List<String> schemes) {

  public PlanFacts {
    years = List.copyOf(years);
    schemes = List.copyOf(schemes);
  }
}
