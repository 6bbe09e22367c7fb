package bcf.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.servlet.View;

/**
 * A page whose large middle is the same for many readers and is kept already written as bytes (a
 * plan's body: 200 KB of HTML): the page's template renders everything around it with {@link
 * #MARKER} where the middle goes, and the kept bytes are written in its place. Rendering the middle
 * through the template again, and encoding it again, was a sixth of a signed-in plan page's
 * processor time.
 */
public final class SplicedView implements View {

  /** What the template writes where the kept middle goes. */
  public static final String MARKER = "<!--bcf:kept-middle-->";

  private final View around;
  private final byte[] middle;

  public SplicedView(View around, byte[] middle) {
    this.around = around;
    this.middle = middle;
  }

  @Override
  public String getContentType() {
    return around.getContentType();
  }

  @Override
  public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    CharArrayWriter written = new CharArrayWriter(16_384);
    PrintWriter writer = new PrintWriter(written);
    HttpServletResponseWrapper capture =
        new HttpServletResponseWrapper(response) {
          @Override
          public PrintWriter getWriter() {
            return writer;
          }

          @Override
          public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("the page template writes characters");
          }

          @Override
          public void flushBuffer() {
            writer.flush();
          }
        };
    around.render(model, request, capture);
    writer.flush();
    String page = written.toString();
    int at = page.indexOf(MARKER);
    if (at < 0) {
      throw new IllegalStateException("the page template has no place for the kept middle");
    }
    byte[] head = page.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = page.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(head.length + middle.length + tail.length);
    ServletOutputStream out = response.getOutputStream();
    out.write(head);
    out.write(middle);
    out.write(tail);
  }
}
