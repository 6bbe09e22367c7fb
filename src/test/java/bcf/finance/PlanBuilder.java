package bcf.finance;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Contribution;
import bcf.plan.Dfg;
import bcf.plan.Hwb;
import bcf.plan.Ibcf;
import bcf.plan.Organisation;
import bcf.plan.OutOfHospital;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.plan.Scheme;
import bcf.plan.SocialCareMaintenance;
import bcf.plan.Split;
import bcf.plan.YearAmounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds plans for tests in the business's words: {@code aPlan().forRound("2017-19")...}. */
public final class PlanBuilder {

  private String round = "2017-19";
  private Plan.StatedIn statedIn = Plan.StatedIn.POUNDS;
  private final List<Hwb> hwbs =
      new ArrayList<>(List.of(new Hwb("h", "Anyshire HWB", null, null, null)));
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final List<Scheme> schemes = new ArrayList<>();

  public static PlanBuilder aPlan() {
    return new PlanBuilder();
  }

  public PlanBuilder forRound(String round) {
    this.round = round;
    return this;
  }

  public PlanBuilder statedInThousands() {
    this.statedIn = Plan.StatedIn.THOUSANDS;
    return this;
  }

  public PlanBuilder withOrganisation(String id, String type) {
    organisations.add(new Organisation(id, id.toUpperCase(), type, List.of("h"), Map.of(), null));
    return this;
  }

  public PlanBuilder withContribution(
      String organisation, String stream, String year, long minimum, long actual) {
    contributions.add(
        new Contribution(
            null,
            organisation,
            stream,
            null,
            FinancialYear.parse(year),
            minimum < 0 ? null : Money.of(minimum),
            actual < 0 ? null : Money.of(actual),
            null));
    return this;
  }

  public PlanBuilder withContribution(
      String organisation, String stream, String year, long actual) {
    return withContribution(organisation, stream, year, -1, actual);
  }

  public PlanBuilder withScheme(String id, String theme, String source, String year, long spend) {
    TreeMap<FinancialYear, Split> spendByYear = new TreeMap<>();
    spendByYear.put(FinancialYear.parse(year), new Split(null, null, Money.of(spend)));
    schemes.add(
        new Scheme(
            id,
            "Scheme " + id,
            null,
            theme,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            source,
            null,
            null,
            spendByYear,
            new TreeMap<>(),
            null));
    return this;
  }

  public Plan build() {
    return new Plan(
        "test-plan",
        round,
        List.of(),
        "Test plan",
        false,
        statedIn,
        null,
        hwbs,
        organisations,
        List.of(),
        PooledBudget.NONE,
        contributions,
        schemes,
        Dfg.NONE,
        Ibcf.NONE,
        OutOfHospital.NONE,
        new SocialCareMaintenance(YearAmounts.EMPTY, YearAmounts.EMPTY, new TreeMap<>()),
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
