package cn.unionsw.platform.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, for requests no well-behaved client sends: a request target with a broken
 * %-encoding, any method, a body of any bytes with any content type or none. HTTP/1.0 keeps the answer simple to
 * read (no chunks: the body ends where the connection does).
 */
public final class RawHttp {

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** A response: its status, headers (names in lower case) and body as UTF-8 text. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  /**
   * @param target      the request target as sent, e.g. {@code /api/workdays/%ZZ} (encode what must be encoded)
   * @param user        a demo user (password {@code demo}), or null for none
   * @param contentType the Content-Type header, or null for none
   * @param body        the body, or null for none
   */
  public Answer send(String method, String target, String user, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (user != null) {
      headers.put("Authorization", basic(user, Api.DEMO_PASSWORD));
    }
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return send(method, target, headers, body);
  }

  /** Any headers, as given; Host and (with a body) Content-Length are added. */
  public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.0\r\n")
        .append("Host: localhost:").append(port).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target, e);
    }
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static Answer parse(String response) {
    int end = response.indexOf("\r\n\r\n");
    String[] lines = (end < 0 ? response : response.substring(0, end)).split("\r\n");
    String[] statusLine = lines[0].split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
    return new Answer(status, headers, end < 0 ? "" : response.substring(end + 4));
  }
}
