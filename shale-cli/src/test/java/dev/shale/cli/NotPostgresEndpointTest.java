package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A URL whose port is open but is not PostgreSQL's: the message says so, with host and port, rather
 * than the driver's "error while setting up the SSL connection".
 */
class NotPostgresEndpointTest {
  @TempDir Path project;
  private LocalEndpoint endpoint;

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(project.resolve("migrations"));
    Files.writeString(project.resolve("shale.toml"), "migrations = \"migrations\"\n");
  }

  @AfterEach
  void tearDown() throws Exception {
    endpoint.close();
  }

  private int serve(LocalEndpoint.Behaviour behaviour) throws IOException {
    endpoint = LocalEndpoint.start(behaviour);
    return endpoint.port();
  }

  @Test
  void anEndpointThatAcceptsAndClosesIsNotAnsweringAsPostgres() throws Exception {
    int port = serve(socket -> {});

    CliRun run =
        CliRun.in(project, "migrate", "--url", "postgres://app@127.0.0.1:" + port + "/app");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "error: cannot connect to 127.0.0.1:"
                + port
                + "/app as app: the server at 127.0.0.1:"
                + port
                + " is not answering as PostgreSQL: it accepted the connection and closed it"
                + " without a word (is this PostgreSQL's port, or a proxy or pooler whose server is"
                + " down?)\n");
  }

  @Test
  void anEndpointThatSpeaksAnotherProtocolIsNotAnsweringAsPostgres() throws Exception {
    int port =
        serve(
            socket -> {
              socket.getInputStream().read(new byte[8]);
              socket
                  .getOutputStream()
                  .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            });

    for (String sslmode : new String[] {"prefer", "disable"}) {
      CliRun run =
          CliRun.in(
              project,
              "status",
              "--url",
              "postgres://localhost:" + port + "/app?sslmode=" + sslmode);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err())
          .as(sslmode)
          .isEqualTo(
              "error: cannot connect to localhost:"
                  + port
                  + "/app: the server at localhost:"
                  + port
                  + " is not answering as PostgreSQL: it answered PostgreSQL's handshake with"
                  + " something else (is this PostgreSQL's port, or another service's, such as"
                  + " HTTP?)\n");
    }
  }
}
