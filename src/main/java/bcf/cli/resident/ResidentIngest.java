package bcf.cli.resident;

import bcf.cli.Main;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resident ingest process: a JVM that stays up between runs of {@code bcf ingest}, so that each
 * run after the first finds its code already compiled (a cold JVM spends about twice the ingest
 * itself warming up: docs/workbooks.md, "Speed"). {@link ResidentClient} is the command the
 * launcher runs; it starts this process when none answers and hands it the run.
 *
 * <p>What it trusts and when it goes:
 *
 * <ul>
 *   <li>It listens on a Unix socket in a directory only its user may enter (0700), and answers only
 *       a peer of the user who owns that directory; nothing listens on the network.
 *   <li>It runs only {@code bcf ingest}, one run at a time, with the paths resolved against the
 *       caller's working directory; each run's output goes back to the caller as it is written.
 *   <li>It stops after {@link #IDLE} without a run, when asked ({@code bcf ingest
 *       --stop-resident}), when its socket file is removed or replaced (a rebuild unpacks the jar
 *       afresh), and when a caller of another build asks (its key differs: it answers "stale" and
 *       stops, and the caller starts a new one).
 * </ul>
 *
 * <p>The protocol (both ends in this package): a request is {@link #MAGIC}, an operation byte
 * ({@link #RUN} or {@link #STOP}), the caller's build key, working directory and start time (epoch
 * nanoseconds), then the arguments; the answer is frames of the run's standard output ({@link
 * #OUT}) and error ({@link #ERR}) and one of {@link #EXIT} with the exit code or {@link #STALE}.
 */
public final class ResidentIngest {

  static final int MAGIC = 0x62636631; // "bcf1"
  static final byte RUN = 'R';
  static final byte STOP = 'S';
  static final byte OUT = 'O';
  static final byte ERR = 'E';
  static final byte EXIT = 'X';
  static final byte STALE = 'Z';

  /** How long it waits for a run before it stops: system property {@code bcf.resident.idle}. */
  static final Duration IDLE = Duration.ofMinutes(10);

  private final Path socket;
  private final String key;
  private final Duration idle;
  private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
  private final AtomicBoolean busy = new AtomicBoolean();
  private int runs;

  /** The user it answers: the owner of the socket's folder when null. */
  private final UserPrincipal user;

  ResidentIngest(Path socket, String key, Duration idle, UserPrincipal user) {
    this.socket = socket;
    this.key = key;
    this.idle = idle;
    this.user = user;
  }

  /**
   * {@code java -cp bcf.jar bcf.workbook.ingest.command.ResidentIngest SOCKET}, with {@code
   * -Dbcf.resident.key=KEY} (the build) and optionally {@code -Dbcf.resident.idle=SECONDS}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResidentIngest SOCKET");
      System.exit(2);
    }
    Duration idle =
        Duration.ofSeconds(Long.getLong("bcf.resident.idle", ResidentIngest.IDLE.toSeconds()));
    String key = System.getProperty("bcf.resident.key", "");
    new ResidentIngest(Path.of(args[0]).toAbsolutePath(), key, idle, null).serve();
    System.exit(0);
  }

  /** Binds the socket and answers runs until it is time to stop. */
  void serve() throws IOException {
    Path directory = socket.getParent();
    privateDirectory(directory);
    UserPrincipal owner = user != null ? user : Files.getOwner(directory);
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      Object socketFile = fileKey(socket);
      Path pid = pidFile();
      Files.writeString(pid, Long.toString(ProcessHandle.current().pid()));
      Thread watchdog = new Thread(() -> watch(server, socketFile), "resident-ingest-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      System.err.println("resident ingest: listening on " + socket + " (build " + key + ")");
      try {
        while (server.isOpen()) {
          SocketChannel caller;
          try {
            caller = server.accept();
          } catch (IOException closed) {
            break; // the watchdog closed the socket: time to stop
          }
          busy.set(true);
          boolean more;
          try (caller) {
            more = answer(caller, owner);
          } catch (IOException | RuntimeException e) {
            System.err.println("resident ingest: a run failed: " + e);
            more = true;
          } finally {
            lastUsed.set(System.nanoTime());
            busy.set(false);
          }
          if (!more) {
            break;
          }
        }
      } finally {
        if (Objects.equals(fileKey(socket), socketFile)) {
          Files.deleteIfExists(socket);
          Files.deleteIfExists(pid);
        }
      }
    }
    System.err.println("resident ingest: stopped after " + runs + " runs");
  }

  /** Answers one caller; false when the process should stop afterwards. */
  private boolean answer(SocketChannel caller, UserPrincipal owner) throws IOException {
    DataInputStream in = new DataInputStream(Channels.newInputStream(caller));
    DataOutputStream answer =
        new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(caller)));
    if (in.readInt() != MAGIC) {
      return true;
    }
    byte operation = in.readByte();
    String callerKey = in.readUTF();
    String directory = in.readUTF();
    long startedAt = in.readLong();
    int count = in.readInt();
    if (count < 0 || count > 1000) {
      return true;
    }
    List<String> args = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      args.add(in.readUTF());
    }
    // Checked once the request is read, so the caller hears the answer rather than a broken pipe.
    var peer = caller.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
    if (!peer.user().equals(owner)) {
      System.err.println("resident ingest: refused a caller of another user: " + peer.user());
      byte[] refusal =
          ("bcf: the resident ingest process answers only " + owner.getName() + "\n")
              .getBytes(StandardCharsets.UTF_8);
      answer.writeByte(ERR);
      answer.writeInt(refusal.length);
      answer.write(refusal);
      answer.writeByte(EXIT);
      answer.writeInt(Main.UNUSABLE);
      answer.flush();
      return true;
    }
    if (!callerKey.equals(key)) {
      answer.writeByte(STALE);
      answer.flush();
      return false;
    }
    if (operation == STOP) {
      answer.writeByte(EXIT);
      answer.writeInt(Main.OK);
      answer.flush();
      return false;
    }
    int code;
    try (PrintStream out = frames(answer, OUT);
        PrintStream err = frames(answer, ERR)) {
      if (operation != RUN || args.isEmpty() || !args.get(0).equals("ingest")) {
        err.println("bcf: the resident ingest process runs only bcf ingest");
        code = Main.UNUSABLE;
      } else {
        runs++;
        List<String> command = new ArrayList<>(args);
        // Paths as the caller typed them, from where the caller is; the time from its start.
        command.addAll(
            1,
            List.of(
                "--working-directory",
                directory,
                "--started-at",
                Long.toString(startedAt),
                "--resident-run",
                Integer.toString(runs)));
        AtomicBoolean running = new AtomicBoolean(true);
        stopWithCaller(caller, running);
        try {
          code = new Main(out, err).run(command.toArray(String[]::new));
        } finally {
          running.set(false);
        }
      }
    }
    answer.writeByte(EXIT);
    answer.writeInt(code);
    answer.flush();
    return true;
  }

  /**
   * Stops this process when the caller goes away during a run (the command stopped with Ctrl-C), as
   * the command's own JVM would have stopped: the run does not go on to write its files. The next
   * command starts a new process.
   */
  private void stopWithCaller(SocketChannel caller, AtomicBoolean running) {
    Thread listener =
        new Thread(
            () -> {
              int read;
              try {
                read = caller.read(ByteBuffer.allocate(1));
              } catch (IOException closed) {
                read = -1; // the caller went, or the run ended and closed the connection
              }
              if (read < 0 && running.get()) {
                System.err.println("resident ingest: the command was stopped during a run");
                try {
                  Files.deleteIfExists(pidFile());
                  Files.deleteIfExists(socket);
                } catch (IOException e) {
                  System.err.println("resident ingest: " + e);
                }
                Runtime.getRuntime().halt(130);
              }
            },
            "resident-ingest-caller");
    listener.setDaemon(true);
    listener.start();
  }

  private Path pidFile() {
    return socket.resolveSibling(socket.getFileName() + ".pid");
  }

  /**
   * Every second: stop (close the socket, which ends the wait for a caller) once idle too long, or
   * when the socket file is gone or another process's.
   */
  private void watch(ServerSocketChannel server, Object socketFile) {
    while (server.isOpen()) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
      boolean idleTooLong = !busy.get() && System.nanoTime() - lastUsed.get() > idle.toNanos();
      boolean replaced = !Objects.equals(fileKey(socket), socketFile);
      if (idleTooLong || replaced) {
        System.err.println(
            "resident ingest: stopping: " + (replaced ? "its socket was removed" : "idle"));
        try {
          server.close();
        } catch (IOException e) {
          System.err.println("resident ingest: " + e);
        }
      }
    }
  }

  /** The directory of the socket, made if missing, and entered by its owner only. */
  static void privateDirectory(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
  }

  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** A stream whose writes go to the caller as frames of one kind, one at a time. */
  private static PrintStream frames(DataOutputStream answer, byte kind) {
    OutputStream frames =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            synchronized (answer) {
              answer.writeByte(kind);
              answer.writeInt(len);
              answer.write(b, off, len);
            }
          }

          @Override
          public void flush() throws IOException {
            synchronized (answer) {
              answer.flush();
            }
          }
        };
    return new PrintStream(new BufferedOutputStream(frames, 8192), false, StandardCharsets.UTF_8);
  }
}
