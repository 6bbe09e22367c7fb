package bcf.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
    // Encoded straight from the characters: making a String of them first (and then two more for
    // the parts) copied the page three times over.
    char[] page = written.toCharArray();
    int at = indexOf(page, MARKER);
    if (at < 0) {
      throw new IllegalStateException("the page template has no place for the kept middle");
    }
    ByteBuffer head = StandardCharsets.UTF_8.encode(CharBuffer.wrap(page, 0, at));
    int after = at + MARKER.length();
    ByteBuffer tail =
        StandardCharsets.UTF_8.encode(CharBuffer.wrap(page, after, page.length - after));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(head.remaining() + middle.length + tail.remaining());
    ServletOutputStream out = response.getOutputStream();
    out.write(head.array(), head.arrayOffset() + head.position(), head.remaining());
    out.write(middle);
    out.write(tail.array(), tail.arrayOffset() + tail.position(), tail.remaining());
  }

  /** Where {@code marker} first starts in {@code text}, or -1. */
  static int indexOf(char[] text, String marker) {
    char first = marker.charAt(0);
    int last = text.length - marker.length();
    for (int i = 0; i <= last; i++) {
      if (text[i] == first && marker.contentEquals(CharBuffer.wrap(text, i, marker.length()))) {
        return i;
      }
    }
    return -1;
  }
}
