package bcf.planning;

import bcf.plan.Hwb;
import bcf.workflow.Outcome;
import bcf.workflow.PlanStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plans, their versions, changes, transitions and sign-offs in PostgreSQL. */
@Repository
public class PlanRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String PLAN_SELECT =
      """
      select p.id, p.round, p.title, p.status, p.outcome, p.current_version, p.published_version,
             p.created_at, p.updated_at,
             coalesce(array_agg(h.id order by h.id) filter (where h.id is not null), '{}') as hwbs,
             coalesce(array_agg(distinct h.region) filter (where h.region is not null), '{}')
               as regions
        from plans p
        left join plan_hwbs ph on ph.plan_id = p.id
        left join hwbs h on h.id = ph.hwb_id
      """;

  private final JdbcClient jdbc;

  public PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<PlanRecord> findAll() {
    return jdbc.sql(PLAN_SELECT + " group by p.id order by p.round, p.title, p.id")
        .query(PlanRepository::plan)
        .list();
  }

  public Optional<PlanRecord> find(String id) {
    return jdbc.sql(PLAN_SELECT + " where p.id = :id group by p.id")
        .param("id", id)
        .query(PlanRepository::plan)
        .optional();
  }

  /** Locks the plan's row until the transaction ends, so saves to one plan are serialised. */
  public Optional<PlanRecord> lock(String id) {
    Optional<String> locked =
        jdbc.sql("select id from plans where id = :id for update")
            .param("id", id)
            .query(String.class)
            .optional();
    return locked.flatMap(this::find);
  }

  public boolean exists(String id) {
    return jdbc.sql("select count(*) from plans where id = :id")
            .param("id", id)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Adds the HWB to the reference list if it is not there, taking the region the plan gives. */
  public void ensureHwb(Hwb hwb) {
    jdbc.sql(
            "insert into hwbs (id, name, region) values (:id, :name, :region)"
                + " on conflict (id) do nothing")
        .param("id", hwb.id())
        .param("name", hwb.name())
        .param("region", hwb.region())
        .update();
  }

  public void insertPlan(
      String id, String round, String title, Instant at, Integer publishedVersion) {
    jdbc.sql(
            "insert into plans (id, round, title, status, current_version, published_version,"
                + " created_at, updated_at) values (:id, :round, :title, 'draft', 1, :published,"
                + " :at, :at)")
        .param("id", id)
        .param("round", round)
        .param("title", title)
        .param("published", publishedVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public void setHwbs(String planId, List<String> hwbs) {
    jdbc.sql("delete from plan_hwbs where plan_id = :id").param("id", planId).update();
    for (String hwb : hwbs) {
      jdbc.sql("insert into plan_hwbs (plan_id, hwb_id) values (:id, :hwb)")
          .param("id", planId)
          .param("hwb", hwb)
          .update();
    }
  }

  public void insertVersion(
      String planId, int version, String document, Instant at, String by, String note) {
    jdbc.sql(
            "insert into plan_versions (plan_id, version, document, created_at, created_by, note)"
                + " values (:id, :version, cast(:document as jsonb), :at, :by, :note)")
        .param("id", planId)
        .param("version", version)
        .param("document", document)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .param("note", note)
        .update();
  }

  public void markSubmitted(String planId, int version) {
    jdbc.sql("update plan_versions set submitted = true where plan_id = :id and version = :v")
        .param("id", planId)
        .param("v", version)
        .update();
  }

  public Optional<String> document(String planId, int version) {
    return jdbc.sql(
            "select document::text from plan_versions where plan_id = :id and version = :version")
        .param("id", planId)
        .param("version", version)
        .query(String.class)
        .optional();
  }

  public void updateHeader(String planId, String title, int currentVersion, Instant at) {
    jdbc.sql(
            "update plans set title = :title, current_version = :v, updated_at = :at"
                + " where id = :id")
        .param("id", planId)
        .param("title", title)
        .param("v", currentVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public void updateStatus(
      String planId, PlanStatus status, Outcome outcome, Integer publishedVersion, Instant at) {
    jdbc.sql(
            "update plans set status = :status, outcome = :outcome,"
                + " published_version = :published, updated_at = :at where id = :id")
        .param("id", planId)
        .param("status", status.code())
        .param("outcome", outcome == null ? null : outcome.code())
        .param("published", publishedVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public void insertChanges(
      String planId, int version, Instant at, String by, List<Change> changes) {
    for (Change change : changes) {
      jdbc.sql(
              "insert into plan_changes (plan_id, version, changed_at, changed_by, path,"
                  + " old_value, new_value) values (:id, :v, :at, :by, :path,"
                  + " cast(:old as jsonb), cast(:new as jsonb))")
          .param("id", planId)
          .param("v", version)
          .param("at", Timestamp.from(at))
          .param("by", by)
          .param("path", change.path())
          .param("old", change.oldValue() == null ? null : change.oldValue().toString())
          .param("new", change.newValue() == null ? null : change.newValue().toString())
          .update();
    }
  }

  public void insertTransition(String planId, int version, PlanHistory.TransitionEntry transition) {
    jdbc.sql(
            "insert into plan_transitions (plan_id, version, action, from_status, to_status,"
                + " outcome, actor, at, comment, override_reason) values (:id, :v, :action, :from,"
                + " :to, :outcome, :actor, :at, :comment, :override)")
        .param("id", planId)
        .param("v", version)
        .param("action", transition.action())
        .param("from", transition.from())
        .param("to", transition.to())
        .param("outcome", transition.outcome())
        .param("actor", transition.actor())
        .param("at", Timestamp.from(transition.at()))
        .param("comment", transition.comment())
        .param("override", transition.overrideReason())
        .update();
  }

  public void insertSignOff(String planId, PlanHistory.SignOffEntry signOff) {
    jdbc.sql(
            "insert into plan_sign_offs (plan_id, version, party, party_name, role,"
                + " signatory_name, position, signed_by, signed_at) values (:id, :v, :party,"
                + " :partyName, :role, :name, :position, :by, :at)")
        .param("id", planId)
        .param("v", signOff.version())
        .param("party", signOff.party())
        .param("partyName", signOff.partyName())
        .param("role", signOff.role())
        .param("name", signOff.signatoryName())
        .param("position", signOff.position())
        .param("by", signOff.signedBy())
        .param("at", Timestamp.from(signOff.signedAt()))
        .update();
  }

  /** Marks every standing sign-off of an earlier version as no longer valid. */
  public int invalidateSignOffs(String planId, int newVersion, Instant at) {
    return jdbc.sql(
            "update plan_sign_offs set invalidated_at = :at, invalidated_by_version = :v"
                + " where plan_id = :id and version < :v and invalidated_at is null")
        .param("id", planId)
        .param("v", newVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public List<PlanHistory.VersionEntry> versions(String planId) {
    return jdbc.sql(
            "select version, created_at, created_by, note, submitted from plan_versions"
                + " where plan_id = :id order by version desc")
        .param("id", planId)
        .query(
            (rs, n) ->
                new PlanHistory.VersionEntry(
                    rs.getInt(1),
                    instant(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)))
        .list();
  }

  /** Changes after {@code afterVersion} (0 for all), newest first. */
  public List<PlanHistory.ChangeEntry> changes(String planId, int afterVersion) {
    return jdbc.sql(
            "select version, changed_at, changed_by, path, old_value::text, new_value::text"
                + " from plan_changes where plan_id = :id and version > :after"
                + " order by version desc, id")
        .param("id", planId)
        .param("after", afterVersion)
        .query(
            (rs, n) ->
                new PlanHistory.ChangeEntry(
                    rs.getInt(1),
                    instant(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    json(rs.getString(5)),
                    json(rs.getString(6))))
        .list();
  }

  public List<PlanHistory.TransitionEntry> transitions(String planId) {
    return jdbc.sql(
            "select version, action, from_status, to_status, outcome, actor, at, comment,"
                + " override_reason from plan_transitions where plan_id = :id order by at desc, id"
                + " desc")
        .param("id", planId)
        .query(
            (rs, n) ->
                new PlanHistory.TransitionEntry(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    instant(rs, 7),
                    rs.getString(8),
                    rs.getString(9)))
        .list();
  }

  public List<PlanHistory.SignOffEntry> signOffs(String planId) {
    return jdbc.sql(
            "select id, version, party, party_name, role, signatory_name, position, signed_by,"
                + " signed_at, invalidated_at, invalidated_by_version from plan_sign_offs"
                + " where plan_id = :id order by signed_at desc, id desc")
        .param("id", planId)
        .query(
            (rs, n) ->
                new PlanHistory.SignOffEntry(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    instant(rs, 9),
                    instant(rs, 10),
                    (Integer) rs.getObject(11)))
        .list();
  }

  public Optional<String> setting(String key) {
    return jdbc.sql("select value from installation where key = :key")
        .param("key", key)
        .query(String.class)
        .optional();
  }

  public void putSetting(String key, String value) {
    jdbc.sql(
            "insert into installation (key, value) values (:key, :value)"
                + " on conflict (key) do update set value = excluded.value")
        .param("key", key)
        .param("value", value)
        .update();
  }

  private static PlanRecord plan(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new PlanRecord(
        rs.getString("id"),
        rs.getString("round"),
        rs.getString("title"),
        PlanStatus.of(rs.getString("status")),
        outcome == null ? null : Outcome.of(outcome),
        rs.getInt("current_version"),
        (Integer) rs.getObject("published_version"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        strings(rs.getArray("hwbs")),
        strings(rs.getArray("regions")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static JsonNode json(String text) {
    return text == null ? null : JSON.readTree(text);
  }
}
