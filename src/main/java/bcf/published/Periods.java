package bcf.published;

import bcf.kernel.FinancialYear;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years and months as releases write them in titles, file names and cells. */
final class Periods {

  private static final Pattern YEAR_SHORT =
      Pattern.compile("(?<!\\d)(20\\d\\d)[-/_ ](\\d\\d)(?!\\d)");
  private static final Pattern YEAR_LONG =
      Pattern.compile("(?<!\\d)(20\\d\\d)[-/_ ](20\\d\\d)(?!\\d)");
  private static final Pattern ISO_MONTH =
      Pattern.compile("(?<!\\d)(20\\d\\d)-(0[1-9]|1[0-2])(-\\d\\d)?(?!\\d)");
  private static final Pattern NAMED_MONTH =
      Pattern.compile("(?i)\\b([a-z]{3,9})[-\\s,]+((?:20)?\\d\\d)(?!\\d)");

  private Periods() {}

  /** A financial year written as 2020-21, 2020/21 or 2020-2021 somewhere in the text. */
  static Optional<FinancialYear> financialYear(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = YEAR_LONG.matcher(text);
    if (m.find() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
      return Optional.of(new FinancialYear(Integer.parseInt(m.group(1))));
    }
    m = YEAR_SHORT.matcher(text);
    while (m.find()) {
      int start = Integer.parseInt(m.group(1));
      if ((start + 1) % 100 == Integer.parseInt(m.group(2))) {
        return Optional.of(new FinancialYear(start));
      }
    }
    return Optional.empty();
  }

  /** A month written as April 2018, Apr-18, 2018-04 or 2018-04-01 somewhere in the text. */
  static Optional<YearMonth> month(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher iso = ISO_MONTH.matcher(text);
    if (iso.find()) {
      return Optional.of(
          YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))));
    }
    Matcher named = NAMED_MONTH.matcher(text);
    while (named.find()) {
      Optional<Month> month = monthNamed(named.group(1));
      if (month.isPresent()) {
        int year = Integer.parseInt(named.group(2));
        return Optional.of(YearMonth.of(year < 100 ? 2000 + year : year, month.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Month> monthNamed(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
      if (w.equals(full)
          || (w.length() >= 3 && full.startsWith(w) && (w.length() == 3 || w.equals("sept")))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Where a release says its period, when no column gives it per row: the first period in the title
   * rows above the header, else the hint (the file name, or --period). {@code value} is null when
   * the header has {@code column}; {@code source} says in words where the period came from.
   */
  record FilePeriod<T>(T value, String source) {

    static <T> FilePeriod<T> of(
        bcf.sheets.Header header,
        String column,
        java.util.function.Function<String, Optional<T>> parse,
        PeriodHint hint,
        String what,
        String example) {
      if (header.has(column)) {
        return new FilePeriod<>(null, "the " + header.label(column) + " column");
      }
      Optional<T> titled =
          header.above().stream()
              .flatMap(r -> r.cells().stream())
              .map(parse)
              .flatMap(Optional::stream)
              .findFirst();
      if (titled.isPresent()) {
        return new FilePeriod<>(titled.get(), "the title rows");
      }
      T hinted = parse.apply(hint.text()).orElse(null);
      if (hinted == null) {
        throw new bcf.sheets.UnusableSpreadsheetException(
            "the release does not say which "
                + what
                + " it is for (no "
                + what
                + " column, none in its title or file name): give it, as --period "
                + example);
      }
      return new FilePeriod<>(hinted, hint.source());
    }
  }
}
