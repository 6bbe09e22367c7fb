package bcf.register;

import bcf.register.model.Entry;
import bcf.register.model.EntryStatus;
import bcf.register.model.Escalation;
import bcf.register.model.Mitigation;
import bcf.register.model.Register;
import bcf.register.model.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The changes the register's forms and API make, each a function of the register: review an entry
 * (the reviews part), add an entry, add a mitigation, escalate, record a decision, close (the
 * entries part). An entry that does not exist is refused.
 */
public final class RegisterEdits {

  private RegisterEdits() {}

  public static UnaryOperator<Register> review(Review review) {
    return register -> {
      require(register, review.entry());
      List<Review> reviews = new ArrayList<>(register.reviews());
      reviews.add(review);
      return register.withReviews(reviews);
    };
  }

  public static UnaryOperator<Register> add(Entry entry) {
    return register -> {
      List<Entry> entries = new ArrayList<>(register.entries());
      entries.add(entry);
      return register.withEntries(entries);
    };
  }

  /** The next free reference of the form {@code type-n}, such as {@code risk-5}. */
  public static String nextId(Register register, String prefix) {
    int n = 1;
    while (register.entry(prefix + "-" + n).isPresent()) {
      n++;
    }
    return prefix + "-" + n;
  }

  public static UnaryOperator<Register> mitigate(String entryId, Mitigation mitigation) {
    return change(
        entryId,
        e -> {
          List<Mitigation> mitigations = new ArrayList<>(e.mitigations());
          mitigations.add(mitigation);
          return with(e, e.status(), mitigations, e.escalation());
        });
  }

  public static UnaryOperator<Register> escalate(String entryId, Escalation escalation) {
    return change(entryId, e -> with(e, EntryStatus.ESCALATED, e.mitigations(), escalation));
  }

  /** The decision on an escalation; the entry stays escalated until it is closed or reopened. */
  public static UnaryOperator<Register> decide(String entryId, String decision) {
    if (decision == null || decision.isBlank()) {
      throw RegisterRefusal.badRequest("Say what was decided.");
    }
    return change(
        entryId,
        e -> {
          Escalation was = e.escalation();
          if (was == null) {
            throw RegisterRefusal.badRequest("The entry has not been escalated.");
          }
          return with(
              e,
              e.status(),
              e.mitigations(),
              new Escalation(was.by(), was.to(), was.on(), was.reason(), true, decision.strip()));
        });
  }

  /** Marks the entry's mitigation at {@code index} (0 the first) done. */
  public static UnaryOperator<Register> mitigationDone(String entryId, int index) {
    return change(
        entryId,
        e -> {
          if (index < 0 || index >= e.mitigations().size()) {
            throw RegisterRefusal.badRequest(
                "The entry has "
                    + e.mitigations().size()
                    + (e.mitigations().size() == 1 ? " mitigation" : " mitigations")
                    + "; there is no mitigation "
                    + (index + 1)
                    + ".");
          }
          List<Mitigation> mitigations = new ArrayList<>(e.mitigations());
          Mitigation m = mitigations.get(index);
          mitigations.set(index, new Mitigation(m.action(), m.owner(), m.due(), true));
          return with(e, e.status(), mitigations, e.escalation());
        });
  }

  public static UnaryOperator<Register> close(String entryId) {
    return change(entryId, e -> with(e, EntryStatus.CLOSED, e.mitigations(), e.escalation()));
  }

  private static UnaryOperator<Register> change(String entryId, UnaryOperator<Entry> change) {
    return register -> {
      require(register, entryId);
      List<Entry> entries = new ArrayList<>();
      for (Entry e : register.entries()) {
        entries.add(entryId.equals(e.id()) ? change.apply(e) : e);
      }
      return register.withEntries(entries);
    };
  }

  private static Entry with(
      Entry e, EntryStatus status, List<Mitigation> mitigations, Escalation escalation) {
    return new Entry(
        e.id(),
        e.type(),
        e.title(),
        e.description(),
        e.owner(),
        e.level(),
        status,
        e.raised(),
        e.review(),
        e.target(),
        mitigations,
        escalation);
  }

  private static void require(Register register, String entryId) {
    if (register.entry(entryId).isEmpty()) {
      throw RegisterRefusal.noEntry(entryId);
    }
  }
}
