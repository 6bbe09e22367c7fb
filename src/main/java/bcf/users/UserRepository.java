package bcf.users;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their roles and scopes, and failed sign-ins, in PostgreSQL. */
@Repository
public class UserRepository {

  private final JdbcClient jdbc;

  public UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("select count(*) from users").query(Long.class).single();
  }

  public boolean exists(String username) {
    return jdbc.sql("select count(*) from users where lower(username) = lower(:u)")
            .param("u", username)
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<UserAccount> find(String username) {
    record Row(long id, String username, String displayName, String hash, boolean disabled) {}
    Optional<Row> row =
        jdbc.sql(
                "select id, username, display_name, password_hash, disabled"
                    + " from users where lower(username) = lower(:u)")
            .param("u", username)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
            .optional();
    return row.map(
        r ->
            new UserAccount(
                r.id(),
                r.username(),
                r.displayName(),
                r.hash(),
                r.disabled(),
                roles(r.id()),
                scopes(r.id()),
                authorities(r.id())));
  }

  public List<UserAccount> findAll() {
    return jdbc
        .sql("select username from users order by username")
        .query(String.class)
        .list()
        .stream()
        .map(u -> find(u).orElseThrow())
        .toList();
  }

  public long insert(
      String username,
      String displayName,
      String hash,
      Set<Role> roles,
      Set<Scope> scopes,
      List<SigningAuthority> authorities) {
    long id =
        jdbc.sql(
                "insert into users (username, display_name, password_hash)"
                    + " values (:u, :d, :h) returning id")
            .param("u", username)
            .param("d", displayName)
            .param("h", hash)
            .query(Long.class)
            .single();
    insertRolesAndScopes(id, roles, scopes);
    insertAuthorities(id, authorities);
    return id;
  }

  private void insertAuthorities(long id, List<SigningAuthority> authorities) {
    for (SigningAuthority authority : authorities) {
      jdbc.sql(
              "insert into user_signing_authorities (user_id, organisation, position)"
                  + " values (:id, :o, :p)")
          .param("id", id)
          .param("o", authority.organisation())
          .param("p", authority.position())
          .update();
    }
  }

  private void insertRolesAndScopes(long id, Set<Role> roles, Set<Scope> scopes) {
    for (Role role : roles) {
      jdbc.sql("insert into user_roles (user_id, role) values (:id, :role)")
          .param("id", id)
          .param("role", role.code())
          .update();
    }
    for (Scope scope : scopes) {
      jdbc.sql("insert into user_scopes (user_id, kind, value) values (:id, :kind, :value)")
          .param("id", id)
          .param("kind", scope.kindCode())
          .param("value", scope.value())
          .update();
    }
  }

  /** Sets a user's password hash; false when there is no such user. */
  public boolean setPasswordHash(String username, String hash) {
    return jdbc.sql("update users set password_hash = :h where lower(username) = lower(:u)")
            .param("h", hash)
            .param("u", username)
            .update()
        == 1;
  }

  /** Disables or enables a user; false when there is no such user. */
  public boolean setDisabled(String username, boolean disabled) {
    return jdbc.sql("update users set disabled = :d where lower(username) = lower(:u)")
            .param("d", disabled)
            .param("u", username)
            .update()
        == 1;
  }

  /**
   * Replaces a user's roles, scopes and signing authorities (all at once, in the caller's
   * transaction).
   */
  public void replaceRolesAndScopes(
      long id, Set<Role> roles, Set<Scope> scopes, List<SigningAuthority> authorities) {
    jdbc.sql("delete from user_roles where user_id = :id").param("id", id).update();
    jdbc.sql("delete from user_scopes where user_id = :id").param("id", id).update();
    jdbc.sql("delete from user_signing_authorities where user_id = :id").param("id", id).update();
    insertRolesAndScopes(id, roles, scopes);
    insertAuthorities(id, authorities);
  }

  /** Ends every session of the user (after a password reset). */
  public int endSessions(String username) {
    return jdbc.sql("delete from spring_session where lower(principal_name) = lower(:u)")
        .param("u", username)
        .update();
  }

  private Set<Role> roles(long id) {
    Set<Role> roles = new HashSet<>();
    jdbc.sql("select role from user_roles where user_id = :id")
        .param("id", id)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.of(r)));
    return roles;
  }

  private List<SigningAuthority> authorities(long id) {
    return jdbc.sql(
            "select organisation, position from user_signing_authorities where user_id = :id"
                + " order by lower(organisation), position nulls first")
        .param("id", id)
        .query((rs, n) -> new SigningAuthority(rs.getString(1), rs.getString(2)))
        .list();
  }

  private Set<Scope> scopes(long id) {
    return new HashSet<>(
        jdbc.sql("select kind, value from user_scopes where user_id = :id")
            .param("id", id)
            .query(
                (rs, n) ->
                    new Scope(Scope.Kind.valueOf(rs.getString(1).toUpperCase()), rs.getString(2)))
            .list());
  }
}
