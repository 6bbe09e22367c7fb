package bcf.progress.log;

import java.util.Arrays;
import java.util.Optional;

/** Which way a performance measure moved against the year before (the seed's arrows). */
public enum Trend {
  UP("up", "Rising", "↑"),
  DOWN("down", "Falling", "↓"),
  LEVEL("level", "Level", "→");

  private final String code;
  private final String label;
  private final String arrow;

  Trend(String code, String label, String arrow) {
    this.code = code;
    this.label = label;
    this.arrow = arrow;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public String arrow() {
    return arrow;
  }

  public static Optional<Trend> of(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
