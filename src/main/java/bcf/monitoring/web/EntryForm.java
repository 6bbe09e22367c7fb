package bcf.monitoring.web;

import bcf.finance.monitoring.MonitoringEntry;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.PeriodWords;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page to enter one period's actuals or forecasts for a plan's schemes: the choices (periods of
 * the plan's years in words, actual or forecast, the plan's partners), the values as typed, and the
 * problems found, each named by the field's label.
 */
record EntryForm(
    List<Choice> periods,
    List<Choice> kinds,
    List<Choice> partners,
    List<SchemeField> schemes,
    String period,
    String kind,
    String partner,
    Map<String, String> errors) {

  record Choice(String value, String text) {}

  record SchemeField(String field, String name, String value) {}

  static EntryForm blank(Plan plan, List<FinancialYear> years) {
    return read(plan, years, Map.of(), false);
  }

  /** The form as posted; {@code check} finds its problems. */
  static EntryForm read(
      Plan plan, List<FinancialYear> years, Map<String, String> posted, boolean check) {
    List<Choice> periods = new ArrayList<>();
    for (FinancialYear y : years) {
      for (int q = 1; q <= 4; q++) {
        Period quarter = Period.parse(y + " Q" + q);
        periods.add(new Choice(quarter.toString(), PeriodWords.of(quarter)));
      }
      for (int m = 0; m < 12; m++) {
        Period month = Period.of(y.firstMonth().plusMonths(m));
        periods.add(new Choice(month.toString(), PeriodWords.of(month)));
      }
    }
    List<Choice> kinds =
        List.of(new Choice("actual", "Actual spend"), new Choice("forecast", "Forecast"));
    List<Choice> partners = new ArrayList<>();
    partners.add(new Choice("", "No partner named"));
    plan.organisations().forEach(o -> partners.add(new Choice(o.id(), o.name())));
    List<SchemeField> schemes = new ArrayList<>();
    for (int i = 0; i < plan.schemes().size(); i++) {
      Scheme s = plan.schemes().get(i);
      String field = "amount-" + i;
      schemes.add(
          new SchemeField(
              field,
              s.name() == null || s.name().isBlank() ? "Scheme " + (i + 1) : s.name(),
              posted.getOrDefault(field, "").trim()));
    }
    String period = posted.getOrDefault("period", "");
    String kind = posted.getOrDefault("kind", "actual");
    String partner = posted.getOrDefault("partner", "");
    Map<String, String> errors = new LinkedHashMap<>();
    if (check) {
      if (periods.stream().noneMatch(c -> c.value().equals(period))) {
        errors.put("period", "Choose the month or quarter the amounts are for");
      }
      if (kinds.stream().noneMatch(c -> c.value().equals(kind))) {
        errors.put("kind", "Choose whether the amounts are actual spend or a forecast");
      }
      if (partners.stream().noneMatch(c -> c.value().equals(partner))) {
        errors.put("partner", "Choose a partner of the plan");
      }
      boolean any = false;
      for (SchemeField f : schemes) {
        if (f.value().isEmpty()) {
          continue;
        }
        any = true;
        if (amount(f.value()) == null) {
          errors.put(
              f.field(),
              "Enter the amount for " + f.name() + " in pounds, like 386500 or 386,500.25");
        }
      }
      if (!any && !schemes.isEmpty()) {
        errors.put(schemes.get(0).field(), "Enter an amount for at least one scheme");
      }
    }
    return new EntryForm(periods, kinds, partners, schemes, period, kind, partner, errors);
  }

  /** The entries of a form without errors. */
  List<MonitoringEntry> entries(Plan plan) {
    List<MonitoringEntry> entries = new ArrayList<>();
    for (int i = 0; i < schemes.size(); i++) {
      SchemeField f = schemes.get(i);
      if (f.value().isEmpty()) {
        continue;
      }
      entries.add(
          new MonitoringEntry(
              Period.parse(period),
              MonitoringEntry.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
              plan.schemes().get(i).id(),
              "",
              partner,
              new Money(amount(f.value()))));
    }
    return entries;
  }

  /** Pounds as typed: an optional £, thousands separators, at most two decimals; else null. */
  static BigDecimal amount(String text) {
    String plain = text.replace("£", "").replace(",", "").trim();
    if (!plain.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
      return null;
    }
    return new BigDecimal(plain);
  }
}
