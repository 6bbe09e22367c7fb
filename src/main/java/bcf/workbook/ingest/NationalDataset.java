package bcf.workbook.ingest;

import bcf.csv.CsvCells;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.ConditionAnswer;
import bcf.plan.Contribution;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.plan.Split;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national dataset of a round in the shape NHS England publishes it: one row per HWB of England
 * (ONS code and name), one column per category, in pounds: income by funding source, expenditure by
 * scheme type and by area of spend (each per year when the round has more than one), then each
 * national condition's answer. An HWB whose workbook was not loaded has a row of blanks; the last
 * row is England, the sum of the loaded HWBs. Categories are the round's (its funding streams and
 * picklists, in its order), so the columns are the same whichever workbooks came; a value outside
 * them ("Not given" for a blank) gets a column of its own after them.
 */
public final class NationalDataset {

  /** England's ONS code, for the total row. */
  public static final String ENGLAND_CODE = "E92000001";

  public enum Group {
    FUNDING("Income"),
    SCHEME_TYPE("Scheme type"),
    AREA_OF_SPEND("Area of spend");

    private final String words;

    Group(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  static final String NOT_GIVEN = "Not given";

  /** A money column: a category of a group (a funding stream's code, or a picklist value). */
  public record Column(Group group, String category, String label, FinancialYear year) {}

  /** A loaded HWB's figures, keyed by group, category and year. */
  record Figures(Board board, String file, Map<Key, Money> amounts, Map<String, String> answers) {}

  record Key(Group group, String category, FinancialYear year) {}

  private final Round round;
  private final List<Board> boards;
  private final Map<String, Figures> byCode = new HashMap<>();
  private final List<Column> columns;
  private final List<ConditionDefinition> conditions;

  NationalDataset(Round round, List<Board> boards, List<Figures> loaded) {
    this.round = round;
    this.boards = List.copyOf(boards);
    for (Figures f : loaded) {
      byCode.put(f.board().code(), f);
    }
    this.conditions = round.nationalConditions();
    this.columns = columns(round, loaded);
  }

  /**
   * The figures of a plan for its HWB: a contribution's actual amount (its minimum where the actual
   * is blank) by stream, a scheme's spend by type and by area of spend; answers by condition.
   */
  static Figures figures(Board board, String file, Plan plan) {
    return figures(new LinkedHashMap<>(Map.of("", board)), file, plan).get(0);
  }

  /**
   * The figures of a plan for each of its HWBs: {@code boards} are the plan's HWBs of England, by
   * the name the plan's lines use for them, the first the plan's own. A contribution or scheme that
   * names one of them counts on its row; one that names none counts on the first's. Each HWB a line
   * names gets a row, the first always; the national conditions, answered for the whole plan, are
   * on every one of them.
   */
  static List<Figures> figures(Map<String, Board> boards, String file, Plan plan) {
    Board first = boards.values().iterator().next();
    Map<Board, Map<Key, Money>> amounts = new LinkedHashMap<>();
    amounts.put(first, new LinkedHashMap<>());
    for (Contribution c : plan.contributions()) {
      Money amount = c.actual() != null ? c.actual() : c.minimum();
      if (amount != null && c.year() != null) {
        Map<Key, Money> row = row(amounts, boards, first, c.hwb());
        add(row, new Key(Group.FUNDING, given(c.stream()), c.year()), amount);
      }
    }
    for (Scheme s : plan.schemes()) {
      if (s.spend() == null) {
        continue;
      }
      for (Map.Entry<FinancialYear, Split> e : s.spend().entrySet()) {
        Optional<Money> amount = e.getValue() == null ? Optional.empty() : e.getValue().amount();
        if (amount.isPresent()) {
          Map<Key, Money> row = row(amounts, boards, first, s.hwb());
          add(row, new Key(Group.SCHEME_TYPE, given(s.type()), e.getKey()), amount.get());
          add(row, new Key(Group.AREA_OF_SPEND, given(s.areaOfSpend()), e.getKey()), amount.get());
        }
      }
    }
    Map<String, String> answers = new HashMap<>();
    for (ConditionAnswer a : plan.nationalConditions()) {
      if (a.subItem() == null && a.status() != null) {
        answers.putIfAbsent(
            a.condition(), a.status() == ConditionAnswer.Status.MET ? "Met" : "Not met");
      }
    }
    List<Figures> figures = new ArrayList<>();
    amounts.forEach((board, row) -> figures.add(new Figures(board, file, row, answers)));
    return figures;
  }

  /**
   * Whether a line with an amount (a contribution's actual or minimum, a scheme's spend in some
   * year) names none of {@code boards}: on a joint plan, its money is counted on the first HWB's
   * row.
   */
  static boolean unattributed(Map<String, Board> boards, Plan plan) {
    for (Contribution c : plan.contributions()) {
      if ((c.actual() != null || c.minimum() != null) && !names(boards, c.hwb())) {
        return true;
      }
    }
    for (Scheme s : plan.schemes()) {
      if (s.spend() != null
          && s.spend().values().stream().anyMatch(sp -> sp != null && sp.amount().isPresent())
          && !names(boards, s.hwb())) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(Map<String, Board> boards, String hwb) {
    return hwb != null && boards.containsKey(hwb.strip());
  }

  /** The row a line counts on: its own HWB's when it names one of the plan's, else the first's. */
  private static Map<Key, Money> row(
      Map<Board, Map<Key, Money>> amounts, Map<String, Board> boards, Board first, String hwb) {
    Board board = names(boards, hwb) ? boards.get(hwb.strip()) : null;
    return amounts.computeIfAbsent(board == null ? first : board, b -> new LinkedHashMap<>());
  }

  private static String given(String value) {
    return value == null || value.isBlank() ? NOT_GIVEN : value.strip();
  }

  private static void add(Map<Key, Money> amounts, Key key, Money amount) {
    amounts.merge(key, amount, Money::plus);
  }

  private static List<Column> columns(Round round, List<Figures> loaded) {
    Set<Key> present = new LinkedHashSet<>();
    loaded.forEach(f -> present.addAll(f.amounts().keySet()));
    List<Column> columns = new ArrayList<>();
    boolean years = round.years().size() > 1;
    for (Group group : Group.values()) {
      for (FinancialYear year : round.years()) {
        Map<String, String> categories = new LinkedHashMap<>();
        if (group == Group.FUNDING) {
          for (FundingStream s : round.fundingStreams()) {
            categories.put(s.code(), s.name());
          }
        } else {
          for (String value :
              round.picklist(
                  group == Group.SCHEME_TYPE ? Round.SCHEME_TYPE : Round.AREA_OF_SPEND)) {
            categories.put(value, value);
          }
        }
        Set<String> others = new TreeSet<>();
        for (Key k : present) {
          if (k.group() == group
              && k.year().equals(year)
              && !categories.containsKey(k.category())) {
            others.add(k.category());
          }
        }
        boolean notGiven = others.remove(NOT_GIVEN);
        others.forEach(o -> categories.put(o, o));
        if (notGiven) {
          categories.put(NOT_GIVEN, NOT_GIVEN);
        }
        for (Map.Entry<String, String> c : categories.entrySet()) {
          String label =
              group.words() + ": " + c.getValue() + (years ? " " + year.toString() : "") + " (£)";
          columns.add(new Column(group, c.getKey(), label, year));
        }
      }
    }
    return List.copyOf(columns);
  }

  public Round round() {
    return round;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The headers of the table: the HWB's, each money column's, then each condition's. */
  public List<String> header() {
    List<String> header = new ArrayList<>(List.of("ONS code", "HWB", "Workbook"));
    columns.forEach(c -> header.add(c.label()));
    conditions.forEach(c -> header.add("National condition: " + c.name()));
    return header;
  }

  /** One row per HWB (blank figures where none was loaded), then England's total. */
  public List<List<Object>> rows() {
    List<List<Object>> rows = new ArrayList<>();
    for (Board board : boards) {
      List<Object> row = new ArrayList<>(List.of(board.code(), board.name()));
      Figures f = byCode.get(board.code());
      row.add(f == null ? "" : f.file());
      for (Column c : columns) {
        row.add(f == null ? "" : f.amounts().getOrDefault(key(c), Money.ZERO));
      }
      for (ConditionDefinition c : conditions) {
        row.add(f == null ? "" : f.answers().getOrDefault(c.code(), ""));
      }
      rows.add(row);
    }
    List<Object> england = new ArrayList<>(List.of(ENGLAND_CODE, "England", ""));
    for (Column c : columns) {
      england.add(total(c));
    }
    conditions.forEach(c -> england.add(""));
    rows.add(england);
    return rows;
  }

  private static Key key(Column c) {
    return new Key(c.group(), c.category(), c.year());
  }

  /** An HWB's amount in a column; empty when its workbook was not loaded. */
  public Optional<Money> amount(String code, Column column) {
    Figures f = byCode.get(code);
    return f == null
        ? Optional.empty()
        : Optional.of(f.amounts().getOrDefault(key(column), Money.ZERO));
  }

  /** The column of a group and category (a stream's code, a picklist value) in a year. */
  public Optional<Column> column(Group group, String category, FinancialYear year) {
    return columns.stream()
        .filter(c -> c.group() == group && c.category().equals(category) && c.year().equals(year))
        .findFirst();
  }

  /** England's total of a column: the sum over the loaded HWBs. */
  public Money total(Column column) {
    Money sum = Money.ZERO;
    for (Figures f : byCode.values()) {
      sum = sum.plus(f.amounts().getOrDefault(key(column), Money.ZERO));
    }
    return sum;
  }

  /** An HWB's answer to a national condition ("Met", "Not met", or blank). */
  public Optional<String> answer(String code, String condition) {
    Figures f = byCode.get(code);
    return f == null ? Optional.empty() : Optional.of(f.answers().getOrDefault(condition, ""));
  }

  public int loaded() {
    return byCode.size();
  }

  /** The table as CSV: amounts in pounds as plain numbers, text made safe from formulas. */
  public String csv() {
    StringBuilder csv = new StringBuilder(CsvCells.line(header()));
    for (List<Object> row : rows()) {
      csv.append(CsvCells.line(row.stream().map(NationalDataset::text).toList()));
    }
    return csv.toString();
  }

  static String text(Object cell) {
    return cell instanceof Money m ? m.pounds().toPlainString() : String.valueOf(cell);
  }
}
