package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounded work for every request (issue 11): one body limit for every endpoint, refused before the
 * body is read; numbers with absurd exponents refused at once with a short message; the statistics
 * tools at most {@link Limits#EXPENSIVE_AT_ONCE} at a time, the rest told to come back; and a burst
 * of maximum-size requests at the tools leaves the rest of the server answering.
 */
class RequestLimitsIT extends AppTestSupport {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
  }

  private static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    return JSON.readTree(response.body());
  }

  /**
   * Sends only the head of a request that declares a body of {@code length} bytes, and reads the
   * answer: a server that waited for the body would never answer.
   */
  private String headOnly(String method, String path, long length) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      String head =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
              + basic(EDITOR)
              + "\r\nContent-Type: application/json\r\nIf-Match: \"1\"\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return answer(socket.getInputStream());
    }
  }

  /** One HTTP/1.1 answer with a Content-Length, read from a socket: head and body. */
  private static String answer(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return text + new String(body, StandardCharsets.UTF_8);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_body_over_the_limit_is_refused_with_413_by_every_endpoint_before_it_is_read()
      throws Exception {
    String id = copyOfSeed("warwickshire-2017-19");
    for (String[] endpoint :
        List.of(
            new String[] {"POST", "/api/v1/plans"},
            new String[] {"PUT", "/api/v1/plans/" + id + "/parts/risks"},
            new String[] {"POST", "/api/v1/plans/" + id + "/actuals"},
            new String[] {"POST", "/api/v1/metrics/compute?metricType=rate"},
            new String[] {"POST", "/api/v1/metrics/spc-chart.svg"})) {
      // 60 MB declared, none of it sent: the answer comes from the declared length alone.
      String answer = headOnly(endpoint[0], endpoint[1], 60_000_000L);
      assertThat(answer).as(endpoint[1]).startsWith("HTTP/1.1 413");
      assertThat(answer)
          .contains("application/problem+json")
          .contains("\"rule\":\"too-large\"")
          .contains("larger than 10 MiB");
    }
    // One byte over is over; the limit itself is not (the part is then refused for its content).
    assertThat(headOnly("PUT", "/api/v1/plans/" + id + "/parts/risks", Limits.BODY_BYTES + 1))
        .startsWith("HTTP/1.1 413");
  }

  @Test
  void a_chunked_body_is_cut_off_at_the_limit_with_413() throws Exception {
    String id = copyOfSeed("warwickshire-2017-19");
    // No length declared: the server counts what it reads. Sixty MiB of spaces, generated lazily.
    long size = 60L * 1024 * 1024;
    InputStream spaces =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? ' ' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            left -= n;
            return n;
          }
        };
    HttpResponse<String> response;
    try {
      response =
          send(
              to("/api/v1/plans/" + id + "/parts/risks")
                  .header("Authorization", basic(EDITOR))
                  .header("Content-Type", "application/json")
                  .header("If-Match", "\"1\"")
                  .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> spaces))
                  .build());
    } catch (IOException e) {
      // The server may close the connection while the client is still sending the rest; what
      // matters is that the part was not saved, checked below.
      response = null;
    }
    if (response != null) {
      assertThat(problem(response, 413).get("rule").asString()).isEqualTo("too-large");
    }
    assertThat(api(EDITOR).get("/api/v1/plans/" + id).header("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void a_part_with_a_key_given_twice_is_refused_as_a_new_plan_would_be() {
    String id = copyOfSeed("warwickshire-2017-19");
    ApiClient.Response response =
        api(EDITOR)
            .put("/api/v1/plans/" + id + "/parts/risks", "{\"risks\": [], \"risks\": []}", "\"1\"");
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("risks");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void a_number_with_an_absurd_exponent_is_refused_at_once_with_a_short_message() throws Exception {
    for (String body :
        List.of(
            "numerator,denominator\n5,1e-999999999\n",
            "numerator,denominator\n1e2147483647,1\n",
            "numerator,denominator\n1,1e-2147483647\n2,1\n")) {
      HttpResponse<String> response =
          send(
              to("/api/v1/metrics/compute?metricType=proportion")
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      JsonNode problem = problem(response, 422);
      assertThat(response.body().length()).as(body).isLessThan(1000);
      assertThat(problem.get("errors").get(0).get("reason").asString()).contains("is too");
    }
    HttpResponse<String> parameter =
        send(
            to("/api/v1/metrics/spc?target=1e-999999999")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("value\n1\n2\n3\n"))
                .build());
    assertThat(parameter.statusCode()).isEqualTo(400);
    assertThat(parameter.body().length()).isLessThan(1000);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_plan_part_with_an_absurd_number_is_refused_at_once() throws Exception {
    String id = copyOfSeed("warwickshire-2017-19");
    JsonNode part =
        JSON.readTree(api(EDITOR).get("/api/v1/plans/" + id + "/parts/contributions").body());
    String text = part.toString().replaceFirst("(\"actual\"\\s*:\\s*)[0-9.]+", "$11e-999999999");
    assertThat(text).contains("1e-999999999");
    ApiClient.Response response =
        api(EDITOR).put("/api/v1/plans/" + id + "/parts/contributions", text, "\"1\"");
    assertThat(response.status()).as(response.body()).isIn(400, 422);
    assertThat(response.body().length()).isLessThan(2000);
  }

  /** A control chart of the most points the tools draw, with the longest periods they read. */
  private static String largestChart() {
    StringBuilder csv = new StringBuilder("period,value\n");
    String padding = "p".repeat(Limits.CELL_CHARS - 10);
    for (int i = 0; i < Limits.CHART_POINTS; i++) {
      csv.append(padding).append(String.format("%09d", i)).append(',').append(i % 17).append('\n');
    }
    return csv.toString();
  }

  /** Intervals of the most rows the tools compute, one result per row. */
  private static String mostRows() {
    StringBuilder csv = new StringBuilder("numerator,denominator\n");
    for (int i = 0; i < Limits.TOOL_ROWS; i++) {
      csv.append(i % 50).append(",123456.789012345678901234567890\n");
    }
    return csv.toString();
  }

  /** The largest body: ten MiB of single-digit rows, far past every row limit. */
  private static String tenMebibytesOfRows(String header) {
    StringBuilder csv = new StringBuilder(header + "\n");
    while (csv.length() + 2 <= Limits.BODY_BYTES) {
      csv.append(csv.length() % 10).append('\n');
    }
    return csv.toString();
  }

  @Test
  @Timeout(value = 170, unit = TimeUnit.SECONDS)
  void a_burst_of_fifty_maximum_size_requests_leaves_the_server_answering() throws Exception {
    List<HttpRequest> burst = new ArrayList<>();
    // One array per body, shared by the requests, so the client holds each body once.
    byte[] chart = largestChart().getBytes(StandardCharsets.UTF_8);
    byte[] rows = mostRows().getBytes(StandardCharsets.UTF_8);
    byte[] huge = tenMebibytesOfRows("value").getBytes(StandardCharsets.UTF_8);
    byte[] hugeNumerators =
        tenMebibytesOfRows("numerator,denominator").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 50; i++) {
      burst.add(
          switch (i % 4) {
            case 0 ->
                to("/api/v1/metrics/spc-chart.svg")
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(chart))
                    .build();
            case 1 ->
                to("/api/v1/metrics/compute?metricType=rate")
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(rows))
                    .build();
            case 2 ->
                to("/api/v1/metrics/spc-chart.svg")
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                    .build();
            default ->
                to("/api/v1/metrics/compute?metricType=proportion")
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(hugeNumerators))
                    .build();
          });
    }
    AtomicInteger outstanding = new AtomicInteger(burst.size());
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (HttpRequest request : burst) {
      answers.add(
          HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete((r, e) -> outstanding.decrementAndGet()));
    }
    // Cheap requests while the burst is in flight: each must answer 200, and at least one must
    // finish while burst requests are still outstanding.
    int answeredDuringBurst = 0;
    while (outstanding.get() > 0) {
      HttpResponse<String> cheap = send(to("/api/v1/plans").GET().build());
      assertThat(cheap.statusCode()).isEqualTo(200);
      if (outstanding.get() > 0) {
        answeredDuringBurst++;
      }
    }
    assertThat(answeredDuringBurst).as("cheap requests answered during the burst").isPositive();

    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
      statuses.merge(response.statusCode(), 1, Integer::sum);
      assertThat(response.statusCode()).as(response.body()).isIn(200, 413, 422, 503);
      assertThat(response.body().length()).isLessThanOrEqualTo(Limits.TOOL_ANSWER_BYTES);
      if (response.statusCode() != 200) {
        JsonNode problem = problem(response, response.statusCode());
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body().length()).isLessThan(100_000);
      }
      if (response.statusCode() == 503) {
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
      }
      if (response.statusCode() == 422) {
        assertThat(response.body()).contains("more than");
      }
    }
    System.out.println("burst answers by status: " + statuses);
  }
}
