package bcf.plan;

import java.util.List;

/** The improved BCF grant (later the Local Authority BCF) and the purposes it is spent on. */
public record Ibcf(List<Purpose> purposes) {

  public static final Ibcf NONE = new Ibcf(List.of());

  public record Purpose(String id, String purpose, String objectives, YearAmounts amounts) {}
}
