package bcf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;

class SplicedViewTest {

  private static View writing(String text) {
    return (model, request, response) -> response.getWriter().write(text);
  }

  @Test
  void theKeptMiddleGoesWhereTheMarkerIsAndTheWholePageIsUtf8() throws Exception {
    byte[] middle = "<p>£1,200,000 – kept</p>".getBytes(StandardCharsets.UTF_8);
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SplicedView(
            writing("<h1>Plan – “Home first”</h1>" + SplicedView.MARKER + "<p>end ✓</p>"), middle)
        .render(Map.of(), new MockHttpServletRequest(), response);

    String expected = "<h1>Plan – “Home first”</h1><p>£1,200,000 – kept</p><p>end ✓</p>";
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(response.getContentLength())
        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    assertThat(response.getCharacterEncoding()).isEqualTo("UTF-8");
  }

  @Test
  void aMarkerAtTheVeryStartOrEndStillSplices() throws Exception {
    byte[] middle = "M".getBytes(StandardCharsets.UTF_8);
    MockHttpServletResponse first = new MockHttpServletResponse();
    new SplicedView(writing(SplicedView.MARKER + "tail"), middle)
        .render(Map.of(), new MockHttpServletRequest(), first);
    MockHttpServletResponse last = new MockHttpServletResponse();
    new SplicedView(writing("head" + SplicedView.MARKER), middle)
        .render(Map.of(), new MockHttpServletRequest(), last);

    assertThat(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Mtail");
    assertThat(last.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("headM");
  }

  @Test
  void aTemplateWithoutTheMarkerIsAFaultNotAPageWithoutItsMiddle() {
    SplicedView view = new SplicedView(writing("<!--bcf:kept-middl--> no place"), new byte[0]);
    assertThatThrownBy(
            () ->
                view.render(Map.of(), new MockHttpServletRequest(), new MockHttpServletResponse()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no place for the kept middle");
  }

  @Test
  void aTemplateWritingInSmallPiecesIsKeptWholePastTheFirstCapacity() throws Exception {
    StringBuilder expected = new StringBuilder();
    View pieces =
        (model, request, response) -> {
          java.io.PrintWriter out = response.getWriter();
          for (int i = 0; i < 3_000; i++) {
            out.write('<');
            out.write("p>".toCharArray());
            out.write("x" + i + "–", 0, ("x" + i + "–").length());
            out.append("</p>").append('\n').append("ab£cd", 2, 3);
          }
          out.print(SplicedView.MARKER);
          out.println("end");
          out.printf("%d%%", 5);
        };
    for (int i = 0; i < 3_000; i++) {
      expected.append("<p>x").append(i).append("–</p>\n£");
    }
    expected.append("M").append("end").append(System.lineSeparator()).append("5%");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SplicedView(pieces, "M".getBytes(StandardCharsets.UTF_8))
        .render(Map.of(), new MockHttpServletRequest(), response);

    assertThat(expected.length()).as("more than the first capacity").isGreaterThan(16_384);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void theTemplateEngineWritesTheMarkerAsOneStringSoItIsFoundWithoutASearch() {
    org.thymeleaf.spring6.SpringTemplateEngine engine =
        new org.thymeleaf.spring6.SpringTemplateEngine();
    engine.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
    SplicedView.PageChars writer = new SplicedView.PageChars(64);
    org.thymeleaf.context.Context context = new org.thymeleaf.context.Context();
    context.setVariable("body", SplicedView.MARKER);
    engine.process(
        "<main><h1 th:text=\"'Plan <1>'\">x</h1><div th:utext=\"${body}\"></div></main>",
        context,
        writer);

    String written = new String(writer.chars, 0, writer.length);
    assertThat(writer.markerAt).isEqualTo(written.indexOf(SplicedView.MARKER)).isPositive();
    assertThat(SplicedView.indexOf(writer.chars, writer.length, SplicedView.MARKER))
        .isEqualTo(writer.markerAt);
  }

  @Test
  void findsTheMarkerOnlyWhereItIsWhole() {
    String marker = SplicedView.MARKER;
    char[] found = ("ab<!--" + marker).toCharArray();
    assertThat(SplicedView.indexOf(found, found.length, marker)).isEqualTo(6);
    assertThat(SplicedView.indexOf(found, found.length - 1, marker))
        .as("only the characters written count")
        .isEqualTo(-1);
    char[] cut = marker.substring(1).toCharArray();
    assertThat(SplicedView.indexOf(cut, cut.length, marker)).isEqualTo(-1);
    assertThat(SplicedView.indexOf(new char[0], 0, marker)).isEqualTo(-1);
  }

  /** A frame writing the request's token twice, once before the middle and once after. */
  private static View withToken(int[] renders) {
    return (model, request, response) -> {
      renders[0]++;
      response.setContentType("text/html;charset=UTF-8");
      String token = (String) request.getAttribute("token");
      response
          .getWriter()
          .write("<form><input value=\"" + token + "\"></form>–" + SplicedView.MARKER);
      response.getWriter().write("<p>" + token + " £</p>");
    };
  }

  private static MockHttpServletResponse render(
      View around, SplicedView.KeptFrames frames, Object key, String token) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setAttribute("token", token);
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SplicedView(
            around,
            "<main>kept</main>".getBytes(StandardCharsets.UTF_8),
            frames,
            key,
            () -> (String) request.getAttribute("token"))
        .render(Map.of(), request, response);
    return response;
  }

  @Test
  void aKeptFrameIsRenderedOnceAndEachPageCarriesItsOwnToken() throws Exception {
    int[] renders = {0};
    View around = withToken(renders);
    SplicedView.KeptFrames frames = new SplicedView.KeptFrames(1024 * 1024);

    MockHttpServletResponse first = render(around, frames, "plan 1, reader A", "tok-AAA");
    MockHttpServletResponse second = render(around, frames, "plan 1, reader A", "tok-BB");

    assertThat(renders[0]).isEqualTo(1);
    String expected = "<form><input value=\"%s\"></form>–<main>kept</main><p>%s £</p>";
    assertThat(first.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(expected.formatted("tok-AAA", "tok-AAA"));
    assertThat(second.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(expected.formatted("tok-BB", "tok-BB"));
    assertThat(second.getContentLength())
        .isEqualTo(expected.formatted("tok-BB", "tok-BB").getBytes(StandardCharsets.UTF_8).length);
    assertThat(second.getContentType()).isEqualTo(first.getContentType()).startsWith("text/html");

    render(around, frames, "plan 1, reader B", "tok-CCC");
    assertThat(renders[0]).as("another key is rendered for itself").isEqualTo(2);
    assertThat(frames.size()).isEqualTo(2);
  }

  @Test
  void aFrameWithoutTheSecretNeverAsksForItOnceKept() throws Exception {
    SplicedView.KeptFrames frames = new SplicedView.KeptFrames(1024 * 1024);
    View plain = writing("<h1>Plan</h1>" + SplicedView.MARKER + "<p>end</p>");
    int[] asked = {0};
    for (int i = 0; i < 3; i++) {
      MockHttpServletResponse response = new MockHttpServletResponse();
      new SplicedView(
              plain,
              "M".getBytes(StandardCharsets.UTF_8),
              frames,
              "anonymous",
              () -> {
                asked[0]++;
                return "secret";
              })
          .render(Map.of(), new MockHttpServletRequest(), response);
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .isEqualTo("<h1>Plan</h1>M<p>end</p>");
    }
    assertThat(asked[0]).as("asked once, when first rendered").isEqualTo(1);
  }

  @Test
  void withoutKeptFramesTheSecretIsNeverAskedFor() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SplicedView(
            writing("a" + SplicedView.MARKER + "b"),
            "M".getBytes(StandardCharsets.UTF_8),
            null,
            null,
            () -> {
              throw new AssertionError("asked");
            })
        .render(Map.of(), new MockHttpServletRequest(), response);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("aMb");
  }
}
