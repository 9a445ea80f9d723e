package cn.unionsw.platform.support;

import cn.unionsw.platform.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The packaged platform ({@code target/union-social-work-platform-*.jar}, built by {@code package} before failsafe
 * runs) as a child JVM on a free port: a node that a test can kill like a crashed machine ({@link #kill()}: SIGKILL,
 * no shutdown hooks, no graceful stop of the job executor) and start again on the same database. Its output goes to
 * {@code target/platform-nodes/node-<h2|mysql>-<n>.log}. Whoever starts one kills it in an {@code @AfterEach}; a
 * shutdown hook
 * kills it too if the test JVM ends first.
 */
public final class PlatformNode {

  /**
   * The job executor's lock time on the test's nodes: a killed node's acquired jobs wait this long before another
   * node takes them (Camunda's default is 5 minutes, the platform's 60 s). It must stay above the longest job on a
   * loaded machine: a job still running when its lock expires is acquired again and runs twice at once, and the loser
   * ends in an optimistic-locking failure or reads a variable the winner has just removed (10 s was too short for a
   * freshly started node's first start chunk in a CI run on H2). {@code -Dnode.lockMillis} shortens it to watch
   * that happen.
   */
  public static final Duration LOCK_TIME = Duration.ofMillis(Long.getLong("node.lockMillis", 30_000));
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Path LOGS = Path.of("target", "platform-nodes");

  private final int number;
  private final Process process;
  private final int port;
  private final Path log;
  private final TestRestTemplate rest;

  private PlatformNode(int number, Process process, int port, Path log) {
    this.number = number;
    this.process = process;
    this.port = port;
    this.log = log;
    this.rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)
        .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofMinutes(3)));
  }

  /** Starts node {@code number} with the given arguments (its database) and waits until it answers its health. */
  public static PlatformNode start(int number, List<String> arguments) {
    return start(number, arguments, Map.of());
  }

  /**
   * Starts node {@code number} with the given arguments and environment variables added to the test's (a production
   * start as the README writes it: {@code SPRING_PROFILES_ACTIVE}, {@code DB_URL}, {@code ADMIN_USER}, …).
   */
  public static PlatformNode start(int number, List<String> arguments, Map<String, String> environment) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Duser.timezone=Asia/Shanghai", "-jar", jar().toString()));
    int port = freePort();
    command.add("--server.port=" + port);
    command.add("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis());
    // A finished batch is noticed by its monitor job, every 30 s by default; 5 s keeps the test short.
    command.add("--camunda.bpm.generic-properties.properties.batch-poll-time=5");
    command.addAll(arguments);
    // Named by the run, so that the MySQL run does not overwrite the H2 run's logs.
    Path log = LOGS.resolve("node-" + (TestDatabase.isMySql() ? "mysql" : "h2") + "-" + number + ".log");
    Process process;
    try {
      Files.createDirectories(LOGS);
      Files.writeString(log, String.join(" ", command) + System.lineSeparator());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    PlatformNode node = new PlatformNode(number, process, port, log);
    try {
      node.awaitUp();
    } catch (RuntimeException | Error e) {
      node.kill();
      throw e;
    }
    return node;
  }

  /** Client for this node's REST (add HTTP Basic with {@link Api}). */
  public TestRestTemplate rest() {
    return rest;
  }

  public int number() {
    return number;
  }

  public boolean alive() {
    return process.isAlive();
  }

  public Path log() {
    return log.toAbsolutePath();
  }

  /**
   * SIGTERM: the node shuts down as an operator stops it (Spring's shutdown; an embedded H2 closes its file with its
   * last commits in it), and waits until the process is gone; SIGKILL if it is not within 60 s.
   */
  public void stop() {
    process.destroy();
    if (!exited()) {
      kill();
    }
  }

  /** SIGKILL, and waits until the process is gone (its database connections and file locks with it). */
  public void kill() {
    process.destroyForcibly();
    if (!exited()) {
      throw new IllegalStateException("node " + number + " (pid " + process.pid() + ") still alive after SIGKILL");
    }
  }

  /** Whether the process is gone within 60 s. */
  private boolean exited() {
    try {
      return process.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitUp() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(10)).build();
    long until = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + number + " exited (" + process.exitValue() + ") while starting; "
            + "see " + log());
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.nanoTime() > until) {
        throw new IllegalStateException("node " + number + " not up after " + START_TIMEOUT + "; see " + log());
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The executable jar that {@code package} built (not the plain one), whatever the version. */
  private static Path jar() {
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"),
        "union-social-work-platform-*.jar")) {
      found.forEach(path -> {
        if (!path.getFileName().toString().endsWith("-plain.jar")) {
          jars.add(path);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (jars.size() != 1) {
      throw new IllegalStateException("expected one packaged jar in target/, found " + jars
          + ": run through 'mvn verify' (failsafe runs after package)");
    }
    return jars.get(0).toAbsolutePath();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
