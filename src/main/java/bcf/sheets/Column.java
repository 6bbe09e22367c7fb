package bcf.sheets;

import java.util.List;
import java.util.Locale;

/**
 * A column a reader looks for, by its label and the other labels releases have given it: {@code
 * name} is what messages call it; {@code labels} are compared without case, spaces or punctuation
 * ("ONS code", "ONS_Code" and "ons code." are one label).
 */
public record Column(String name, List<String> labels, boolean required) {

  public Column {
    labels = List.copyOf(labels);
  }

  public static Column required(String name, String... aliases) {
    return new Column(name, all(name, aliases), true);
  }

  public static Column optional(String name, String... aliases) {
    return new Column(name, all(name, aliases), false);
  }

  private static List<String> all(String name, String... aliases) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(name), List.of(aliases).stream())
        .toList();
  }

  boolean matches(String cell) {
    String wanted = normal(cell);
    return !wanted.isEmpty() && labels.stream().anyMatch(l -> normal(l).equals(wanted));
  }

  /** A label without case, punctuation or repeated spaces. */
  static String normal(String text) {
    return text == null
        ? ""
        : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
