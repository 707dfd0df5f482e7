package dev.shale.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare PostgreSQL wire-protocol session that sends SQL text as one simple Query message and
 * returns the server's command tags ({@code CREATE TABLE}, {@code INSERT 0 1}, {@code CALL}, …),
 * one per statement the server parsed and ran.
 *
 * <p>This is the server's own count of statements in a text. JDBC cannot give it: pgjdbc splits
 * text by its own rules in the extended protocol, and reports a {@code CALL} as "no more results".
 * Authentication must be {@code trust}, as on {@link TestPostgres}.
 */
public final class SimpleQuerySession implements AutoCloseable {
  private static final int PROTOCOL_3_0 = 196608;

  private final Socket socket;
  private final DataInputStream in;
  private final DataOutputStream out;

  /** Connects to the database as its user. */
  public SimpleQuerySession(TestPostgres.FreshDatabase db) {
    try {
      socket = new Socket("localhost", db.port());
      socket.setSoTimeout(60_000);
      in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      startup(db.user(), db.name());
      readUntilReady(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends {@code sql} as one Query message and returns the command tags, in order.
   *
   * @throws IllegalStateException with the server's message if a statement fails
   */
  public List<String> run(String sql) {
    try {
      byte[] text = cstring(sql);
      out.writeByte('Q');
      out.writeInt(4 + text.length);
      out.write(text);
      out.flush();
      List<String> tags = new ArrayList<>();
      readUntilReady(tags);
      return tags;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try (socket) {
      out.writeByte('X');
      out.writeInt(4);
      out.flush();
    } catch (IOException e) {
      // closing anyway
    }
  }

  private void startup(String user, String database) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream b = new DataOutputStream(body);
    b.writeInt(PROTOCOL_3_0);
    for (String s : new String[] {"user", user, "database", database, "client_encoding", "UTF8"}) {
      b.write(cstring(s));
    }
    b.writeByte(0);
    out.writeInt(4 + body.size());
    out.write(body.toByteArray());
    out.flush();
  }

  /**
   * Reads messages up to ReadyForQuery, collecting CommandComplete tags when {@code tags} is set.
   */
  private void readUntilReady(List<String> tags) throws IOException {
    String error = null;
    while (true) {
      char type = (char) in.readUnsignedByte();
      byte[] payload = new byte[in.readInt() - 4];
      in.readFully(payload);
      switch (type) {
        case 'R' -> {
          int request = ByteBuffer.wrap(payload).getInt();
          if (request != 0) {
            throw new IllegalStateException(
                "server asks for authentication (request " + request + ")");
          }
        }
        case 'E' -> error = errorText(payload);
        case 'C' -> {
          if (tags != null) {
            tags.add(new String(payload, 0, payload.length - 1, StandardCharsets.UTF_8));
          }
        }
        case 'Z' -> {
          if (error != null) {
            throw new IllegalStateException(error);
          }
          return;
        }
        default -> {
          // row descriptions, data rows, notices, parameter statuses: not needed
        }
      }
    }
  }

  /** The message ('M') and position ('P') fields of an ErrorResponse. */
  private static String errorText(byte[] payload) {
    StringBuilder text = new StringBuilder("server error:");
    int i = 0;
    while (i < payload.length && payload[i] != 0) {
      char field = (char) payload[i++];
      int end = i;
      while (payload[end] != 0) {
        end++;
      }
      String value = new String(payload, i, end - i, StandardCharsets.UTF_8);
      if (field == 'M' || field == 'P') {
        text.append(' ').append(field == 'P' ? "at character " : "").append(value);
      }
      i = end + 1;
    }
    return text.toString();
  }

  private static byte[] cstring(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    byte[] withNul = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, withNul, 0, bytes.length);
    return withNul;
  }
}
