package bcf.validation;

import java.math.BigDecimal;
import java.util.Map;

/** The severity and parameters a round gives a rule. */
public record RuleParameters(Severity severity, Map<String, String> values) {

  public Severity severity(String name, Severity fallback) {
    String value = values.get(name);
    return value == null ? fallback : Severity.parse(value);
  }

  public BigDecimal decimal(String name, BigDecimal fallback) {
    String value = values.get(name);
    return value == null ? fallback : new BigDecimal(value);
  }
}
