package dev.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ProjectFiles;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code onDocker}: a PostgreSQL 16 container through Testcontainers. Where no Docker engine
 * answers, JUnit reports these tests as skipped, with the extension's message that says so.
 */
class DockerDatabaseTest {
  @RegisterExtension
  static final ShaleDatabase DB =
      ShaleDatabase.migrated(ProjectFiles.root("migrations-example")).onDocker("postgres:16");

  @Test
  void theContainerIsMigrated(DataSource dataSource) throws SQLException {
    assertThat(ShaleDatabaseTest.count(dataSource, "SELECT count(*) FROM shale.migrations"))
        .isEqualTo(3);
    assertThat(
            ShaleDatabaseTest.count(
                dataSource, "SELECT current_setting('server_version_num')::int / 10000"))
        .isEqualTo(16);
  }
}
