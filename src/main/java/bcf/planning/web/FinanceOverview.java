package bcf.planning.web;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The finance overview page: a row per finance page with its key figures in words and money, and a
 * link to change it. Figures are read from the plan document, as its pages edit them.
 */
record FinanceOverview(List<Entry> entries) {

  /** One page's row: its title, its address below the plan and what it holds now. */
  record Entry(String code, String title, List<String> figures) {}

  static FinanceOverview of(Plan plan, JsonNode document, List<FinancialYear> years) {
    List<Entry> entries = new ArrayList<>();
    for (FinanceSection section : FinanceSection.values()) {
      List<String> figures = figures(section, plan, document, years);
      entries.add(
          new Entry(
              section.code(), section.title(), figures.isEmpty() ? List.of("Not given") : figures));
    }
    return new FinanceOverview(entries);
  }

  private static List<String> figures(
      FinanceSection section, Plan plan, JsonNode document, List<FinancialYear> years) {
    List<String> lines = new ArrayList<>();
    switch (section) {
      case POOLED_BUDGET -> {
        JsonNode pooled = document.path("pooledBudget");
        text(pooled, "host").ifPresent(h -> lines.add("Host: " + plan.organisationName(h)));
        text(pooled, "arrangement").ifPresent(a -> lines.add("Arrangement: " + shortened(a)));
        int shares = pooled.path("riskShares").size();
        if (shares > 0) {
          BigDecimal atRisk = BigDecimal.ZERO;
          for (JsonNode share : pooled.path("riskShares")) {
            atRisk = atRisk.add(sum(share.path("amount")));
          }
          lines.add(count(shares, "risk share", "risk shares") + ", " + money(atRisk) + " at risk");
        }
        int pools = pooled.path("pools").size();
        if (pools > 0) {
          lines.add(count(pools, "hosted pool", "hosted pools"));
        }
      }
      case DFG_PASS_THROUGH -> {
        JsonNode rows = document.at("/dfg/passThrough");
        byYear(rows, "amount", years, " passed to housing authorities", lines);
        for (FinancialYear year : years) {
          JsonNode carried = document.at("/dfg/carriedForward/" + year);
          if (carried.isNumber()) {
            lines.add("Carried forward into " + year.display() + ": " + money(carried));
          }
        }
      }
      case DFG_ALLOCATION ->
          byYear(document.at("/dfg/allocation"), "total", years, " allocated", lines);
      case IBCF -> {
        JsonNode purposes = document.at("/ibcf/purposes");
        if (purposes.size() > 0) {
          lines.add(count(purposes.size(), "purpose", "purposes"));
        }
        perYear(purposes, "amounts", years, "", lines);
      }
      case OUT_OF_HOSPITAL -> {
        perYear(document.at("/outOfHospital/spend"), "amounts", years, " spend", lines);
        for (FinancialYear year : years) {
          JsonNode fence = document.at("/outOfHospital/ringFence/" + year);
          if (fence.isNumber()) {
            lines.add(year.display() + ": " + money(fence) + " ring-fenced");
          }
        }
      }
      case SOCIAL_CARE -> {
        JsonNode care = document.path("socialCareMaintenance");
        for (FinancialYear year : years) {
          JsonNode planned = care.at("/planned/" + year);
          if (planned.isNumber()) {
            lines.add(year.display() + ": " + money(planned) + " planned on social care");
          }
          JsonNode uplift = care.at("/uplift/" + year);
          if (uplift.isNumber()) {
            lines.add(
                year.display()
                    + ": inflation uplift "
                    + uplift.decimalValue().movePointRight(2).stripTrailingZeros().toPlainString()
                    + "%");
          }
        }
      }
      case CONTINGENCY -> {
        JsonNode contingency = document.path("contingency");
        if (contingency.size() > 0) {
          BigDecimal support = BigDecimal.ZERO;
          for (JsonNode line : contingency) {
            support = support.add(amount(line.path("maximumSupport")));
          }
          lines.add(
              count(contingency.size(), "contingency line", "contingency lines")
                  + ", up to "
                  + money(support)
                  + " of support if targets are not met");
        }
      }
      case PAYMENT_FOR_PERFORMANCE -> {
        JsonNode pfp = document.path("paymentForPerformance");
        JsonNode value = pfp.path("valuePerAvoidedAdmission");
        if (value.isNumber()) {
          lines.add(money(value) + " for each emergency admission avoided");
        }
        if (pfp.path("byHwb").size() > 0) {
          lines.add(count(pfp.path("byHwb").size(), "planned reduction", "planned reductions"));
        }
        if (pfp.path("schedule").size() > 0) {
          lines.add("Paid in " + count(pfp.path("schedule").size(), "instalment", "instalments"));
        }
      }
      case EXPLANATIONS -> {
        int explained = document.path("explanations").size();
        if (explained > 0) {
          lines.add(count(explained, "finding explained", "findings explained"));
        }
      }
    }
    return lines;
  }

  /** The rows' amounts at {@code field} added up per year ({@code year} in each row). */
  private static void byYear(
      JsonNode rows, String field, List<FinancialYear> years, String what, List<String> lines) {
    for (FinancialYear year : years) {
      BigDecimal total = BigDecimal.ZERO;
      boolean any = false;
      for (JsonNode row : rows) {
        if (row.path("year").asString("").equals(year.toString()) && row.path(field).isNumber()) {
          total = total.add(row.path(field).decimalValue());
          any = true;
        }
      }
      if (any) {
        lines.add(year.display() + ": " + money(total) + what);
      }
    }
  }

  /** The rows' per-year amounts ({@code amounts/2017-18}) added up per year. */
  private static void perYear(
      JsonNode rows, String field, List<FinancialYear> years, String what, List<String> lines) {
    for (FinancialYear year : years) {
      BigDecimal total = BigDecimal.ZERO;
      boolean any = false;
      for (JsonNode row : rows) {
        JsonNode amount = row.path(field).path(year.toString());
        if (amount.isNumber()) {
          total = total.add(amount.decimalValue());
          any = true;
        }
      }
      if (any) {
        lines.add(year.display() + ": " + money(total) + what);
      }
    }
  }

  private static BigDecimal sum(JsonNode byYear) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode amount : byYear) {
      total = total.add(amount(amount));
    }
    return total;
  }

  private static BigDecimal amount(JsonNode value) {
    return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
  }

  private static String money(JsonNode value) {
    return money(value.decimalValue());
  }

  private static String money(BigDecimal pounds) {
    return new Money(pounds.setScale(2, RoundingMode.HALF_UP)).format();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static java.util.Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.asString("").isBlank()
        ? java.util.Optional.of(value.asString().strip())
        : java.util.Optional.empty();
  }

  private static String shortened(String text) {
    String plain = text.replaceAll("\\s+", " ");
    return plain.length() > 80 ? plain.substring(0, 77).strip() + "..." : plain;
  }
}
