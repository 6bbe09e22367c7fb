package bcf.register.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How many live entries sit in each likelihood x impact cell of the scale, with each cell's score
 * and band. Entries rated by a category or a score alone have no cell; they are counted apart.
 */
public record HeatMap(
    int likelihoodLevels, int impactLevels, List<Cell> cells, int notOnGrid, int unrated) {

  public record Cell(int likelihood, int impact, int score, String band, int count) {}

  public static HeatMap of(Register register) {
    Scale scale = register.scale();
    int levels = scale.likelihoodLevels();
    int impacts = scale.impactLevels();
    int[][] counts = new int[levels + 1][impacts + 1];
    int notOnGrid = 0;
    int unrated = 0;
    for (Entry entry : register.entries()) {
      if (!entry.status().live() || entry.id() == null) {
        continue;
      }
      Rating rating = register.current(entry.id()).orElse(null);
      if (rating == null) {
        unrated++;
      } else if (rating.onGrid()
          && rating.likelihood() >= 1
          && rating.likelihood() <= levels
          && rating.impact() >= 1
          && rating.impact() <= impacts) {
        counts[rating.likelihood()][rating.impact()]++;
      } else {
        notOnGrid++;
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (int l = levels; l >= 1; l--) {
      for (int i = 1; i <= impacts; i++) {
        int score = l * i;
        cells.add(
            new Cell(
                l, i, score, scale.band(score).map(Scale.Band::label).orElse(""), counts[l][i]));
      }
    }
    return new HeatMap(levels, impacts, cells, notOnGrid, unrated);
  }

  public int count(int likelihood, int impact) {
    return cells.stream()
        .filter(c -> c.likelihood() == likelihood && c.impact() == impact)
        .mapToInt(Cell::count)
        .sum();
  }

  public int onGrid() {
    return cells.stream().mapToInt(Cell::count).sum();
  }

  /** The cells of one likelihood level, lowest impact first (a row of the map). */
  public List<Cell> row(int likelihood) {
    return cells.stream().filter(c -> c.likelihood() == likelihood).toList();
  }
}
