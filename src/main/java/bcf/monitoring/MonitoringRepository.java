package bcf.monitoring;

import bcf.finance.monitoring.MonitoringEntry;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.platform.ImportLog;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A plan's monitoring figures, the record of each import, and its monitoring terms. */
@Repository
public class MonitoringRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final ImportLog log;

  public MonitoringRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
    this.log = new ImportLog(jdbc, "monitoring_imports");
  }

  /** One import of a file: who, when, how many rows. */
  public record Import(long id, String fileName, int rows, String importedBy, Instant importedAt) {}

  public List<MonitoringEntry> find(String planId) {
    return jdbc.sql(
            """
            select period, kind, scheme, source, partner, amount from monitoring_entries
             where plan_id = :plan order by first_month, last_month, scheme, source, partner, kind
            """)
        .param("plan", planId)
        .query(
            (rs, n) ->
                new MonitoringEntry(
                    Period.parse(rs.getString("period")),
                    MonitoringEntry.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                    rs.getString("scheme"),
                    rs.getString("source"),
                    rs.getString("partner"),
                    new Money(rs.getBigDecimal("amount"))))
        .list();
  }

  public List<Import> imports(String planId) {
    return log.list(planId, Import::new);
  }

  /** Records the import and writes its rows, replacing figures for the same key. */
  public long save(
      String planId, String fileName, String importedBy, Instant at, List<MonitoringEntry> rows) {
    long id = log.record(planId, fileName, rows.size(), importedBy, at);
    template.batchUpdate(
        """
        insert into monitoring_entries (plan_id, period, first_month, last_month, kind, scheme,
                                        source, partner, amount, import_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (plan_id, period, kind, scheme, source, partner) do update
           set amount = excluded.amount, import_id = excluded.import_id
        """,
        rows,
        500,
        (ps, e) -> {
          ps.setString(1, planId);
          ps.setString(2, e.period().toString());
          ps.setDate(3, Date.valueOf(e.period().first().atDay(1)));
          ps.setDate(4, Date.valueOf(e.period().last().atDay(1)));
          ps.setString(5, e.kind().code());
          ps.setString(6, e.scheme());
          ps.setString(7, e.source());
          ps.setString(8, e.partner());
          ps.setBigDecimal(9, e.amount().pounds());
          ps.setLong(10, id);
        });
    return id;
  }

  public Optional<String> terms(String planId) {
    return jdbc.sql("select terms from monitoring_terms where plan_id = :plan")
        .param("plan", planId)
        .query(String.class)
        .optional();
  }

  /** The stored terms with who changed them last, when there are any. */
  public record StoredTerms(String terms, String updatedBy) {}

  public Optional<StoredTerms> storedTerms(String planId) {
    return jdbc.sql("select terms, updated_by from monitoring_terms where plan_id = :plan")
        .param("plan", planId)
        .query((rs, n) -> new StoredTerms(rs.getString("terms"), rs.getString("updated_by")))
        .optional();
  }

  public void saveTerms(String planId, String terms, String by, Instant at) {
    jdbc.sql(
            """
            insert into monitoring_terms (plan_id, terms, updated_by, updated_at)
            values (:plan, :terms, :by, :at)
            on conflict (plan_id) do update
               set terms = excluded.terms, updated_by = excluded.updated_by,
                   updated_at = excluded.updated_at
            """)
        .param("plan", planId)
        .param("terms", terms)
        .param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }
}
