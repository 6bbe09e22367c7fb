package bcf.finance;

import bcf.plan.Hwb;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.round.FundingStream;
import bcf.round.Round;
import java.util.Map;
import java.util.Optional;

/**
 * A summary figure's key in words ("spend on Integrated Care" for {@code
 * expenditure.byTheme.Integrated Care}), its item named as the plan and round name it: the one
 * place a figure key is said, for findings and for the pages.
 */
public final class FigureWords {

  /** What each kind of figure is, as a reader says it. */
  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("income.total", "total contributions"),
          Map.entry("income.minimum", "total minimum contributions"),
          Map.entry("income.bySource", "contributions from"),
          Map.entry("income.byOrganisation", "contributions of"),
          Map.entry("income.byHwb", "contributions for"),
          Map.entry("income.minimumByOrganisation", "minimum contribution of"),
          Map.entry("expenditure.total", "total spend"),
          Map.entry("expenditure.recurrent", "recurrent spend"),
          Map.entry("expenditure.nonRecurrent", "non-recurrent spend"),
          Map.entry("expenditure.byScheme", "spend on"),
          Map.entry("expenditure.byTheme", "spend on"),
          Map.entry("expenditure.byAreaOfSpend", "spend on"),
          Map.entry("expenditure.bySource", "spend from"),
          Map.entry("expenditure.byHwb", "spend for"),
          Map.entry("benefits.total", "total benefits"),
          Map.entry("dfg.passThrough", "DFG passed to housing authorities"),
          Map.entry("dfg.passThroughByDistrict", "DFG passed to"),
          Map.entry("dfg.allocation", "DFG allocated"),
          Map.entry("dfg.allocationDfg", "DFG allocated from the grant"),
          Map.entry("dfg.allocationOther", "DFG allocated from other funding"),
          Map.entry("dfg.allocationByDistrict", "DFG allocated in"),
          Map.entry("dfg.carriedForward", "DFG carried forward"),
          Map.entry("ibcf.total", "iBCF allocated to purposes"),
          Map.entry("ibcf.byPurpose", "iBCF for"),
          Map.entry("outOfHospital.spend", "out-of-hospital spend"),
          Map.entry("outOfHospital.ringFence", "out-of-hospital ring-fence"),
          Map.entry("paymentForPerformance.maximum", "payment for performance"),
          Map.entry("paymentForPerformance.byHwb", "payment for performance for"));

  private FigureWords() {}

  /** How the items of breakdowns are named: by the plan and its round, or by a document. */
  public interface Names {
    String organisation(String id);

    String hwb(String id);

    String scheme(String id);

    String stream(String code);
  }

  /**
   * A figure's key in words; a key that is not a figure's is said as "a figure bcf does not know".
   */
  public static String of(String key, Plan plan, Round round) {
    return of(
        key,
        new Names() {
          @Override
          public String organisation(String id) {
            return plan.organisationName(id);
          }

          @Override
          public String hwb(String id) {
            return plan.hwb(id).map(Hwb::name).orElse(id);
          }

          @Override
          public String scheme(String id) {
            return plan.schemes().stream()
                .filter(s -> id.equals(s.id()))
                .findFirst()
                .map(Scheme::name)
                .orElse(id);
          }

          @Override
          public String stream(String code) {
            return round == null
                ? code
                : round.fundingStream(code).map(FundingStream::name).orElse(code);
          }
        });
  }

  /** A figure's key in words, the item of a breakdown named by {@code names}. */
  public static String of(String key, Names names) {
    Optional<FigureKey> parsed = FigureKey.parse(key);
    if (parsed.isEmpty()) {
      return "a figure bcf does not know";
    }
    FigureKey.Kind kind = parsed.get().kind();
    String words = KINDS.getOrDefault(kind.text(), "a figure bcf does not know");
    return parsed.get().itemName().map(item -> words + " " + item(kind, item, names)).orElse(words);
  }

  /** A breakdown's item by its name: a funding stream, organisation, scheme or HWB. */
  private static String item(FigureKey.Kind kind, String item, Names names) {
    return switch (kind) {
      case INCOME_BY_SOURCE, EXPENDITURE_BY_SOURCE -> names.stream(item);
      case INCOME_BY_ORGANISATION,
          INCOME_MINIMUM_BY_ORGANISATION,
          DFG_PASS_THROUGH_BY_DISTRICT,
          DFG_ALLOCATION_BY_DISTRICT ->
          names.organisation(item);
      case INCOME_BY_HWB, EXPENDITURE_BY_HWB, PAYMENT_FOR_PERFORMANCE_BY_HWB -> names.hwb(item);
      case EXPENDITURE_BY_SCHEME -> names.scheme(item);
      default -> item;
    };
  }
}
