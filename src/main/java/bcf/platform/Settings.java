package bcf.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-off facts about this installation, such as whether the demo plans have been loaded. */
@Repository
public class Settings {

  private final JdbcClient jdbc;

  public Settings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> get(String key) {
    return jdbc.sql("select value from installation where key = :key")
        .param("key", key)
        .query(String.class)
        .optional();
  }

  public void put(String key, String value) {
    jdbc.sql(
            "insert into installation (key, value) values (:key, :value)"
                + " on conflict (key) do update set value = excluded.value")
        .param("key", key)
        .param("value", value)
        .update();
  }
}
