package bcf.platform.web;

import bcf.kernel.Limits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Bounded work for every request, before anything else runs (sign-in included):
 *
 * <ul>
 *   <li>A body above {@link Limits#BODY_BYTES} ({@link Limits#FORM_BYTES} for a form or an upload)
 *       is refused with 413 and nothing read, when its length is declared; a body sent in chunks is
 *       counted as it is read and refused with 413 the moment it passes the limit. Every endpoint
 *       gets the same limit, whatever reads its body (a JSON reader, the CSV reader, a form).
 *   <li>The statistics tools, open to anyone and the most expensive work of the server, run at most
 *       {@link Limits#EXPENSIVE_AT_ONCE} at a time; a further request is answered 503 with {@code
 *       Retry-After} at once (after its body is read and dropped, so that the client sees the
 *       answer rather than a reset connection) instead of waiting with its body in memory.
 * </ul>
 *
 * The API is answered with a problem document, the pages with a short page saying the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits extends OncePerRequestFilter {

  /** The requests of the statistics tools: their API and their pages' forms. */
  private static final Pattern EXPENSIVE =
      Pattern.compile("/api/v1/metrics/(compute|spc|spc-chart\\.svg)|/tools/(intervals|spc)");

  /** Seconds a refused client is asked to wait: one calculation at the limits takes less. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Semaphore expensive = new Semaphore(Limits.EXPENSIVE_AT_ONCE);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      tooLarge(request, response, limit);
      return;
    }
    boolean costly =
        "POST".equals(request.getMethod()) && EXPENSIVE.matcher(request.getRequestURI()).matches();
    if (costly && !expensive.tryAcquire()) {
      drain(request, limit);
      busy(request, response);
      return;
    }
    try {
      Counted counted = new Counted(request, limit);
      try {
        chain.doFilter(counted, new Silenced(response, counted));
      } catch (IOException | ServletException | RuntimeException e) {
        if (!counted.exceeded) {
          throw e;
        }
      }
      if (counted.exceeded && !response.isCommitted()) {
        // Whatever the reader made of the cut-off body (a 400, say), the answer is the limit.
        response.reset();
        tooLarge(request, response, limit);
      }
    } finally {
      if (costly) {
        expensive.release();
      }
    }
  }

  /** Forms and uploads carry their framing besides the file; everything else is the body. */
  private static long limitOf(HttpServletRequest request) {
    String type = request.getContentType();
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    return lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded")
        ? Limits.FORM_BYTES
        : Limits.BODY_BYTES;
  }

  /**
   * Reads and drops the body, at most {@code limit} bytes, so that the answer reaches the client.
   */
  private static void drain(HttpServletRequest request, long limit) {
    try {
      InputStream body = request.getInputStream();
      byte[] buffer = new byte[64 * 1024];
      long read = 0;
      int n;
      while (read <= limit && (n = body.read(buffer)) >= 0) {
        read += n;
      }
    } catch (IOException | RuntimeException e) {
      // The client went away; the answer below is all there is left to do.
    }
  }

  private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    response.setHeader("Connection", "close"); // the rest of the body is not worth reading
    answer(
        request,
        response,
        413,
        "Content Too Large",
        "too-large",
        "The body is larger than "
            + Limits.mebibytes(limit)
            + ", the most bcf reads in one request; split the file and send the parts one by one.");
  }

  private static void busy(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    answer(
        request,
        response,
        503,
        "Service Unavailable",
        "busy",
        "The statistics tools are busy with "
            + Limits.EXPENSIVE_AT_ONCE
            + " other calculations; nothing was computed. Try again in "
            + RETRY_AFTER_SECONDS
            + " second"
            + (RETRY_AFTER_SECONDS == 1 ? "" : "s")
            + ".");
  }

  private static void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String rule,
      String detail)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    byte[] body;
    if (request.getRequestURI().startsWith("/api/")) {
      response.setContentType("application/problem+json");
      body =
          bcf.json.Json.MAPPER.writeValueAsBytes(
              new Problem("about:blank", title, status, detail, rule, request.getRequestURI()));
    } else {
      response.setContentType("text/html;charset=UTF-8");
      body =
          ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                  + title
                  + " - bcf</title></head>\n<body><main><h1>"
                  + title
                  + "</h1>\n<p>"
                  + HtmlUtils.htmlEscape(detail)
                  + "</p>\n<p><a href=\"/\">bcf home</a></p></main></body></html>\n")
              .getBytes(StandardCharsets.UTF_8);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The problem document of a refusal, as the API's other refusals have it. */
  record Problem(
      String type, String title, int status, String detail, String rule, String instance) {}

  /**
   * A response that takes nothing once its request's body has passed the limit: whatever the reader
   * of the body then makes of it (a 400, an error page) is dropped, so that the answer is the
   * limit's 413, written by the filter.
   */
  private static final class Silenced extends jakarta.servlet.http.HttpServletResponseWrapper {

    private final Counted request;

    Silenced(HttpServletResponse response, Counted request) {
      super(response);
      this.request = request;
    }

    private boolean silent() {
      return request.exceeded;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return silent() ? new Discarding() : super.getOutputStream();
    }

    @Override
    public java.io.PrintWriter getWriter() throws IOException {
      return silent()
          ? new java.io.PrintWriter(java.io.OutputStream.nullOutputStream())
          : super.getWriter();
    }

    @Override
    public void setStatus(int status) {
      if (!silent()) {
        super.setStatus(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!silent()) {
        super.sendError(status, message);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!silent()) {
        super.sendError(status);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!silent()) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!silent()) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentType(String type) {
      if (!silent()) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!silent()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!silent()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!silent()) {
        super.flushBuffer();
      }
    }

    @Override
    public boolean isCommitted() {
      return !silent() && super.isCommitted();
    }
  }

  /** An output stream that drops what it is given. */
  private static final class Discarding extends ServletOutputStream {
    @Override
    public void write(int b) {
      // dropped
    }

    @Override
    public void write(byte[] b, int off, int len) {
      // dropped
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(jakarta.servlet.WriteListener listener) {
      // nothing is written, so nothing waits
    }
  }

  /** A request whose body is counted as it is read, and cut off past the limit. */
  private static final class Counted extends HttpServletRequestWrapper {

    private final long limit;
    private volatile boolean exceeded;
    private ServletInputStream stream;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream());
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(
              getInputStream(), getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
    }

    private final class CountingStream extends ServletInputStream {
      private final ServletInputStream in;
      private long count;

      CountingStream(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) throws IOException {
        count += n;
        if (count > limit) {
          exceeded = true;
          throw new IOException("The body is larger than " + Limits.mebibytes(limit));
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
