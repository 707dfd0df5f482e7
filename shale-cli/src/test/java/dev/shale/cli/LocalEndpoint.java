package dev.shale.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP port on this machine that does {@link Behaviour} with every connection, and counts them.
 */
final class LocalEndpoint implements AutoCloseable {
  /** What the endpoint does with a connection before closing it. */
  interface Behaviour {
    void handle(Socket socket) throws IOException;
  }

  private final ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();

  private LocalEndpoint(ServerSocket server) {
    this.server = server;
  }

  /** Listens on a free port; each connection is handled, then closed. */
  static LocalEndpoint start(Behaviour behaviour) throws IOException {
    LocalEndpoint endpoint = new LocalEndpoint(new ServerSocket(0));
    Thread accepting =
        new Thread(
            () -> {
              while (!endpoint.server.isClosed()) {
                try (Socket socket = endpoint.server.accept()) {
                  endpoint.connections.incrementAndGet();
                  behaviour.handle(socket);
                } catch (IOException e) {
                  // closed, or the client went away
                }
              }
            },
            "local-endpoint");
    accepting.setDaemon(true);
    accepting.start();
    return endpoint;
  }

  int port() {
    return server.getLocalPort();
  }

  /** How many connections it has been offered so far. */
  int connections() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
