package bcf.register.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Registers for tests that read like the business: aRegister().with(aRisk("r1")...). */
final class RegisterBuilder {

  private final List<Entry> entries = new ArrayList<>();
  private final List<Review> reviews = new ArrayList<>();
  private Scale scale = Scale.DEFAULT;

  static RegisterBuilder aRegister() {
    return new RegisterBuilder();
  }

  RegisterBuilder onScale(Scale scale) {
    this.scale = scale;
    return this;
  }

  RegisterBuilder with(EntryBuilder entry) {
    entries.add(entry.build());
    return this;
  }

  RegisterBuilder rated(String entry, LocalDate on, Rating rating) {
    reviews.add(new Review(entry, on, rating, null));
    return this;
  }

  Register build() {
    return new Register("r", "p", "Register", null, List.of(), scale, entries, reviews);
  }

  static EntryBuilder aRisk(String id) {
    return new EntryBuilder(id);
  }

  static final class EntryBuilder {
    private final String id;
    private EntryStatus status = EntryStatus.OPEN;
    private LocalDate raised;
    private LocalDate review;
    private Rating target;
    private Escalation escalation;

    EntryBuilder(String id) {
      this.id = id;
    }

    EntryBuilder raised(LocalDate date) {
      raised = date;
      return this;
    }

    EntryBuilder reviewDue(LocalDate date) {
      review = date;
      return this;
    }

    EntryBuilder target(Rating rating) {
      target = rating;
      return this;
    }

    EntryBuilder status(EntryStatus s) {
      status = s;
      return this;
    }

    EntryBuilder escalated(Escalation e) {
      status = EntryStatus.ESCALATED;
      escalation = e;
      return this;
    }

    Entry build() {
      return new Entry(
          id,
          EntryType.RISK,
          "Risk " + id,
          null,
          "Owner",
          Level.PROGRAMME,
          status,
          raised,
          review,
          target,
          List.of(),
          escalation);
    }
  }
}
