package bcf.national;

import bcf.kernel.Refusal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the national view refuses: a parameter it cannot use, or a region the caller does not
 * assure.
 */
public abstract class DeskRefusal extends Refusal {

  private final Map<String, Object> details;

  DeskRefusal(Kind kind, String rule, String message, Map<String, Object> details) {
    super(kind, rule, message);
    this.details = details;
  }

  @Override
  public Map<String, Object> details() {
    return details;
  }

  /** A sort column the table does not have. */
  public static final class UnknownSortColumn extends DeskRefusal {
    public UnknownSortColumn(String column, List<String> known) {
      super(
          Kind.BAD_REQUEST,
          "unknown-sort-column",
          "The table cannot be sorted by '"
              + column
              + "': sort by one of "
              + String.join(", ", known)
              + ".",
          Map.of("known", known));
    }
  }

  /** A sort direction other than ascending or descending. */
  public static final class UnknownSortDirection extends DeskRefusal {
    public UnknownSortDirection(String direction) {
      super(
          Kind.BAD_REQUEST,
          "unknown-sort-direction",
          "The sort direction '" + direction + "' is not known: use asc or desc.",
          Map.of("known", List.of("asc", "desc")));
    }
  }

  /** A region that is not one of NHS England's. */
  public static final class UnknownRegion extends DeskRefusal {
    public UnknownRegion(String region, Collection<String> known) {
      super(
          Kind.BAD_REQUEST,
          "unknown-region",
          "There is no NHS England region '"
              + region
              + "': choose one of "
              + String.join(", ", known)
              + ".",
          Map.of("known", List.copyOf(known)));
    }
  }

  /** A region outside the caller's scope: a regional assurer sees their own region only. */
  public static final class RegionNotAssured extends DeskRefusal {
    public RegionNotAssured(String region, Collection<String> assured) {
      super(
          Kind.FORBIDDEN,
          "region-not-assured",
          "You assure plans in " + String.join(" and ", assured) + " only, not in " + region + ".",
          Map.of("assured", List.copyOf(assured)));
    }
  }

  /** A comparison of too few or too many plans, or of a plan not on the caller's desk. */
  public static final class BadComparison extends DeskRefusal {
    public BadComparison(String message) {
      super(Kind.BAD_REQUEST, "bad-comparison", message, Map.of());
    }
  }
}
