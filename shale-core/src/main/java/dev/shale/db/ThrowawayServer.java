package dev.shale.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A server Shale starts for one command and removes when it ends: embedded, or a container. */
sealed interface ThrowawayServer extends AutoCloseable permits EmbeddedServer, DockerServer {
  Connection connect() throws SQLException;

  /** A connection to another database of this server. */
  Connection connect(String database) throws SQLException;

  String description();

  @Override
  void close();

  /** Whether an optional dependency's class is on the class path that loaded Shale. */
  static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, ThrowawayServer.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
