package bcf.actuals;

import bcf.kernel.Period;
import bcf.metric.Actual;
import bcf.platform.ImportLog;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Imported metric actuals and the record of each import, in PostgreSQL. */
@Repository
public class ActualsRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final ImportLog log;

  public ActualsRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
    this.log = new ImportLog(jdbc, "metric_imports");
  }

  /** One import of a file: who, when, how many rows. */
  public record Import(long id, String fileName, int rows, String importedBy, Instant importedAt) {}

  public List<Actual> find(String planId) {
    return jdbc.sql(
            """
            select hwb, metric, period, age_band, numerator, denominator, standard_population
              from metric_actuals where plan_id = :plan
             order by hwb, metric, first_month, last_month, age_band
            """)
        .param("plan", planId)
        .query(ActualsRepository::actual)
        .list();
  }

  /** The id of the plan's latest import, or 0 when nothing has been imported for it. */
  public long latestImport(String planId) {
    return jdbc.sql("select coalesce(max(id), 0) from metric_imports where plan_id = :plan")
        .param("plan", planId)
        .query(Long.class)
        .single();
  }

  public List<Import> imports(String planId) {
    return log.list(planId, Import::new);
  }

  /**
   * Records the import and writes its rows, replacing rows for the same HWB, metric, period and age
   * band. Returns the import's id; call inside the caller's transaction.
   */
  public long save(
      String planId, String fileName, String importedBy, Instant at, List<Actual> actuals) {
    long id = log.record(planId, fileName, actuals.size(), importedBy, at);
    template.batchUpdate(
        """
        insert into metric_actuals (plan_id, hwb, metric, period, first_month, last_month, age_band,
                                    numerator, denominator, standard_population, import_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (plan_id, hwb, metric, period, age_band) do update
           set numerator = excluded.numerator, denominator = excluded.denominator,
               standard_population = excluded.standard_population,
               first_month = excluded.first_month, last_month = excluded.last_month,
               import_id = excluded.import_id
        """,
        actuals,
        500,
        (ps, a) -> {
          ps.setString(1, planId);
          ps.setString(2, a.hwb());
          ps.setString(3, a.metric());
          ps.setString(4, a.period().toString());
          ps.setDate(5, Date.valueOf(a.period().first().atDay(1)));
          ps.setDate(6, Date.valueOf(a.period().last().atDay(1)));
          ps.setString(7, a.ageBand());
          ps.setBigDecimal(8, a.numerator());
          ps.setBigDecimal(9, a.denominator());
          ps.setBigDecimal(10, a.standardPopulation());
          ps.setLong(11, id);
        });
    return id;
  }

  /** How many of these facts are already stored (and so will be replaced). */
  public int countExisting(String planId, List<Actual> actuals) {
    if (actuals.isEmpty()) {
      return 0;
    }
    String[] keys =
        actuals.stream()
            .map(
                a ->
                    a.hwb()
                        + "\u001f"
                        + a.metric()
                        + "\u001f"
                        + a.period()
                        + "\u001f"
                        + a.ageBand())
            .toArray(String[]::new);
    return jdbc.sql(
            """
            select count(*) from metric_actuals
             where plan_id = :plan
               and hwb || chr(31) || metric || chr(31) || period || chr(31) || age_band = any(:keys)
            """)
        .param("plan", planId)
        .param("keys", keys)
        .query(Integer.class)
        .single();
  }

  private static Actual actual(ResultSet rs, int row) throws SQLException {
    return new Actual(
        rs.getString("hwb"),
        rs.getString("metric"),
        Period.parse(rs.getString("period")),
        rs.getString("age_band"),
        rs.getBigDecimal("numerator"),
        rs.getBigDecimal("denominator"),
        rs.getBigDecimal("standard_population"));
  }
}
