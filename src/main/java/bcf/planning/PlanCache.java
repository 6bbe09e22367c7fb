package bcf.planning;

import bcf.analysis.PlanAnalysis;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Analyses of stored plan versions. A version never changes once written, so its analysis can be
 * kept; the cache is bounded (Caffeine evicts what is least likely to be read again) and per
 * instance, which is safe when several instances share one database. Analyses are of a similar
 * size, so the bound is a number of entries.
 */
@Component
public class PlanCache {

  private static final int CAPACITY = 1000;

  private final Cache<String, PlanAnalysis> analyses =
      Caffeine.newBuilder().maximumSize(CAPACITY).build();

  /**
   * The version's analysis with the signatures recorded for it: the sign-off findings change only
   * when a signature is recorded or withdrawn, so readers between two signatures share one analysis
   * instead of validating the plan again on each request.
   */
  private final Cache<SignedKey, PlanAnalysis> signed =
      Caffeine.newBuilder().maximumSize(CAPACITY).build();

  private record SignedKey(String planId, int version, List<?> recorded) {}

  /** The version's analysis, computed once (concurrent readers of one version wait for it). */
  public PlanAnalysis analysis(String planId, int version, Supplier<PlanAnalysis> compute) {
    return analyses.get(planId + "@" + version, key -> compute.get());
  }

  /**
   * The version's analysis as the signatures {@code recorded} for it decide its sign-off findings,
   * computed once for each set of signatures; {@code recorded} must be values (records).
   */
  public PlanAnalysis signed(
      String planId, int version, List<?> recorded, Supplier<PlanAnalysis> compute) {
    return signed.get(new SignedKey(planId, version, List.copyOf(recorded)), key -> compute.get());
  }
}
