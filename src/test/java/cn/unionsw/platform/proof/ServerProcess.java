package cn.unionsw.platform.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot jar (the platform or stock Camunda) as a child JVM on a free port, for the benchmarks beside stock:
 * both started with the same JVM options, timed from the process start to the first answer of engine REST, and
 * measured by the resident memory the kernel counts for them ({@code VmRSS}). Output goes to
 * {@code target/benchmarks/<name>.log}.
 */
final class ServerProcess implements AutoCloseable {

  static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx1g", "-Duser.timezone=Asia/Shanghai");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String name;
  private final Process process;
  private final int port;
  private final long startupMillis;

  private ServerProcess(String name, Process process, int port, long startupMillis) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.startupMillis = startupMillis;
  }

  static ServerProcess start(String name, Path jar, List<String> jvmOptions, List<String> arguments) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    Path log = Path.of("target", "benchmarks", name + ".log");
    long started = System.nanoTime();
    Process process;
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(log, String.join(" ", command) + System.lineSeparator());
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    awaitAnswer(name, process, port, log);
    return new ServerProcess(name, process, port, (System.nanoTime() - started) / 1_000_000);
  }

  String name() {
    return name;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** From the process start to the first HTTP answer of {@code /engine-rest/version} (any status). */
  long startupMillis() {
    return startupMillis;
  }

  /** Resident memory now, in MiB, as {@code /proc/<pid>/status} counts it (Linux). */
  long residentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /** CPU seconds the process has used so far (user + system), from {@code /proc/<pid>/stat}. */
  double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitAnswer(String name, Process process, int port, Path log) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest version = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/version"))
        .timeout(Duration.ofSeconds(10)).build();
    long until = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited (" + process.exitValue() + ") while starting; see " + log);
      }
      try {
        client.send(version, HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.nanoTime() > until) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " not up after " + START_TIMEOUT + "; see " + log);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
