package dev.shale.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Hands out new connections to one database; the caller closes each. */
@FunctionalInterface
public interface ConnectionSource {
  Connection open() throws SQLException;

  static ConnectionSource of(DataSource dataSource) {
    return dataSource::getConnection;
  }
}
