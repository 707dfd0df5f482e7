package dev.shale.junit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A PostgreSQL server that tests get databases on; one per JVM, started on first use. */
sealed interface PostgresServer permits EmbeddedServer, ContainerServer {
  /** The JDBC URL of one of its databases, with the user and password as parameters. */
  String jdbcUrl(String database);

  default DataSource dataSource(String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(jdbcUrl(database));
    return source;
  }

  /** Runs a statement in the {@code postgres} database (CREATE and DROP DATABASE). */
  default void admin(String sql) {
    try (Connection c = dataSource("postgres").getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
