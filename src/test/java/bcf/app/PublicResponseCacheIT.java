package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What anonymous visitors read is served from a cache after the first time; a cached answer must be
 * the same answer, headers included (the ETag that conditional requests and edits rely on, the
 * content type, the caching and vary headers).
 */
class PublicResponseCacheIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2017-19";

  @Test
  void a_cached_plan_answer_keeps_every_header_of_the_first() {
    // A new published plan changes the plans table's stamp, so the first read is a cache miss.
    String id = copyOfPublishedSeed(SEED);
    String path = "/api/v1/plans/" + id;

    ApiClient.Response first = anonymous().get(path);
    ApiClient.Response second = anonymous().get(path);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isEqualTo("\"1\"");
    assertThat(first.header("Content-Type")).startsWith("application/json");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(headers(second)).isEqualTo(headers(first));
  }

  @Test
  void a_conditional_read_with_the_etag_is_answered_304_from_the_cache() {
    String id = copyOfPublishedSeed(SEED);
    String path = "/api/v1/plans/" + id;
    ApiClient.Response first = anonymous().get(path);
    ApiClient.Response cached = anonymous().get(path);
    assertThat(cached.header("ETag")).isEqualTo(first.header("ETag")).isNotNull();

    ApiClient.Response unchanged =
        anonymous().get(path, Map.of("If-None-Match", first.header("ETag")));
    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(unchanged.header("ETag")).isEqualTo(first.header("ETag"));

    ApiClient.Response other = anonymous().get(path, Map.of("If-None-Match", "\"999\""));
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.body()).isEqualTo(first.body());
  }

  @Test
  void a_cached_plan_page_keeps_every_header_of_the_first() {
    String id = copyOfPublishedSeed(SEED);
    ApiClient.Response first = anonymous().get("/plans/" + id);
    ApiClient.Response second = anonymous().get("/plans/" + id);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Content-Type")).startsWith("text/html");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(headers(second)).isEqualTo(headers(first));
  }

  /** The response's headers by lower-case name, without those that differ between any answers. */
  private static Map<String, List<String>> headers(ApiClient.Response response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response.headers().forEach((name, values) -> headers.put(name.toLowerCase(), values));
    headers.remove("date");
    headers.remove(":status");
    return headers;
  }
}
