package bcf.round;

import java.util.List;

/** A national condition of the round, with sub-items where it has them (2014-16 data sharing). */
public record ConditionDefinition(String code, String name, List<SubItem> subItems) {

  public record SubItem(String code, String name) {}

  public boolean hasSubItems() {
    return !subItems.isEmpty();
  }

  /**
   * The condition's name, or with a sub-item (its code) the name of both ("Better data sharing
   * between health and social care: NHS number as the primary identifier"): the one way a condition
   * and its sub-item are said. A sub-item the round does not have is said by its code.
   */
  public String name(String subItem) {
    if (subItem == null) {
      return name;
    }
    return name
        + ": "
        + subItems.stream()
            .filter(s -> s.code().equals(subItem))
            .findFirst()
            .map(SubItem::name)
            .orElse(subItem);
  }
}
