package bcf.workbook.layout;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts typed as text into a number cell ("1,200k", "£1.2m", "£ 850,000.50", "2bn"): read
 * exactly, or refused with the reason. A placeholder ("TBC", "n/a", "-") is refused, never read as
 * nothing: a blank cell says "not known", a placeholder may hide a figure.
 */
public final class Amounts {

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(-)?£?\\s*(-)?([0-9][0-9,]*(?:\\.[0-9]+)?|\\.[0-9]+)\\s*(k|m|bn|million|thousand)?");

  private Amounts() {}

  /** What was typed, read as an amount in pounds; or the reason it cannot be. */
  public static Result read(String typed) {
    String text = typed.strip().toLowerCase(Locale.UK).replace("\u00a0", " ");
    Matcher m = AMOUNT.matcher(text);
    if (!m.matches()) {
      return new Result(
          Optional.empty(),
          "'"
              + typed.strip()
              + "' is not an amount: type a number such as 1200000, 1,200k or £1.2m, or leave the"
              + " cell blank where it is not known");
    }
    String digits = m.group(3);
    if (digits.contains(",") && !digits.matches("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?")) {
      return new Result(
          Optional.empty(),
          "'" + typed.strip() + "' has its thousands separators in the wrong places");
    }
    BigDecimal amount = new BigDecimal(digits.replace(",", ""));
    String unit = m.group(4);
    if (unit != null) {
      amount =
          switch (unit) {
            case "k", "thousand" -> amount.movePointRight(3);
            case "m", "million" -> amount.movePointRight(6);
            default -> amount.movePointRight(9);
          };
    }
    if (m.group(1) != null || m.group(2) != null) {
      amount = amount.negate();
    }
    return new Result(Optional.of(tidy(amount)), null);
  }

  /** A number without trailing zeros and with no negative scale: 1200000, not 1.2E+6. */
  public static BigDecimal tidy(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** An amount read, or why not. */
  public record Result(Optional<BigDecimal> amount, String problem) {}
}
