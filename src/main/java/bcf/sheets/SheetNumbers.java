package bcf.sheets;

import bcf.kernel.Limits;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A number from a sheet's cell: as written, thousands separators allowed ("1,234"). */
public final class SheetNumbers {

  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private SheetNumbers() {}

  /**
   * The cell's number, or null when it is not one.
   *
   * @throws Limits.NumberOutOfRange when it is a number too long or too large to read
   */
  public static BigDecimal number(String cell) {
    String text = cell == null ? "" : cell.strip();
    if (GROUPED.matcher(text).matches()) {
      text = text.replace(",", "");
    }
    BigDecimal value = text.isEmpty() ? null : Limits.number(text);
    if (value == null) {
      return null;
    }
    // 700.0 (as some writers store whole numbers) is 700; the value is unchanged.
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }
}
