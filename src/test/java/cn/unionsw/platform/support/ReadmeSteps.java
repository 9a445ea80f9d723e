package cn.unionsw.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's shell steps as they are written: the fenced block after a {@code <!-- readme-check: NAME -->} line,
 * run through bash with the variables the README has the reader choose. {@code sudo mysql} is the test server's root
 * ({@code it.mysql.*}) over TCP, as {@code sudo mysql} is the server's root on a fresh Debian or Ubuntu machine.
 * {@code docker/check-readme-mysql.sh} runs the same blocks in a shell.
 */
public final class ReadmeSteps {

  private static final Path README = Path.of("README.md");

  private ReadmeSteps() {
  }

  /** The code of the block after {@code <!-- readme-check: name -->}. */
  public static String block(String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int marker = lines.indexOf("<!-- readme-check: " + name + " -->");
    if (marker < 0 || marker + 1 >= lines.size() || !lines.get(marker + 1).startsWith("```")) {
      throw new IllegalStateException("README.md has no code block after <!-- readme-check: " + name + " -->");
    }
    int end = marker + 2;
    while (end < lines.size() && !lines.get(end).startsWith("```")) {
      end++;
    }
    return String.join("\n", lines.subList(marker + 2, end)) + "\n";
  }

  /** Runs a shell script with the environment given, {@code sudo mysql} being the test server's root. */
  public static void run(String script, Map<String, String> environment) {
    URI server = URI.create(System.getProperty("it.mysql.url").substring("jdbc:".length()));
    String shim = """
        sudo() {
          if [ "$1" = mysql ]; then
            shift
            command mysql --protocol=TCP --host="$IT_HOST" --port="$IT_PORT" --user="$IT_USER" \\
              ${IT_PASSWORD:+--password="$IT_PASSWORD"} "$@"
          else
            "$@"
          fi
        }
        """;
    ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", shim + script).redirectErrorStream(true);
    bash.environment().putAll(environment);
    bash.environment().put("IT_HOST", server.getHost());
    bash.environment().put("IT_PORT", String.valueOf(server.getPort() < 0 ? 3306 : server.getPort()));
    bash.environment().put("IT_USER", System.getProperty("it.mysql.user", "root"));
    bash.environment().put("IT_PASSWORD", System.getProperty("it.mysql.password", ""));
    try {
      Process process = bash.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("the README's step failed:\n" + script + "\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
