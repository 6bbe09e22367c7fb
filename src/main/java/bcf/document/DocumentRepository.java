package bcf.document;

import bcf.json.Json;
import bcf.plan.Hwb;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents of every kind in PostgreSQL: headers, immutable versions, the audit trail of changes,
 * workflow transitions and sign-offs.
 */
@Repository
public class DocumentRepository {

  private static final JsonMapper JSON = Json.MAPPER;

  private static final String HEADER_SELECT =
      """
      select d.id, d.kind, d.round, d.title, d.status, d.outcome, d.current_version,
             d.published_version, d.created_at, d.updated_at,
             coalesce(array_agg(h.id order by h.id) filter (where h.id is not null), '{}') as hwbs,
             coalesce(array_agg(distinct h.region) filter (where h.region is not null), '{}')
               as regions
        from documents d
        left join document_hwbs dh on dh.document_id = d.id
        left join hwbs h on h.id = dh.hwb_id
      """;

  private final JdbcClient jdbc;

  public DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every document of a kind, by round, title and id. */
  public List<DocumentRecord> findAll(DocumentKind kind) {
    return jdbc.sql(
            HEADER_SELECT + " where d.kind = :kind group by d.id order by d.round, d.title, d.id")
        .param("kind", kind.code())
        .query(DocumentRepository::header)
        .list();
  }

  public Optional<DocumentRecord> find(DocumentKind kind, String id) {
    return jdbc.sql(HEADER_SELECT + " where d.kind = :kind and d.id = :id group by d.id")
        .param("kind", kind.code())
        .param("id", id)
        .query(DocumentRepository::header)
        .optional();
  }

  /** Every document of a kind that belongs to the plan, by round, title and id. */
  public List<DocumentRecord> findForPlan(DocumentKind kind, String planId) {
    return jdbc.sql(
            HEADER_SELECT
                + " where d.kind = :kind and d.plan_id = :plan group by d.id"
                + " order by d.round, d.title, d.id")
        .param("kind", kind.code())
        .param("plan", planId)
        .query(DocumentRepository::header)
        .list();
  }

  /** The plan a document belongs to, if it belongs to one. */
  public Optional<String> planOf(String documentId) {
    return jdbc.sql("select plan_id from documents where id = :id and plan_id is not null")
        .param("id", documentId)
        .query(String.class)
        .optional();
  }

  /** Makes a new document belong to a plan. */
  public void linkToPlan(String documentId, String planId) {
    jdbc.sql("update documents set plan_id = :plan where id = :id")
        .param("id", documentId)
        .param("plan", planId)
        .update();
  }

  /** Locks the document's row until the transaction ends, so saves to one are serialised. */
  public Optional<DocumentRecord> lock(DocumentKind kind, String id) {
    Optional<String> locked =
        jdbc.sql("select id from documents where kind = :kind and id = :id for update")
            .param("kind", kind.code())
            .param("id", id)
            .query(String.class)
            .optional();
    return locked.flatMap(found -> find(kind, found));
  }

