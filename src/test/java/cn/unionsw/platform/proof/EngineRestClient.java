package cn.unionsw.platform.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The one client the benchmarks beside stock drive both servers with: java.net.http over HTTP/1.1 keep-alive, HTTP
 * Basic on every request (stock without authentication ignores it), JSON in and out. A call that does not answer
 * 2xx fails the run: the figures count only work that was done.
 */
final class EngineRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String authorization;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  EngineRestClient(URI base, String user, String password) {
    this.base = base;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  JsonNode get(String path) {
    return send(request(path).GET().build());
  }

  JsonNode post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A POST answered in HAL, as Tasklist asks for a filter's tasks (with their variables and links embedded). */
  JsonNode postHal(String path, String json) {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization).header("Accept", "application/hal+json")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** {@code POST /engine-rest/deployment/create} with the given files, deployed as one deployment. */
  JsonNode deploy(String name, List<Path> files) {
    String boundary = "proof-" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    try {
      var body = new java.io.ByteArrayOutputStream();
      head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n")
          .append(name).append("\r\n");
      head.append("--").append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n");
      body.write(head.toString().getBytes(StandardCharsets.UTF_8));
      for (Path file : files) {
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getFileName()
            + "\"; filename=\"" + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.write(part.getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return send(request("/engine-rest/deployment/create")
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization).header("Accept", "application/json");
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
            + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
