package bcf.users;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens in PostgreSQL, by the SHA-256 of the token. */
@Repository
public class ApiTokenRepository {

  /** A token as listed to its owner: never its secret. */
  public record TokenRow(
      long id, String name, Instant created, Instant expires, Instant lastUsed, Instant revoked) {}

  /** A token with its user, as found for a request: everything needed, in one query. */
  public record Found(
      long tokenId, Instant expires, Instant lastUsed, Instant revoked, UserAccount user) {}

  private final JdbcClient jdbc;

  public ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(long userId, String name, byte[] hash, Instant created, Instant expires) {
    return jdbc.sql(
            "insert into api_tokens (user_id, name, token_hash, created_at, expires_at)"
                + " values (:u, :n, :h, :c, :e) returning id")
        .param("u", userId)
        .param("n", name)
        .param("h", hash)
        .param("c", Timestamp.from(created))
        .param("e", Timestamp.from(expires))
        .query(Long.class)
        .single();
  }

  /** The user's tokens not revoked, newest first. */
  public List<TokenRow> list(long userId) {
    return jdbc.sql(
            "select id, name, created_at, expires_at, last_used_at, revoked_at from api_tokens"
                + " where user_id = :u and revoked_at is null order by created_at desc, id desc")
        .param("u", userId)
        .query(
            (rs, n) ->
                new TokenRow(
                    rs.getLong(1),
                    rs.getString(2),
                    instant(rs.getTimestamp(3)),
                    instant(rs.getTimestamp(4)),
                    instant(rs.getTimestamp(5)),
                    instant(rs.getTimestamp(6))))
        .list();
  }

  /** Tokens of the user that still work at the time. */
  public long countActive(long userId, Instant now) {
    return jdbc.sql(
            "select count(*) from api_tokens where user_id = :u and revoked_at is null"
                + " and expires_at > :now")
        .param("u", userId)
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  /** Revokes the user's token; false when the user has no such token not yet revoked. */
  public boolean revoke(long userId, long tokenId, Instant now) {
    return jdbc.sql(
                "update api_tokens set revoked_at = :now where id = :id and user_id = :u"
                    + " and revoked_at is null")
            .param("now", Timestamp.from(now))
            .param("id", tokenId)
            .param("u", userId)
            .update()
        == 1;
  }

  /**
   * The token with this hash and its user, roles and scopes: one query, by the unique index on the
   * hash.
   */
  public Optional<Found> find(byte[] hash) {
    return jdbc.sql(
            "select t.id, t.expires_at, t.last_used_at, t.revoked_at,"
                + " u.id, u.username, u.display_name, u.disabled,"
                + " (select string_agg(coalesce(a.position, '') || E'\\t' || a.organisation, E'\\n')"
                + "    from user_signing_authorities a where a.user_id = u.id),"
                + " (select string_agg(r.role, ',') from user_roles r where r.user_id = u.id),"
                + " (select string_agg(s.kind || ':' || s.value, E'\\n')"
                + "    from user_scopes s where s.user_id = u.id)"
                + " from api_tokens t join users u on u.id = t.user_id where t.token_hash = :h")
        .param("h", hash)
        .query(
            (rs, n) ->
                new Found(
                    rs.getLong(1),
                    instant(rs.getTimestamp(2)),
                    instant(rs.getTimestamp(3)),
                    instant(rs.getTimestamp(4)),
                    new UserAccount(
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        null,
                        rs.getBoolean(8),
                        roles(rs.getString(10)),
                        scopes(rs.getString(11)),
                        authorities(rs.getString(9)))))
        .optional();
  }

  /** Records a use; at most once a minute per token, so that reads do not all write. */
  public void used(long tokenId, Instant now) {
    jdbc.sql(
            "update api_tokens set last_used_at = :now where id = :id"
                + " and (last_used_at is null or last_used_at < :since)")
        .param("now", Timestamp.from(now))
        .param("since", Timestamp.from(now.minusSeconds(60)))
        .param("id", tokenId)
        .update();
  }

  private static Set<Role> roles(String joined) {
    Set<Role> roles = new HashSet<>();
    if (joined != null) {
      for (String code : joined.split(",")) {
        roles.add(Role.of(code));
      }
    }
    return roles;
  }

  /**
   * Authorities as the query joins them: a line each, position (or nothing), a tab, organisation.
   */
  private static List<SigningAuthority> authorities(String joined) {
    List<SigningAuthority> authorities = new ArrayList<>();
    if (joined != null) {
      for (String line : joined.split("\n")) {
        int tab = line.indexOf('\t');
        authorities.add(new SigningAuthority(line.substring(tab + 1), line.substring(0, tab)));
      }
    }
    return authorities;
  }

  private static Set<Scope> scopes(String joined) {
    Set<Scope> scopes = new HashSet<>();
    if (joined != null) {
      for (String line : joined.split("\n")) {
        int colon = line.indexOf(':');
        Scope.Kind kind = Scope.Kind.valueOf(line.substring(0, colon).toUpperCase());
        scopes.add(new Scope(kind, line.substring(colon + 1)));
      }
    }
    return scopes;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
