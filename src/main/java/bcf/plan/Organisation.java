package bcf.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A council, CCG/ICB, district council or provider named in the plan. A CCG that spans HWBs lists
 * each, with its population share where the plan states one.
 */
public record Organisation(
    String id,
    String name,
    String type,
    List<String> hwbs,
    Map<String, BigDecimal> populationShares,
    String notes) {}
