package bcf.register.model;

import java.time.LocalDate;

/**
 * One rating of one entry: the entry's history is its reviews in order, the latest its current
 * rating. {@code date} is null only where the source gives a rating without a date; {@code next} is
 * when the entry is next to be reviewed, set by the review (so that reviewing an entry changes
 * nothing but the register's reviews).
 */
public record Review(String entry, LocalDate date, Rating rating, String note, LocalDate next) {

  public Review(String entry, LocalDate date, Rating rating, String note) {
    this(entry, date, rating, note, null);
  }
}
