package bcf.register.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and ratings as people read them: "30 September 2015", "4 x 5 = 20 (Very high)". */
public final class Words {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Words() {}

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A rating in words with its band, such as {@code likelihood 4 x impact 5 = 20 (Very high)}. */
  public static String rating(Rating rating, Scale scale) {
    if (rating == null) {
      return "not rated";
    }
    String band = scale.bandLabel(rating).orElse(null);
    if (rating.onGrid()) {
      return "likelihood "
          + rating.likelihood()
          + " x impact "
          + rating.impact()
          + " = "
          + rating.value()
          + (band == null ? "" : " (" + band + ")");
    }
    if (rating.score() != null) {
      return "score " + rating.score() + (band == null ? "" : " (" + band + ")");
    }
    return rating.category() == null ? "not rated" : rating.category();
  }

  /** "Entry 3 (Poor data quality)": the entry's place for people. */
  public static String entry(int index, Entry entry) {
    String name = entry == null ? null : entry.name();
    if (name != null && name.length() > 60) {
      name = name.substring(0, 57) + "...";
    }
    return "Entry " + (index + 1) + (name == null ? "" : " (" + name + ")");
  }
}
