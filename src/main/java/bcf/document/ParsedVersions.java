package bcf.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Documents' stored versions as their kinds read them, kept: a version is never changed or deleted
 * once committed, so what it reads as can be kept for the next reader instead of fetching and
 * parsing its text again (the plan page asks every year-round feature, each reading its document).
 *
 * <p>Only a version read where no uncommitted write can be seen is kept: outside a transaction or
 * in a read-only one. A version a write transaction has just written (and reads back) may still be
 * rolled back, and the number given to another text, so it is read but never kept. Bounded by
 * entries (Caffeine evicts what is least likely to be read again) and per instance, which is safe
 * when instances share one database. What a reader returns must be immutable: it is shared.
 */
@Component
public class ParsedVersions {

  private static final int CAPACITY = 2000;

  private record Key(String id, int version, Object reader) {}

  private final Cache<Key, Object> kept = Caffeine.newBuilder().maximumSize(CAPACITY).build();

  private final DocumentStore store;

  public ParsedVersions(DocumentStore store) {
    this.store = store;
  }

  /**
   * The version as {@code reader} reads its text; {@code reader} must be the same object for every
   * call that wants the same reading (a constant or a method reference held in a field), since it
   * is part of the key.
   */
  @SuppressWarnings("unchecked")
  public <T> T read(String id, int version, Function<String, T> reader) {
    if (!committedOnly()) {
      return reader.apply(text(id, version));
    }
    return (T) kept.get(new Key(id, version, reader), key -> reader.apply(text(id, version)));
  }

  private String text(String id, int version) {
    return store
        .content(id, version)
        .orElseThrow(() -> new IllegalStateException("no version " + version + " of " + id));
  }

  /** Whether this thread can see only committed rows. */
  private static boolean committedOnly() {
    return !TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }
}
