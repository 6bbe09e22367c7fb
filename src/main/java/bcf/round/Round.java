package bcf.round;

import bcf.kernel.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A planning round (2014-16, 2017-19, ...) as data: its years, funding streams, national
 * conditions, metric set, picklists, required sections and signatories, deadlines, and which
 * validation rules apply with which parameters. Adding a round is adding a file under {@code
 * rounds/}.
 */
public record Round(
    String id,
    String name,
    List<FinancialYear> years,
    String notes,
    List<FundingStream> fundingStreams,
    List<ConditionDefinition> nationalConditions,
    List<MetricDefinition> metrics,
    Map<String, List<String>> picklists,
    List<NarrativeSectionDefinition> narrativeSections,
    List<SignatoryRequirement> signatories,
    List<String> requiredDates,
    List<Deadline> deadlines,
    PaymentForPerformanceTerms paymentForPerformance,
    Map<FinancialYear, BigDecimal> socialCareUplift,
    List<RuleSetting> rules,
    ReturnsDefinition returns,
    RegisterDefinition register) {

  public Round {
    returns = returns == null ? ReturnsDefinition.NONE : returns;
    register = register == null ? RegisterDefinition.NONE : register;
  }

  /** A round that sets no risk-register scale. */
  public Round(
      String id,
      String name,
      List<FinancialYear> years,
      String notes,
      List<FundingStream> fundingStreams,
      List<ConditionDefinition> nationalConditions,
      List<MetricDefinition> metrics,
      Map<String, List<String>> picklists,
      List<NarrativeSectionDefinition> narrativeSections,
      List<SignatoryRequirement> signatories,
      List<String> requiredDates,
      List<Deadline> deadlines,
      PaymentForPerformanceTerms paymentForPerformance,
      Map<FinancialYear, BigDecimal> socialCareUplift,
      List<RuleSetting> rules,
      ReturnsDefinition returns) {
    this(
        id,
        name,
        years,
        notes,
        fundingStreams,
        nationalConditions,
        metrics,
        picklists,
        narrativeSections,
        signatories,
        requiredDates,
        deadlines,
        paymentForPerformance,
        socialCareUplift,
        rules,
        returns,
        RegisterDefinition.NONE);
  }

  /** A round that asks for no quarterly returns. */
  public Round(
      String id,
      String name,
      List<FinancialYear> years,
      String notes,
      List<FundingStream> fundingStreams,
      List<ConditionDefinition> nationalConditions,
      List<MetricDefinition> metrics,
      Map<String, List<String>> picklists,
      List<NarrativeSectionDefinition> narrativeSections,
      List<SignatoryRequirement> signatories,
      List<String> requiredDates,
      List<Deadline> deadlines,
      PaymentForPerformanceTerms paymentForPerformance,
      Map<FinancialYear, BigDecimal> socialCareUplift,
      List<RuleSetting> rules) {
    this(
        id,
        name,
        years,
        notes,
        fundingStreams,
        nationalConditions,
        metrics,
        picklists,
        narrativeSections,
        signatories,
        requiredDates,
        deadlines,
        paymentForPerformance,
        socialCareUplift,
        rules,
        ReturnsDefinition.NONE,
        RegisterDefinition.NONE);
  }

  public static final String SCHEME_TYPE = "schemeType";
  public static final String AREA_OF_SPEND = "areaOfSpend";
  public static final String COMMISSIONER = "commissioner";
  public static final String PROVIDER_TYPE = "providerType";
  public static final String RISK_RATING = "riskRating";

  public boolean covers(FinancialYear year) {
    return years.contains(year);
  }

  public Optional<FundingStream> fundingStream(String code) {
    return fundingStreams.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public Optional<ConditionDefinition> condition(String code) {
    return nationalConditions.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<MetricDefinition> metric(String code) {
    return metrics.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public List<String> picklist(String name) {
    return picklists.getOrDefault(name, List.of());
  }

  public Optional<PaymentForPerformanceTerms> paymentForPerformanceTerms() {
    return Optional.ofNullable(paymentForPerformance);
  }
}
