package bcf.cli.resident;

import bcf.cli.Main;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./bcf ingest} runs: hands the run to the {@link ResidentIngest resident ingest
 * process}, starting one when none answers, and relays its output and exit code; or runs the ingest
 * in this process when there is no socket to use (none configured, a help or version request,
 * writing samples) or the resident process cannot be started (then with a note saying why).
 *
 * <p>Configured by system properties the launcher sets: {@code bcf.resident.socket} (the socket's
 * path), {@code bcf.resident.key} (the build: a caller of another build replaces the process) and
 * {@code bcf.resident.jvm} (the resident JVM's options, separated by spaces).
 */
public final class ResidentClient {

  /** How long a new resident process has to start answering. */
  static final Duration START_WITHIN = Duration.ofSeconds(60);

  /** The longest path of a Unix socket Linux binds (108 bytes with the final zero). */
  static final int MAX_PATH = 107;

  private final Path socket;
  private final String key;
  private final List<String> jvm;
  private final Path workingDirectory;
  private final PrintStream out;
  private final PrintStream err;

  ResidentClient(
      Path socket,
      String key,
      List<String> jvm,
      Path workingDirectory,
      PrintStream out,
      PrintStream err) {
    this.socket = socket;
    this.key = key;
    this.jvm = jvm;
    this.workingDirectory = workingDirectory;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    long startedAt = epochNanos();
    String socket = System.getProperty("bcf.resident.socket");
    int code;
    if (socket == null || !resident(args)) {
      code = new Main(System.out, System.err).run(args);
    } else {
      String jvm = System.getProperty("bcf.resident.jvm", "").strip();
      code =
          new ResidentClient(
                  Path.of(socket).toAbsolutePath(),
                  System.getProperty("bcf.resident.key", ""),
                  jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")),
                  Path.of("").toAbsolutePath(),
                  System.out,
                  System.err)
              .run(args, startedAt);
    }
    System.out.flush();
    System.exit(code);
  }

  /** Whether the resident process should run these arguments: an ingest of workbooks. */
  static boolean resident(String[] args) {
    if (args.length < 2 || !args[0].equals("ingest")) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("-h")
          || arg.equals("--help")
          || arg.equals("-V")
          || arg.equals("--version")
          || arg.startsWith("--write-samples")) {
        return false;
      }
    }
    return true;
  }

  /** Runs {@code args} in the resident process (started if need be), or here if it cannot. */
  int run(String[] args, long startedAt) {
    if (args.length == 2 && args[1].equals("--stop-resident")) {
      return stop();
    }
    if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PATH) {
      err.println(
          "bcf ingest: running in this process: the path of the resident ingest process's socket"
              + " is too long for the system ("
              + socket
              + ")");
      return new Main(out, err).run(args);
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      SocketChannel channel;
      try {
        channel = connectOrStart();
      } catch (IOException e) {
        err.println(
            "bcf ingest: running in this process: the resident ingest process could not be"
                + " started ("
                + e.getMessage()
                + ")");
        return new Main(out, err).run(args);
      }
      try (channel) {
        Integer code = exchange(channel, ResidentIngest.RUN, args, startedAt);
        if (code != null) {
          return code;
        }
        // A process of another build: it has stopped; the next attempt starts this build's.
        awaitGone();
      } catch (EOFException e) {
        err.println(
            "bcf ingest: the resident ingest process stopped during the run; its log is " + log());
        return Main.UNUSABLE;
      } catch (IOException e) {
        err.println("bcf ingest: the resident ingest process failed: " + e.getMessage());
        return Main.UNUSABLE;
      }
    }
    err.println("bcf ingest: running in this process: the resident ingest process kept stopping");
    return new Main(out, err).run(args);
  }

  /** {@code bcf ingest --stop-resident}: asks a running resident process to stop. */
  int stop() {
    SocketChannel channel = connect();
    if (channel == null) {
      out.println("bcf ingest: no resident ingest process was running");
      return Main.OK;
    }
    try (channel) {
      exchange(channel, ResidentIngest.STOP, new String[0], epochNanos());
      awaitGone();
      out.println("bcf ingest: the resident ingest process has stopped");
      return Main.OK;
    } catch (IOException e) {
      err.println("bcf ingest: could not stop the resident ingest process: " + e.getMessage());
      return Main.UNUSABLE;
    }
  }

  /**
   * Sends one request and relays the answer; the exit code, or null when the process was of another
   * build (and has stopped).
   */
  private Integer exchange(SocketChannel channel, byte operation, String[] args, long startedAt)
      throws IOException {
    send(channel, operation, args, startedAt);
    return relay(channel);
  }

  /** Writes one request. */
  void send(SocketChannel channel, byte operation, String[] args, long startedAt)
      throws IOException {
    DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
    request.writeInt(ResidentIngest.MAGIC);
    request.writeByte(operation);
    request.writeUTF(key);
    request.writeUTF(workingDirectory.toString());
    request.writeLong(startedAt);
    request.writeInt(args.length);
    for (String arg : args) {
      request.writeUTF(arg);
    }
    request.flush();
  }

  /** Relays the answer's output; its exit code, or null when it was of another build. */
  private Integer relay(SocketChannel channel) throws IOException {
    DataInputStream answer =
        new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
    byte[] buffer = new byte[8192];
    while (true) {
      byte kind = answer.readByte();
      switch (kind) {
        case ResidentIngest.OUT, ResidentIngest.ERR -> {
          int length = answer.readInt();
          if (length < 0) {
            throw new IOException("a frame of " + length + " bytes");
          }
          if (length > buffer.length) {
            buffer = new byte[length];
          }
          answer.readFully(buffer, 0, length);
          PrintStream to = kind == ResidentIngest.OUT ? out : err;
          to.write(buffer, 0, length);
          to.flush();
        }
        case ResidentIngest.EXIT -> {
          return answer.readInt();
        }
        case ResidentIngest.STALE -> {
          return null;
        }
        default -> throw new IOException("an answer it does not understand (" + kind + ")");
      }
    }
  }

  /** A connection to the resident process, starting one when none answers. */
  private SocketChannel connectOrStart() throws IOException {
    SocketChannel channel = connect();
    if (channel != null) {
      return channel;
    }
    Path directory = socket.getParent();
    ResidentIngest.privateDirectory(directory);
    // A socket file no process answers on is left by one that was killed.
    Files.deleteIfExists(socket);
    Process process = start(directory);
    Instant deadline = Instant.now().plus(START_WITHIN);
    while (true) {
      channel = connect();
      if (channel != null) {
        return channel;
      }
      if (!process.isAlive()) {
        // Another caller's process may have taken the socket first: it answers, or none does.
        channel = connect();
        if (channel != null) {
          return channel;
        }
        throw new IOException("it exited at once; its log is " + log());
      }
      if (Instant.now().isAfter(deadline)) {
        process.destroy();
        throw new IOException("it did not answer within " + START_WITHIN.toSeconds() + " s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while it started");
      }
    }
  }

  /** Starts the resident process in a session of its own, so the terminal's Ctrl-C spares it. */
  private Process start(Path directory) throws IOException {
    List<String> command = new ArrayList<>();
    if (new File("/usr/bin/setsid").canExecute()) {
      command.add("/usr/bin/setsid");
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-Dbcf.resident.key=" + key);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ResidentIngest.class.getName());
    command.add(socket.toString());
    return new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
        .start();
  }

  /** A connection to the process answering on the socket, or null when none does. */
  private SocketChannel connect() {
    if (!Files.exists(socket)) {
      return null;
    }
    try {
      return SocketChannel.open(UnixDomainSocketAddress.of(socket));
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** Waits until the process that answered has let go of its socket. */
  private void awaitGone() {
    Instant deadline = Instant.now().plus(START_WITHIN);
    while (Files.exists(socket) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private Path log() {
    return socket.resolveSibling(socket.getFileName() + ".log");
  }

  static long epochNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
