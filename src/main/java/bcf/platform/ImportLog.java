package bcf.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record of each file imported into a plan: which file, how many rows, who and when. Metric
 * actuals and monitoring figures keep it in tables of the same shape ({@code metric_imports},
 * {@code monitoring_imports}); this is the one piece that writes and lists it, inside the caller's
 * transaction, so that an import and its rows are saved together or not at all.
 */
public final class ImportLog {

  /** Makes the caller's record of one import from its columns. */
  @FunctionalInterface
  public interface Row<T> {
    T of(long id, String fileName, int rows, String importedBy, Instant importedAt);
  }

  private final JdbcClient jdbc;
  private final String table;

  /** {@code table} is the log's table, named in code (never from input). */
  public ImportLog(JdbcClient jdbc, String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    this.jdbc = jdbc;
    this.table = table;
  }

  /** The plan's imports, the latest first. */
  public <T> List<T> list(String planId, Row<T> row) {
    return jdbc.sql(
            "select id, file_name, row_count, imported_by, imported_at from "
                + table
                + " where plan_id = :plan order by imported_at desc, id desc")
        .param("plan", planId)
        .query(
            (rs, n) ->
                row.of(
                    rs.getLong("id"),
                    rs.getString("file_name"),
                    rs.getInt("row_count"),
                    rs.getString("imported_by"),
                    rs.getTimestamp("imported_at").toInstant()))
        .list();
  }

  /** Records an import of {@code rows} rows and returns its id, for the rows to point to. */
  public long record(String planId, String fileName, int rows, String importedBy, Instant at) {
    return jdbc.sql(
            "insert into "
                + table
                + " (plan_id, file_name, row_count, imported_by, imported_at)"
                + " values (:plan, :file, :rows, :by, :at) returning id")
        .param("plan", planId)
        .param("file", fileName)
        .param("rows", rows)
        .param("by", importedBy)
        .param("at", Timestamp.from(at))
        .query(Long.class)
        .single();
  }
}
