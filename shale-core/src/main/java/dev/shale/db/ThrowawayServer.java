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
}
