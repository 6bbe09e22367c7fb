package bcf.progress.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Gives every commitment and milestone that has none an id, keeping the ids they have. An id is
 * made from what the row says when it first gets one (a commitment's theme and name, a milestone's
 * commitment and words), so a document stored before ids existed, read twice, gets the same ids
 * both times; once saved, an id stays with its row whatever later changes to the row's words or
 * place. An id already taken gets a number after it.
 */
public final class ProgressIds {

  private ProgressIds() {}

  /** The log with an id on every commitment and milestone; the same log when all have one. */
  public static ProgressLog assign(ProgressLog log) {
    Set<String> taken = new HashSet<>();
    log.commitments()
        .forEach(
            c -> {
              if (c.id() != null) {
                taken.add(c.id());
              }
              c.milestones().stream().filter(m -> m.id() != null).forEach(m -> taken.add(m.id()));
            });
    boolean changed = false;
    List<Theme> themes = new ArrayList<>();
    for (Theme theme : log.themes()) {
      List<Commitment> commitments = new ArrayList<>();
      for (Commitment c : theme.commitments()) {
        String id = c.id();
        if (id == null) {
          id = free("c", theme.name() + "\n" + c.name(), taken);
          changed = true;
        }
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone m : c.milestones()) {
          if (m.id() == null) {
            milestones.add(m.withId(free("m", id + "\n" + m.what(), taken)));
            changed = true;
          } else {
            milestones.add(m);
          }
        }
        commitments.add(
            new Commitment(
                id,
                c.name(),
                c.scheme(),
                c.year(),
                c.since(),
                c.aim(),
                c.achieved(),
                milestones,
                c.statuses()));
      }
      themes.add(new Theme(theme.name(), commitments));
    }
    if (!changed) {
      return log;
    }
    return new ProgressLog(
        log.id(), log.plan(), log.title(), log.source(), log.partial(), themes, log.performance());
  }

  private static String free(String prefix, String words, Set<String> taken) {
    String id = prefix + digest(words);
    String candidate = id;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = id + "-" + n;
    }
    taken.add(candidate);
    return candidate;
  }

  private static String digest(String words) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
