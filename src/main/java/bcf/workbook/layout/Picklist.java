package bcf.workbook.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A drop-down list: the values a cell may take, each shown by its name and stored in the plan by
 * its code (a funding stream's name, say, stands for its code).
 *
 * @param name the list's name, also the name of its range on the hidden lists sheet
 */
public record Picklist(String name, List<Option> options) {

  /** One value: its code in the plan document and its name in the workbook. */
  public record Option(String code, String title) {}

  public Picklist {
    options = List.copyOf(options);
  }

  /** The name a code is shown by; a code the list does not have is shown as itself. */
  public String title(String code) {
    return options.stream()
        .filter(o -> o.code().equals(code))
        .map(Option::title)
        .findFirst()
        .orElse(code);
  }

  /** The code of what was typed: a name (ignoring case and outer spaces) or a code. */
  public Optional<String> code(String typed) {
    String wanted = typed.strip().toLowerCase(Locale.UK);
    return options.stream()
        .filter(o -> o.title().toLowerCase(Locale.UK).equals(wanted))
        .map(Option::code)
        .findFirst()
        .or(
            () ->
                options.stream()
                    .filter(o -> o.code().toLowerCase(Locale.UK).equals(wanted))
                    .map(Option::code)
                    .findFirst());
  }

  public List<String> titles() {
    return options.stream().map(Option::title).toList();
  }
}
