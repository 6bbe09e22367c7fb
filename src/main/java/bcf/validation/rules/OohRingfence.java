package bcf.validation.rules;

import static bcf.finance.FigureKey.Kind.*;
import static bcf.validation.PlanContext.finding;

import bcf.finance.Figures;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** NHS-commissioned out-of-hospital spend from the minimum contribution reaches the ring-fence. */
public final class OohRingfence implements Rule {

  public static final String ID = "ooh-ringfence";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    List<Finding> findings = new ArrayList<>();
    Figures figures = context.summary().figures();
    for (FinancialYear year : context.years()) {
      Optional<Money> ringFence = figures.amount(OUT_OF_HOSPITAL_RING_FENCE.key(), year);
      Optional<Money> spend = figures.amount(OUT_OF_HOSPITAL_SPEND.key(), year);
      if (ringFence.isEmpty()) {
        findings.add(
            finding(
                ID,
                Severity.WARNING,
                "outOfHospital.ringFence",
                "The plan gives no out-of-hospital ring-fence for "
                    + Text.year(year)
                    + ", so NHS-commissioned out-of-hospital spend cannot be checked.",
                year,
                (Money) null,
                null));
        continue;
      }
      Money spent = spend.orElse(Money.ZERO);
      Money headroom = spent.minus(ringFence.get());
      if (headroom.isNegative()) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "outOfHospital.spend",
                "NHS-commissioned out-of-hospital spend of "
                    + spent.format()
                    + " in "
                    + Text.year(year)
                    + " is "
                    + headroom.abs().format()
                    + " below the ring-fence of "
                    + ringFence.get().format()
                    + ".",
                year,
                ringFence.get(),
                spent));
      } else {
        findings.add(
            finding(
                ID,
                Severity.INFO,
                "outOfHospital.spend",
                "NHS-commissioned out-of-hospital spend of "
                    + spent.format()
                    + " in "
                    + Text.year(year)
                    + " meets the ring-fence of "
                    + ringFence.get().format()
                    + " with "
                    + headroom.format()
                    + " to spare.",
                year,
                ringFence.get(),
                spent));
      }
    }
    return findings;
  }
}
