package kz.ecase.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on a local port to a server (e.g. the machine's RabbitMQ), opened and closed by a
 * test: closed, the port refuses connections as a server that is down would, and every connection
 * through it is cut; open, it forwards bytes both ways. Lets a test take a shared server "down" for
 * the application under test only.
 */
public final class TcpGate implements AutoCloseable {

  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  /** A closed gate on a free local port to {@code targetHost:targetPort}. */
  public TcpGate(String targetHost, int targetPort) throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      this.port = probe.getLocalPort();
    }
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  public int port() {
    return port;
  }

  /** Starts forwarding (the port accepts connections). */
  public synchronized void open() throws IOException {
    if (server != null) {
      return;
    }
    ServerSocket listening = new ServerSocket();
    listening.setReuseAddress(true);
    listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = listening;
    Thread acceptor = new Thread(() -> accept(listening), "tcp-gate-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Stops forwarding: refuses new connections and cuts the open ones. */
  public synchronized void shut() {
    if (server != null) {
      quietly(server);
      server = null;
    }
    for (Socket socket : sockets) {
      quietly(socket);
    }
    sockets.clear();
  }

  @Override
  public void close() {
    shut();
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(upstream);
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (IOException e) {
        // closed, or the target refused: the client's connection ends
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // cut
              } finally {
                quietly(from);
                quietly(to);
              }
            },
            "tcp-gate-pipe");
    thread.setDaemon(true);
    thread.start();
  }

  private static void quietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
