package bcf.plan;

import bcf.kernel.FinancialYear;
import java.util.List;
import java.util.Optional;

/**
 * A Better Care Fund plan: one HWB's (or several HWBs') plan for a round, with its income
 * (contributions), uses (schemes), national conditions, metrics, risks, sign-offs and narrative,
 * and the summary figures as the plan itself declares them. Immutable; an edit makes a new Plan.
 */
public record Plan(
    String id,
    String round,
    List<FinancialYear> years,
    String title,
    boolean published,
    StatedIn statedIn,
    Source source,
    List<Hwb> hwbs,
    List<Organisation> organisations,
    List<PlanDate> dates,
    PooledBudget pooledBudget,
    List<Contribution> contributions,
    List<Scheme> schemes,
    Dfg dfg,
    Ibcf ibcf,
    OutOfHospital outOfHospital,
    SocialCareMaintenance socialCareMaintenance,
    List<ContingencyLine> contingency,
    PaymentForPerformance paymentForPerformance,
    List<ConditionAnswer> nationalConditions,
    List<MetricAmbition> metrics,
    List<Risk> risks,
    List<SignOff> signOffs,
    List<NarrativeSection> narrative,
    List<VersionEntry> versions,
    List<DeclaredFigure> declared,
    List<Explanation> explanations) {

  /** The unit the source states its figures in; sums of rounded figures may differ by rounding. */
  public enum StatedIn {
    POUNDS,
    THOUSANDS,
    MILLIONS;

    public boolean rounded() {
      return this != POUNDS;
    }
  }

  /**
   * Where the plan's figures came from. {@code partial}, where set, says what detail the source
   * leaves out (Dorset's monitoring report gives 3 of its 9 schemes): its totals then cannot be
   * checked against the detail, and validation says the detail is incomplete instead of reporting a
   * mismatch.
   */
  public record Source(String title, String date, String reference, String notes, String partial) {

    public Source(String title, String date, String reference, String notes) {
      this(title, date, reference, notes, null);
    }

    public boolean leavesOutDetail() {
      return partial != null && !partial.isBlank();
    }
  }

  /** What detail the plan's source leaves out, when it gives only part of it. */
  public Optional<String> partialDetail() {
    return source != null && source.leavesOutDetail()
        ? Optional.of(source.partial())
        : Optional.empty();
  }

  public Optional<Organisation> organisation(String id) {
    return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  public Optional<Hwb> hwb(String id) {
    return hwbs.stream().filter(h -> h.id().equals(id)).findFirst();
  }

  public boolean isJoint() {
    return hwbs.size() > 1;
  }

  /** The name of an HWB of the plan, or its id when it is not listed. */
  public String hwbName(String id) {
    return hwb(id).map(h -> h.name() == null || h.name().isBlank() ? id : h.name()).orElse(id);
  }

  /** The name of an organisation, or its id when it is not listed. */
  public String organisationName(String id) {
    return organisation(id).map(Organisation::name).orElse(id);
  }
}
