package bcf.round;

import java.util.Map;

/**
 * A validation rule the round applies, with its severity and parameters, as written in the round
 * file.
 */
public record RuleSetting(String rule, String severity, Map<String, String> parameters) {

  public String parameter(String name, String fallback) {
    return parameters.getOrDefault(name, fallback);
  }
}
