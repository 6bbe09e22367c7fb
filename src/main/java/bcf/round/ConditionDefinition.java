package bcf.round;

import java.util.List;

/** A national condition of the round, with sub-items where it has them (2014-16 data sharing). */
public record ConditionDefinition(String code, String name, List<SubItem> subItems) {

  public record SubItem(String code, String name) {}

  public boolean hasSubItems() {
    return !subItems.isEmpty();
  }
}
