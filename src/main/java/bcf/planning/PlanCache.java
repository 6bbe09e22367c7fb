package bcf.planning;

import bcf.analysis.PlanAnalysis;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Analyses of stored plan versions. A version never changes once written, so its analysis can be
 * kept; the cache is bounded (least recently used out) and per instance, which is safe when several
 * instances share one database.
 */
@Component
public class PlanCache {

  private static final int CAPACITY = 1000;

  private final Map<String, PlanAnalysis> analyses =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PlanAnalysis> eldest) {
          return size() > CAPACITY;
        }
      };

  public PlanAnalysis analysis(String planId, int version, Supplier<PlanAnalysis> compute) {
    String key = planId + "@" + version;
    synchronized (analyses) {
      PlanAnalysis cached = analyses.get(key);
      if (cached != null) {
        return cached;
      }
    }
    PlanAnalysis computed = compute.get();
    synchronized (analyses) {
      analyses.put(key, computed);
    }
    return computed;
  }
}
