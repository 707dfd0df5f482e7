package dev.shale.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small connection pooler that speaks the PostgreSQL wire protocol as PgBouncer does with {@code
 * pool_mode = transaction}: each client gets two server sessions, and every transaction (every
 * exchange that ends with the server ready and idle) goes to the next one in turn. With {@code
 * switching} off it keeps one session per client, as session mode does. Trust authentication only
 * (what the embedded test server uses); no TLS.
 */
public final class TransactionPoolerProxy implements AutoCloseable {
  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;
  private static final int CANCEL_REQUEST = 80877102;

  private final ServerSocket listener;
  private final String serverHost;
  private final int serverPort;
  private final boolean switching;
  private final List<Socket> open = new ArrayList<>();

  private TransactionPoolerProxy(String serverHost, int serverPort, boolean switching)
      throws IOException {
    this.listener = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    this.serverHost = serverHost;
    this.serverPort = serverPort;
    this.switching = switching;
    Thread acceptor = new Thread(this::accept, "pooler-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * A pooler in front of {@code host:port}, in transaction mode or (not switching) session mode.
   */
  public static TransactionPoolerProxy start(String host, int port, boolean switching)
      throws IOException {
    return new TransactionPoolerProxy(host, port, switching);
  }

  public int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        remember(client);
        Thread session = new Thread(() -> serve(client), "pooler-client");
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private synchronized void remember(Socket socket) {
    open.add(socket);
  }

  private void serve(Socket client) {
    try (client) {
      DataInputStream in = new DataInputStream(client.getInputStream());
      OutputStream toClient = client.getOutputStream();
      byte[] startup = startupMessage(in, toClient);
      if (startup == null) {
        return;
      }
      Backend[] backends = new Backend[switching ? 2 : 1];
      for (int i = 0; i < backends.length; i++) {
        backends[i] = new Backend(new Socket(serverHost, serverPort), toClient);
        remember(backends[i].socket);
        backends[i].start(startup, i == 0);
      }
      AtomicInteger turn = new AtomicInteger();
      Backend current = null;
      while (true) {
        int type = in.read();
        if (type < 0 || type == 'X') {
          return;
        }
        int length = in.readInt();
        byte[] body = in.readNBytes(length - 4);
        if (current == null) {
          current = backends[turn.getAndIncrement() % backends.length];
        }
        current.send(type, length, body);
        if (type == 'S' || type == 'Q') {
          char status = current.awaitReady();
          if (status == 'I') {
            current = null; // idle: the next transaction may go to another session
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client or the server went away: the session ends
    }
  }

  /** Answers SSL and GSS requests with "no" and returns the startup message, or null. */
  private static byte[] startupMessage(DataInputStream in, OutputStream toClient)
      throws IOException {
    while (true) {
      int length = in.readInt();
      byte[] body = in.readNBytes(length - 4);
      int code = ByteBuffer.wrap(body).getInt();
      if (code == SSL_REQUEST || code == GSS_REQUEST) {
        toClient.write('N');
        toClient.flush();
      } else if (code == CANCEL_REQUEST) {
        return null;
      } else {
        return ByteBuffer.allocate(length).putInt(length).put(body).array();
      }
    }
  }

  /** One server session: forwards what it sends to the client, and says when it is ready. */
  private static final class Backend {
    private final Socket socket;
    private final OutputStream toClient;
    private final SynchronousQueue<Character> ready = new SynchronousQueue<>();
    private DataOutputStream out;

    Backend(Socket socket, OutputStream toClient) {
      this.socket = socket;
      this.toClient = toClient;
    }

    /** Logs in with {@code startup}; only the first session's greeting reaches the client. */
    void start(byte[] startup, boolean greet) throws IOException {
      out = new DataOutputStream(socket.getOutputStream());
      out.write(startup);
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      while (true) {
        int type = in.readUnsignedByte();
        int length = in.readInt();
        byte[] body = in.readNBytes(length - 4);
        if (type == 'R' && ByteBuffer.wrap(body).getInt() != 0) {
          throw new IOException("the pooler only knows trust authentication");
        }
        if (greet) {
          forward(type, length, body);
        }
        if (type == 'Z') {
          break;
        }
        if (type == 'E') {
          throw new IOException("the server refused the session");
        }
      }
      Thread reader = new Thread(() -> relay(in), "pooler-server");
      reader.setDaemon(true);
      reader.start();
    }

    void send(int type, int length, byte[] body) throws IOException {
      out.write(type);
      out.writeInt(length);
      out.write(body);
      out.flush();
    }

    char awaitReady() throws InterruptedException {
      return ready.take();
    }

    private void relay(DataInputStream in) {
      try {
        while (true) {
          int type = in.readUnsignedByte();
          int length = in.readInt();
          byte[] body = in.readNBytes(length - 4);
          forward(type, length, body);
          if (type == 'Z') {
            ready.put((char) body[0]);
          }
        }
      } catch (IOException | InterruptedException e) {
        // the session ended
      }
    }

    private void forward(int type, int length, byte[] body) throws IOException {
      synchronized (toClient) {
        toClient.write(type);
        toClient.write(ByteBuffer.allocate(4).putInt(length).array());
        toClient.write(body);
        toClient.flush();
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    listener.close();
    for (Socket socket : open) {
      socket.close();
    }
  }
}
