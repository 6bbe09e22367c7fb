package bcf.monitoring;

import bcf.finance.monitoring.MonitoringRefused;
import bcf.finance.monitoring.MonitoringTerms;
import bcf.finance.monitoring.RiskShareAgreement;
import bcf.json.Json;
import bcf.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a plan's monitoring terms (schema/monitoring-terms.schema.json): risk-share agreements,
 * retention judgements, reductions in emergency admissions achieved, and schemes whose underspend
 * is carried forward. A term that cannot be read is refused with where it is, in words.
 */
public final class TermsJson {

  private TermsJson() {}

  public static MonitoringTerms read(String text) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw refused("The monitoring terms are not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw refused("The monitoring terms must be a JSON object.");
    }
    List<RiskShareAgreement> agreements = new ArrayList<>();
    int i = 0;
    for (JsonNode a : root.path("riskShares")) {
      i++;
      String where = "risk share " + i;
      String basis = text(a, "basis");
      RiskShareAgreement.Basis b;
      try {
        b = RiskShareAgreement.Basis.valueOf(basis.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw refused(
            "The basis of "
                + where
                + " must be fixed, pro-rata, host or contracting-partner, not '"
                + basis
                + "'.");
      }
      List<String> schemes = new ArrayList<>();
      a.path("schemes").forEach(s -> schemes.add(s.asString()));
      Map<String, BigDecimal> shares = new LinkedHashMap<>();
      a.path("shares")
          .properties()
          .forEach(e -> shares.put(e.getKey(), number(e.getValue(), where + " share")));
      Map<String, String> contracting = new LinkedHashMap<>();
      a.path("contracting")
          .properties()
          .forEach(e -> contracting.put(e.getKey(), e.getValue().asString()));
      Map<String, Money> caps = new LinkedHashMap<>();
      a.path("caps")
          .properties()
          .forEach(e -> caps.put(e.getKey(), money(e.getValue(), where + " cap")));
      String name = text(a, "name");
      agreements.add(
          new RiskShareAgreement(
              name == null ? "Risk share " + i : name,
              b,
              schemes,
              shares,
              text(a, "bearer"),
              contracting,
              caps,
              text(a, "restTo")));
    }
    List<MonitoringTerms.Retention> retentions = new ArrayList<>();
    for (JsonNode r : root.path("retentions")) {
      if (r.hasNonNull("judgedOn")) {
        try {
          java.time.LocalDate.parse(r.get("judgedOn").asString());
        } catch (java.time.format.DateTimeParseException e) {
          throw refused(
              "A retention's judgedOn must be a date written like 2016-02-29, not '"
                  + bcf.kernel.Limits.excerpt(r.get("judgedOn").asString())
                  + "'.");
        }
      }
      JsonNode met = r.path("conditionMet");
      retentions.add(
          new MonitoringTerms.Retention(
              text(r, "riskShare"),
              met.isBoolean() ? met.asBoolean() : null,
              text(r, "scheme"),
              r.hasNonNull("ceiling") ? money(r.get("ceiling"), "a retention's ceiling") : null));
    }
    List<MonitoringTerms.Achieved> achieved = new ArrayList<>();
    for (JsonNode r : root.path("achievedReductions")) {
      achieved.add(
          new MonitoringTerms.Achieved(
              text(r, "hwb"), number(r.path("reduction"), "an achieved reduction")));
    }
    List<String> carry = new ArrayList<>();
    root.path("carryForward").forEach(s -> carry.add(s.asString()));
    return new MonitoringTerms(agreements, retentions, achieved, carry);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static BigDecimal number(JsonNode node, String what) {
    if (!node.isNumber()) {
      throw refused("The " + what + " must be a number, not '" + node + "'.");
    }
    return node.decimalValue();
  }

  private static Money money(JsonNode node, String what) {
    BigDecimal n = number(node, what);
    if (n.stripTrailingZeros().scale() > 2) {
      throw refused("The " + what + " is in pounds and pence, with at most two decimals.");
    }
    return new Money(n);
  }

  private static MonitoringRefused refused(String message) {
    return new MonitoringRefused("monitoring-terms-unreadable", message);
  }
}
