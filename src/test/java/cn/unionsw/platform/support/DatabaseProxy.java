package cn.unionsw.platform.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between platform nodes and the database server, which a test can take down as a database restart
 * looks from the nodes: every open connection cut at once (reset), and new ones refused until it is back up. The
 * server itself, shared with the rest of the run, is never touched.
 */
public final class DatabaseProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean down;
  private volatile boolean closed;

  private DatabaseProxy(String target) throws IOException {
    this.targetHost = target.substring(0, target.lastIndexOf(':'));
    this.targetPort = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
    this.listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(new InetSocketAddress("127.0.0.1", 0));
    Thread accepting = new Thread(this::accept, "database-proxy");
    accepting.setDaemon(true);
    accepting.start();
  }

  /** Relays to {@code host:port}. */
  public static DatabaseProxy to(String hostAndPort) {
    try {
      return new DatabaseProxy(hostAndPort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String address() {
    return "127.0.0.1:" + listener.getLocalPort();
  }

  /** Cuts every connection and refuses new ones, as a database going down. */
  public void down() {
    down = true;
    open.forEach(DatabaseProxy::reset);
    open.clear();
  }

  /** Takes connections again, as the database back up. */
  public void up() {
    down = false;
  }

  @Override
  public void close() {
    closed = true;
    down();
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return;
      }
      if (down) {
        reset(client);
        continue;
      }
      try {
        Socket server = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        reset(client);
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException ended) {
        // one side closed or was cut
      } finally {
        reset(from);
        reset(to);
        open.remove(from);
        open.remove(to);
      }
    }, "database-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  /** Closed with a reset (RST), not a polite FIN: what a dying server's connections look like to the client. */
  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException ignored) {
      // already gone
    }
  }
}
