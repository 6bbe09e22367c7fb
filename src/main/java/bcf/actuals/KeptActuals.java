package bcf.actuals;

import bcf.metric.Actual;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;

/**
 * A plan's stored actuals, read again only when an import has been recorded for the plan since they
 * were last read. Every plan page and every metrics answer needs them (to judge the plan's metrics,
 * and as part of the kept page's key); reading and comparing every row each time was a query of
 * hundreds of rows per page. The latest import's id is the stamp: actuals are only ever written by
 * an import (which records itself first, in the same transaction), and ids are never reused, so
 * rows kept under a stamp are the rows of that stamp or newer.
 *
 * <p>Rows read inside a write, which may yet roll back, are returned but never kept.
 */
final class KeptActuals {

  private record Stamped(long stamp, List<Actual> rows) {}

  private final ActualsRepository actuals;
  private final Cache<String, Stamped> kept = Caffeine.newBuilder().maximumSize(2_000).build();

  KeptActuals(ActualsRepository actuals) {
    this.actuals = actuals;
  }

  /** Every stored actual of the plan, in the repository's order. */
  List<Actual> of(String planId) {
    // The stamp first: rows read after it are at least as new as it says.
    long stamp = actuals.latestImport(planId);
    Stamped held = kept.getIfPresent(planId);
    if (held != null && held.stamp() == stamp) {
      return held.rows();
    }
    List<Actual> rows = List.copyOf(actuals.find(planId));
    kept.put(planId, new Stamped(stamp, rows));
    return rows;
  }
}
