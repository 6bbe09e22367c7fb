package bcf.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON answers kept as written, for answers that are the same for every reader of one key (a plan's
 * summary per analysis, its assessed metrics per analysis and set of actuals): writing the larger
 * of them with Jackson was a fifth of the processor time of an API read. Written by the
 * application's own mapper, so a kept answer is byte for byte what Spring would have written. The
 * caller's key must change whenever the answer would (keys holding objects compare as those objects
 * do); entries are bounded by the characters kept.
 */
public final class JsonBodies {

  private static final MediaType JSON_UTF8 =
      new MediaType("application", "json", StandardCharsets.UTF_8);

  private final JsonMapper mapper;
  private final Cache<Object, String> bodies;

  public JsonBodies(JsonMapper mapper, long maximumChars) {
    this.mapper = mapper;
    this.bodies =
        Caffeine.newBuilder()
            .maximumWeight(maximumChars)
            .weigher((Object key, String body) -> body.length())
            .build();
  }

  /** The answer for {@code key}, written from {@code body} the first time it is asked for. */
  public ResponseEntity<String> answer(Object key, Supplier<?> body) {
    return ResponseEntity.ok()
        .contentType(JSON_UTF8)
        .body(bodies.get(key, k -> mapper.writeValueAsString(body.get())));
  }
}
