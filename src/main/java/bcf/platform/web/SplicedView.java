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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
  private final KeptFrames frames;
  private final Object key;
  private final Supplier<String> secret;

  public SplicedView(View around, byte[] middle) {
    this(around, middle, null, null, () -> null);
  }

  /**
   * A page whose frame (what the template writes around the middle) is also kept, by {@code key}:
   * rendered once for all requests with an equal key, and written from the kept bytes after that.
   *
   * @param key everything the template reads, by value; two requests with equal keys must get the
   *     same frame but for {@code secret}
   * @param secret the one value of the request the frame may hold (the form token of the sign-out
   *     form), written afresh into each page where the first rendering wrote its own; asked for
   *     only on a rendering and where the kept frame holds it, or null for none
   */
  public SplicedView(
      View around, byte[] middle, KeptFrames frames, Object key, Supplier<String> secret) {
    this.around = around;
    this.middle = middle;
    this.frames = frames;
    this.key = key;
    this.secret = secret;
  }

  @Override
  public String getContentType() {
    return around.getContentType();
  }

  @Override
  public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    Frame frame = frames == null ? null : frames.kept.getIfPresent(key);
    String value;
    if (frame == null) {
      Rendered first = rendered(model, request, response);
      frame = first.frame();
      value = frame.holdsSecret ? first.secret() : null;
      if (frames != null) {
        frames.kept.put(key, frame);
      }
    } else {
      value = frame.holdsSecret ? secret.get() : null;
      response.setContentType(frame.contentType);
    }
    byte[] between = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(frame.length(between.length) + middle.length);
    ServletOutputStream out = response.getOutputStream();
    frame.head.write(out, between);
    out.write(middle);
    frame.tail.write(out, between);
  }

  /** A frame as first rendered, with the secret it was split at (null for none). */
  private record Rendered(Frame frame, String secret) {}

  /** The frame as the template writes it for this request, split where it wrote the secret. */
  private Rendered rendered(
      Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
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
    // Only a frame that is kept is split; the secret is asked for after the template asked for it.
    String value = frames == null ? null : secret.get();
    byte[] split = value == null || value.isEmpty() ? null : value.getBytes(StandardCharsets.UTF_8);
    Parts headParts = Parts.of(head, split);
    Parts tailParts = Parts.of(tail, split);
    return new Rendered(
        new Frame(
            headParts,
            tailParts,
            headParts.size() + tailParts.size() > 2,
            response.getContentType()),
        value);
  }

  /** Bytes written with the secret between each two of them. */
  private record Parts(List<byte[]> pieces) {

    static Parts of(ByteBuffer bytes, byte[] split) {
      byte[] all = new byte[bytes.remaining()];
      bytes.get(all);
      List<byte[]> pieces = new ArrayList<>();
      int from = 0;
      if (split != null) {
        for (int i = indexOf(all, split, 0); i >= 0; i = indexOf(all, split, from)) {
          pieces.add(Arrays.copyOfRange(all, from, i));
          from = i + split.length;
        }
      }
      pieces.add(from == 0 ? all : Arrays.copyOfRange(all, from, all.length));
      return new Parts(List.copyOf(pieces));
    }

    int size() {
      return pieces.size();
    }

    int length(int between) {
      int n = between * (pieces.size() - 1);
      for (byte[] p : pieces) {
        n += p.length;
      }
      return n;
    }

    void write(ServletOutputStream out, byte[] between) throws java.io.IOException {
      for (int i = 0; i < pieces.size(); i++) {
        if (i > 0) {
          out.write(between);
        }
        out.write(pieces.get(i));
      }
    }

    private static int indexOf(byte[] all, byte[] part, int from) {
      outer:
      for (int i = from; i <= all.length - part.length; i++) {
        for (int k = 0; k < part.length; k++) {
          if (all[i + k] != part[k]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  /**
   * The request's form token as its forms carry it (Spring Security's, masked afresh for each
   * request), the secret of a signed-in reader's frame: its sign-out form holds it.
   */
  public static Supplier<String> formToken(HttpServletRequest request) {
    return () ->
        request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                instanceof org.springframework.security.web.csrf.CsrfToken token
            ? token.getToken()
            : null;
  }

  /** A kept frame: the bytes before and after the middle, and the content type it was sent as. */
  private record Frame(Parts head, Parts tail, boolean holdsSecret, String contentType) {

    int length(int between) {
      return head.length(between) + tail.length(between);
    }

    int weight() {
      return head.length(0) + tail.length(0) + 64;
    }
  }

  /**
   * The kept frames of one kind of page, bounded by their bytes. Correct only while the key holds
   * everything the page's template reads (see the constructor); per instance, and forgotten on
   * restart.
   */
  public static final class KeptFrames {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Frame> kept;

    public KeptFrames(long maxBytes) {
      this.kept =
          com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
              .maximumWeight(maxBytes)
              .<Object, Frame>weigher((k, f) -> f.weight())
              .build();
    }

    /** How many frames are kept now (for tests). */
    long size() {
      kept.cleanUp();
      return kept.estimatedSize();
    }
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
