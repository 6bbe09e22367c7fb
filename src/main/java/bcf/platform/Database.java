package bcf.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the database is: an external PostgreSQL given by URL (option or {@code BCF_DATABASE_URL}),
 * or the embedded one kept in the data directory ({@code --data-dir}, {@code BCF_DATA_DIR}, default
 * {@code ~/.bcf}).
 */
public record Database(String url, Path dataDirectory) {

  public static final String URL_VARIABLE = "BCF_DATABASE_URL";
  public static final String DATA_DIR_VARIABLE = "BCF_DATA_DIR";

  public static Database choose(String urlOption, String dataDirOption) {
    String url = Optional.ofNullable(urlOption).orElse(System.getenv(URL_VARIABLE));
    String dir =
        Optional.ofNullable(dataDirOption)
            .or(() -> Optional.ofNullable(System.getenv(DATA_DIR_VARIABLE)))
            .orElse(Path.of(System.getProperty("user.home"), ".bcf").toString());
    if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "the database URL must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB?user=U&password=P)");
    }
    return new Database(url == null || url.isBlank() ? null : url, Path.of(dir).toAbsolutePath());
  }

  public boolean embedded() {
    return url == null;
  }
}
