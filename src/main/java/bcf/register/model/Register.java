package bcf.register.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan's living risk register (RAID log): its scale, entries and the reviews that rate them. The
 * entries and scale are signed with the register; the reviews are its running record.
 */
public record Register(
    String id,
    String plan,
    String title,
    Source source,
    List<Arrangement> arrangements,
    Scale scale,
    List<Entry> entries,
    List<Review> reviews) {

  public Register {
    arrangements = arrangements == null ? List.of() : List.copyOf(arrangements);
    scale = scale == null ? Scale.DEFAULT : scale;
    entries = entries == null ? List.of() : List.copyOf(entries);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
  }

  public Optional<Entry> entry(String entryId) {
    return entries.stream().filter(e -> e.id().equals(entryId)).findFirst();
  }

  /**
   * An entry's ratings, oldest first: by date (an undated rating, from a source that gave none,
   * first), then in the order recorded.
   */
  public List<Review> history(String entryId) {
    return reviews.stream()
        .filter(r -> entryId.equals(r.entry()))
        .sorted(
            Comparator.comparing(
                Review::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())))
        .toList();
  }

  /** The latest rating of an entry, if it has been rated. */
  public Optional<Rating> current(String entryId) {
    List<Review> history = history(entryId);
    return history.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(history.get(history.size() - 1).rating());
  }

  /**
   * When the entry is next due for review: the date its latest review set, or else the entry's own
   * review date.
   */
  public Optional<LocalDate> reviewDue(String entryId) {
    List<Review> history = history(entryId);
    if (!history.isEmpty() && history.get(history.size() - 1).next() != null) {
      return Optional.of(history.get(history.size() - 1).next());
    }
    return entry(entryId).map(Entry::review);
  }

  public Register withEntries(List<Entry> newEntries) {
    return new Register(id, plan, title, source, arrangements, scale, newEntries, reviews);
  }

  public Register withReviews(List<Review> newReviews) {
    return new Register(id, plan, title, source, arrangements, scale, entries, newReviews);
  }
}
