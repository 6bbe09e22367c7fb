package bcf.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    PageChars writer = new PageChars(16_384);
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
    char[] page = writer.chars;
    int length = writer.length;
    // Where the template wrote the marker (it writes the model's string itself), else searched for.
    int at = writer.markerAt >= 0 ? writer.markerAt : indexOf(page, length, MARKER);
    if (at < 0) {
      throw new IllegalStateException("the page template has no place for the kept middle");
    }
    ByteBuffer head = StandardCharsets.UTF_8.encode(CharBuffer.wrap(page, 0, at));
    int after = at + MARKER.length();
    ByteBuffer tail = StandardCharsets.UTF_8.encode(CharBuffer.wrap(page, after, length - after));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(head.remaining() + middle.length + tail.remaining());
    ServletOutputStream out = response.getOutputStream();
    out.write(head.array(), head.arrayOffset() + head.position(), head.remaining());
    out.write(middle);
    out.write(tail.array(), tail.arrayOffset() + tail.position(), tail.remaining());
  }

  /** Where {@code marker} first starts in the first {@code length} characters of {@code text}. */
  static int indexOf(char[] text, int length, String marker) {
    char first = marker.charAt(0);
    int last = length - marker.length();
    for (int i = 0; i <= last; i++) {
      if (text[i] == first && marker.contentEquals(CharBuffer.wrap(text, i, marker.length()))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The characters a template writes, kept in one growing array. A {@link PrintWriter} over a
   * {@link java.io.CharArrayWriter} took two locks and a check per write, and the template's
   * escaping writes a character or a few at a time: a third of the template's own time in a profile
   * of the plan page (session 22). One request's writer is never shared between threads.
   */
  static final class PageChars extends PrintWriter {
    char[] chars;
    int length;

    /** Where {@link #MARKER} was written as one string, or -1. */
    int markerAt = -1;

    PageChars(int capacity) {
      super(Writer.nullWriter());
      chars = new char[capacity];
    }

    private void room(int more) {
      if (length + more > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
      }
    }

    @Override
    public void write(int c) {
      room(1);
      chars[length++] = (char) c;
    }

    @Override
    public void write(char[] text, int offset, int count) {
      room(count);
      System.arraycopy(text, offset, chars, length, count);
      length += count;
    }

    @Override
    public void write(char[] text) {
      write(text, 0, text.length);
    }

    @Override
    public void write(String text, int offset, int count) {
      // The very string (not an equal one): the template writes the model's value as given.
      if (text == MARKER && offset == 0 && count == MARKER.length() && markerAt < 0) {
        markerAt = length;
      }
      room(count);
      text.getChars(offset, offset + count, chars, length);
      length += count;
    }

    @Override
    public void write(String text) {
      write(text, 0, text.length());
    }

    @Override
    public PrintWriter append(CharSequence text) {
      write(String.valueOf(text));
      return this;
    }

    @Override
    public PrintWriter append(CharSequence text, int start, int end) {
      write(String.valueOf(text == null ? "null" : text.subSequence(start, end)));
      return this;
    }

    @Override
    public PrintWriter append(char c) {
      write(c);
      return this;
    }

    @Override
    public void println() {
      write(System.lineSeparator());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public boolean checkError() {
      return false;
    }
  }
}