  /** Whether any document, of any kind, has this id. */
  public boolean exists(String id) {
    return jdbc.sql("select count(*) from documents where id = :id")
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

  /** A new document's header, at version 1 in its kind's first status. */
  public void insertHeader(
      DocumentKind kind,
      String id,
      String round,
      String title,
      String status,
      Instant at,
      Integer publishedVersion) {
    jdbc.sql(
            "insert into documents (id, kind, round, title, status, current_version,"
                + " published_version, created_at, updated_at) values (:id, :kind, :round, :title,"
                + " :status, 1, :published, :at, :at)")
        .param("id", id)
        .param("kind", kind.code())
        .param("status", status)
        .param("round", round)
        .param("title", title)
        .param("published", publishedVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public void setHwbs(String documentId, List<String> hwbs) {
    jdbc.sql("delete from document_hwbs where document_id = :id").param("id", documentId).update();
    for (String hwb : hwbs) {
      jdbc.sql("insert into document_hwbs (document_id, hwb_id) values (:id, :hwb)")
          .param("id", documentId)
          .param("hwb", hwb)
          .update();
    }
  }

  public void insertVersion(
      String documentId, int version, String document, Instant at, String by, String note) {
    jdbc.sql(
            "insert into document_versions (document_id, version, content, created_at, created_by,"
                + " note)"
                + " values (:id, :version, cast(:document as jsonb), :at, :by, :note)")
        .param("id", documentId)
        .param("version", version)
        .param("document", document)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .param("note", note)
        .update();
  }

  public void markSubmitted(String documentId, int version) {
    jdbc.sql(
            "update document_versions set submitted = true where document_id = :id and version = :v")
        .param("id", documentId)
        .param("v", version)
        .update();
  }

  public Optional<String> document(String documentId, int version) {
    return jdbc.sql(
            "select content::text from document_versions where document_id = :id"
                + " and version = :version")
        .param("id", documentId)
        .param("version", version)
        .query(String.class)
        .optional();
  }

  public void updateHeader(String documentId, String title, int currentVersion, Instant at) {
    jdbc.sql(
            "update documents set title = :title, current_version = :v, updated_at = :at"
                + " where id = :id")
        .param("id", documentId)
        .param("title", title)
        .param("v", currentVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public void updateStatus(
      String documentId, String status, String outcome, Integer publishedVersion, Instant at) {
    jdbc.sql(
            "update documents set status = :status, outcome = :outcome,"
                + " published_version = :published, updated_at = :at where id = :id")
        .param("id", documentId)
        .param("status", status)
        .param("outcome", outcome)
        .param("published", publishedVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public void insertChanges(
      String documentId, int version, Instant at, String by, List<Change> changes) {
    for (Change change : changes) {
      jdbc.sql(
              "insert into document_changes (document_id, version, changed_at, changed_by, path,"
                  + " old_value, new_value) values (:id, :v, :at, :by, :path,"
                  + " cast(:old as jsonb), cast(:new as jsonb))")
          .param("id", documentId)
          .param("v", version)
          .param("at", Timestamp.from(at))
          .param("by", by)
          .param("path", change.path())
          .param("old", change.oldValue() == null ? null : change.oldValue().toString())
          .param("new", change.newValue() == null ? null : change.newValue().toString())
          .update();
    }
  }

  public void insertTransition(
      String documentId, int version, DocumentHistory.TransitionEntry transition) {
    jdbc.sql(
            "insert into document_transitions (document_id, version, action, from_status, to_status,"
                + " outcome, actor, at, comment, override_reason) values (:id, :v, :action, :from,"
                + " :to, :outcome, :actor, :at, :comment, :override)")
        .param("id", documentId)
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

  public void insertSignOff(String documentId, DocumentHistory.SignOffEntry signOff) {
    jdbc.sql(
            "insert into document_sign_offs (document_id, version, party, party_name, role,"
                + " signatory_name, position, signed_by, signed_at, on_behalf_of) values (:id, :v,"
                + " :party, :partyName, :role, :name, :position, :by, :at, :behalf)")
        .param("id", documentId)
        .param("v", signOff.version())
        .param("party", signOff.party())
        .param("partyName", signOff.partyName())
        .param("role", signOff.role())
        .param("name", signOff.signatoryName())
        .param("position", signOff.position())
        .param("by", signOff.signedBy())
        .param("at", Timestamp.from(signOff.signedAt()))
        .param("behalf", signOff.onBehalfOf())
        .update();
  }

  /** Marks every standing sign-off of an earlier version as no longer valid; how many it marked. */
  public int invalidateSignOffs(String documentId, int newVersion, Instant at) {
    return jdbc.sql(
            "update document_sign_offs set invalidated_at = :at, invalidated_by_version = :v"
                + " where document_id = :id and version < :v and invalidated_at is null")
        .param("id", documentId)
        .param("v", newVersion)
        .param("at", Timestamp.from(at))
        .update();
  }

  public List<DocumentHistory.VersionEntry> versions(String documentId) {
    return jdbc.sql(
            "select version, created_at, created_by, note, submitted from document_versions"
                + " where document_id = :id order by version desc")
        .param("id", documentId)
        .query(
            (rs, n) ->
                new DocumentHistory.VersionEntry(
                    rs.getInt(1),
                    instant(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)))
        .list();
  }

  /** Changes after {@code afterVersion} (0 for all), newest first. */
  public List<DocumentHistory.ChangeEntry> changes(String documentId, int afterVersion) {
    return jdbc.sql(
            "select version, changed_at, changed_by, path, old_value::text, new_value::text"
                + " from document_changes where document_id = :id and version > :after"
                + " order by version desc, id")
        .param("id", documentId)
        .param("after", afterVersion)
        .query(
            (rs, n) ->
                new DocumentHistory.ChangeEntry(
                    rs.getInt(1),
                    instant(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    json(rs.getString(5)),
                    json(rs.getString(6))))
        .list();
  }

  public List<DocumentHistory.TransitionEntry> transitions(String documentId) {
    return jdbc.sql(
            "select version, action, from_status, to_status, outcome, actor, at, comment,"
                + " override_reason from document_transitions where document_id = :id"
                + " order by at desc, id"
                + " desc")
        .param("id", documentId)
        .query(
            (rs, n) ->
                new DocumentHistory.TransitionEntry(
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

  /**
   * The latest transition by this action of every document that has one, by document id: one query
   * for a whole list (the national view's submission dates and override reasons).
   */
  public Map<String, DocumentHistory.TransitionEntry> latestTransitions(String action) {
    Map<String, DocumentHistory.TransitionEntry> latest = new HashMap<>();
    jdbc.sql(
            "select distinct on (document_id) document_id, version, action, from_status,"
                + " to_status, outcome, actor, at, comment, override_reason"
                + " from document_transitions where action = :action"
                + " order by document_id, at desc, id desc")
        .param("action", action)
        .query(
            (rs, n) ->
                latest.put(
                    rs.getString(1),
                    new DocumentHistory.TransitionEntry(
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        instant(rs, 8),
                        rs.getString(9),
                        rs.getString(10))))
        .list();
    return latest;
  }

  public List<DocumentHistory.SignOffEntry> signOffs(String documentId) {
    return jdbc.sql(
            "select id, version, party, party_name, role, signatory_name, position, signed_by,"
                + " signed_at, invalidated_at, invalidated_by_version, on_behalf_of"
                + " from document_sign_offs"
                + " where document_id = :id order by signed_at desc, id desc")
        .param("id", documentId)
        .query(
            (rs, n) ->
                new DocumentHistory.SignOffEntry(
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
                    (Integer) rs.getObject(11),
                    rs.getString(12)))
        .list();
  }

  private static DocumentRecord header(ResultSet rs, int row) throws SQLException {
    return new DocumentRecord(
        rs.getString("id"),
        rs.getString("kind"),
        rs.getString("round"),
        rs.getString("title"),
        rs.getString("status"),
        rs.getString("outcome"),
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
