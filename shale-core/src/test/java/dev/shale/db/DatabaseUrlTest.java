package dev.shale.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Database URLs in the forms users paste, and what reaches the driver. */
class DatabaseUrlTest {

  @Test
  void libpqFormAsHostedProvidersGiveIt() {
    DatabaseUrl url =
        DatabaseUrl.parse(
            "postgres://app_user:s3cr%40t@db.example.com:6543/app_db?sslmode=require&application_name=shale");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/app_db");
    assertThat(url.properties())
        .containsEntry("user", "app_user")
        .containsEntry("password", "s3cr@t")
        .containsEntry("sslmode", "require")
        .containsEntry("ApplicationName", "shale");
    assertThat(url.toString())
        .doesNotContain("s3cr")
        .contains("password=****")
        .contains("sslmode=require");
  }

  @Test
  void dockerUrlsNameAnImageAndATag() {
    DatabaseUrl postgres = DatabaseUrl.parse("docker://postgres/16");
    assertThat(postgres.embedded()).isTrue();
    assertThat(postgres.dockerImage()).isEqualTo("postgres:16");
    assertThat(postgres.toString()).isEqualTo("docker://postgres/16");
    assertThat(postgres.describe()).isEqualTo("a postgres:16 container");
    assertThat(DatabaseUrl.parse("docker://postgis/postgis/16-3.4").dockerImage())
        .isEqualTo("postgis/postgis:16-3.4");
    assertThat(DatabaseUrl.parse("embedded").dockerImage()).isNull();
    assertThat(DatabaseUrl.parse("docker://localhost:5000/team/pg/16").dockerImage())
        .isEqualTo("localhost:5000/team/pg:16");
    assertThatThrownBy(() -> DatabaseUrl.parse("docker://postgres:16"))
        .hasMessageContaining("did you mean docker://postgres/16?");
    for (String bad :
        new String[] {
          "docker://postgres",
          "docker://postgres:16",
          "docker://",
          "docker://Postgres/16",
          "docker://postgres/bad tag",
          "docker://postgres/16#x",
          "docker://../16"
        }) {
      assertThatThrownBy(() -> DatabaseUrl.parse(bad))
          .hasMessageContaining("docker://IMAGE/TAG")
          .hasMessageContaining("embedded");
    }
    assertThatThrownBy(() -> postgres.requireLasting("status", "show it empty"))
        .hasMessageContaining("docker://postgres/16");
  }

  @Test
  void defaultsAndSpecialHosts() {
    assertThat(DatabaseUrl.parse("postgresql://localhost/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:5432/db");
    assertThat(DatabaseUrl.parse("postgres:///db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:5432/db");
    assertThat(DatabaseUrl.parse("postgres://u@[::1]:5433/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://[::1]:5433/db");
    assertThat(DatabaseUrl.parse("postgres://u@h1:5432,h2:5433/db?target_session_attrs=read-write"))
        .satisfies(
            url -> {
              assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db");
              assertThat(url.properties()).containsEntry("targetServerType", "primary");
            });
    assertThat(DatabaseUrl.parse("  EMBEDDED ").embedded()).isTrue();
  }

  @Test
  void jdbcFormKeepsItsParametersAndHidesThePassword() {
    DatabaseUrl url =
        DatabaseUrl.parse("jdbc:postgresql://h:5432/db?user=u&password=p%26q&ssl=true");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true");
    assertThat(url.properties()).isEqualTo(Map.of("user", "u", "password", "p&q"));
    assertThat(url.toString())
        .isEqualTo("jdbc:postgresql://h:5432/db?ssl=true&password=****&user=u");
  }

  @Test
  void badAddressesSayWhatIsWrongWithoutThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@h/db"))
        .hasMessageContaining("not a PostgreSQL URL")
        .hasMessageContaining("u:****@")
        .hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:topsecret@h:99999/db"))
        .hasMessageContaining("bad port in")
        .hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u@h/db?sslmod=require"))
        .hasMessageContaining("unsupported parameter 'sslmod'");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u@%2Fvar%2Frun%2Fpostgresql/db"))
        .hasMessageContaining("Unix-socket");
    assertThatThrownBy(() -> DatabaseUrl.parse(" ")).hasMessageContaining("DATABASE_URL");
    assertThat(DatabaseUrl.masked("jdbc:postgresql://h/db?user=u&password=x"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=****");
  }

  @Test
  void aLibpqUrlConnectsToARealServer() throws Exception {
    try (var db = TestPostgres.freshDatabase()) {
      DatabaseUrl url =
          DatabaseUrl.parse(
              "postgresql://"
                  + TestPostgres.USER
                  + ":"
                  + TestPostgres.PASSWORD
                  + "@localhost:"
                  + db.port()
                  + "/"
                  + db.name()
                  + "?application_name=shale-test");
      Properties properties = new Properties();
      properties.putAll(url.properties());
      try (Connection c = DriverManager.getConnection(url.jdbcUrl(), properties);
          ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT current_database(), current_setting('application_name')")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(db.name());
        assertThat(rs.getString(2)).isEqualTo("shale-test");
      }
    }
  }

  @Test
  void aPasswordWithUnescapedSlashOrAtStaysPrivate() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://app:ab/c@d@db.example.com:6543/app");
    assertThat(url.properties()).containsEntry("user", "app").containsEntry("password", "ab/c@d");
    assertThat(url.describe()).isEqualTo("db.example.com:6543/app as app");
    assertThat(DatabaseUrl.masked("postgres://app:ab/c@d@host/db"))
        .isEqualTo("postgres://app:****@host/db");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DatabaseUrl.parse("postgres://app:ab/cd@host:xx/db"))
        .hasMessageNotContaining("ab/cd")
        .hasMessageContaining("bad port");
  }

  @Test
  void userInfoInAJdbcUrlBecomesProperties() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://app:S3cret@db.example.com:5433/app");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/app");
    assertThat(url.properties()).containsEntry("password", "S3cret");
    assertThat(url.describe()).isEqualTo("db.example.com:5433/app as app");
    assertThat(url.toString()).doesNotContain("S3cret");
  }
}
