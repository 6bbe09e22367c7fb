package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Scheme;
import bcf.plan.Split;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A scheme's recurrent and non-recurrent spend add up to the total it states. */
public final class SchemeSpendConsistent implements Rule {

  public static final String ID = "scheme-spend-consistent";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    List<Finding> findings = new ArrayList<>();
    List<Scheme> schemes = context.plan().schemes();
    for (int i = 0; i < schemes.size(); i++) {
      Scheme scheme = schemes.get(i);
      for (String part : List.of("spend", "benefits")) {
        Map<FinancialYear, Split> splits =
            part.equals("spend") ? scheme.spend() : scheme.benefits();
        for (Map.Entry<FinancialYear, Split> entry : splits.entrySet()) {
          Split split = entry.getValue();
          if (split != null && split.partsDisagreeWithTotal()) {
            Money parts = Money.ZERO;
            if (split.recurrent() != null) {
              parts = parts.plus(split.recurrent());
            }
            if (split.nonRecurrent() != null) {
              parts = parts.plus(split.nonRecurrent());
            }
            findings.add(
                finding(
                    ID,
                    parameters.severity(),
                    "schemes[" + i + "]." + part + "." + entry.getKey(),
                    "Scheme '"
                        + scheme.name()
                        + "' states a total "
                        + part
                        + " of "
                        + split.total().format()
                        + " for "
                        + Text.year(entry.getKey())
                        + " but its recurrent and non-recurrent parts add to "
                        + parts.format()
                        + ".",
                    entry.getKey(),
                    split.total(),
                    parts));
          }
        }
      }
    }
    return findings;
  }
}
