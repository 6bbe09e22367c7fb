package bcf.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, Deque's accessibility engine, run in the page the browser shows: every violation of any
 * impact (WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices), as a line in words. The script
 * is injected through the driver, which the page's Content-Security-Policy does not govern, so the
 * application needs no exception for it.
 */
final class Axe {

  private static final String SCRIPT = load();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Axe() {}

  /**
   * The violations on the current page, each "rule (impact): what is wrong, at elements"; a page
   * that is not HTML (an SVG chart opened on its own) has none to check. An axe that fails to run
   * is itself reported, so that a broken check cannot pass.
   */
  static List<String> violations(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Object html = js.executeScript("return document.documentElement.tagName === 'HTML'");
    if (!Boolean.TRUE.equals(html)) {
      return List.of();
    }
    js.executeScript("if (typeof window.axe === 'undefined') {" + SCRIPT + "\n}");
    Object answer =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "window.axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done('axe failed: ' + e));");
    String text = String.valueOf(answer);
    if (!text.startsWith("[")) {
      return List.of(text);
    }
    List<String> violations = new ArrayList<>();
    for (JsonNode violation : JSON.readTree(text)) {
      List<String> targets = new ArrayList<>();
      for (JsonNode node : violation.path("nodes")) {
        targets.add(node.path("target").toString());
      }
      violations.add(
          violation.path("id").asString()
              + " ("
              + violation.path("impact").asString()
              + "): "
              + violation.path("help").asString()
              + ", at "
              + String.join(" ", targets));
    }
    return violations;
  }

  private static String load() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe.min.js is not on the test class path (the com.deque.html.axe-core test dependency)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
