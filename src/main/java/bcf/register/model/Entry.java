package bcf.register.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A risk, assumption, issue or dependency: what it is, who owns it, where it is managed, its
 * status, when it was raised and is next reviewed, the rating it should have after mitigation, the
 * mitigations, and its escalation when it has been handed up. Its ratings are the register's
 * reviews of it ({@link Register#history}).
 */
public record Entry(
    String id,
    EntryType type,
    String title,
    String description,
    String owner,
    Level level,
    EntryStatus status,
    LocalDate raised,
    LocalDate review,
    Rating target,
    List<Mitigation> mitigations,
    Escalation escalation) {

  public Entry {
    mitigations = mitigations == null ? List.of() : List.copyOf(mitigations);
    status = status == null ? EntryStatus.OPEN : status;
  }

  /** The entry's name for people: its title, or its description when it has no title. */
  public String name() {
    return title != null && !title.isBlank() ? title : description == null ? id : description;
  }
}
