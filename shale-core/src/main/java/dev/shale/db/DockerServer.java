package dev.shale.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A throwaway PostgreSQL container ({@code --url docker://postgres/16}) started through
 * Testcontainers, durability off, removed on {@link #close()}.
 */
public final class DockerServer implements ThrowawayServer {
  private static final int PORT = 5432;
  private static final String PASSWORD = "shale";

  private final GenericContainer<?> container;
  private final String image;

  private DockerServer(GenericContainer<?> container, String image) {
    this.container = container;
    this.image = image;
  }

  /**
   * Starts a container of {@code image} ({@code postgres:16}).
   *
   * @throws DatabaseException when Testcontainers is missing, no Docker engine answers, or the
   *     container does not start
   */
  public static DockerServer start(String image) {
    unavailable(image)
        .ifPresent(
            reason -> {
              throw new DatabaseException(
                  reason + ": use --url embedded for a throwaway PostgreSQL without Docker");
            });
    return Containers.start(image);
  }

  /** Why a container of {@code image} cannot be started here, if it cannot. */
  public static Optional<String> unavailable(String image) {
    if (!testcontainersPresent()) {
      return Optional.of(
          image + " needs Testcontainers (org.testcontainers:testcontainers) on the class path");
    }
    return Containers.engine()
        ? Optional.empty()
        : Optional.of(
            "no Docker engine answers here (DOCKER_HOST, or the socket /var/run/docker.sock), so "
                + image
                + " cannot be started");
  }

  /** Whether Testcontainers is on the class path. */
  public static boolean testcontainersPresent() {
    return ThrowawayServer.onClassPath("org.testcontainers.DockerClientFactory");
  }

  /** Kept apart so that nothing of Testcontainers loads before the check above. */
  private static final class Containers {
    static boolean engine() {
      return DockerClientFactory.instance().isDockerAvailable();
    }

    static DockerServer start(String image) {
      GenericContainer<?> container =
          new GenericContainer<>(DockerImageName.parse(image))
              .withEnv("POSTGRES_PASSWORD", PASSWORD)
              .withCommand(
                  "postgres",
                  "-c",
                  "fsync=off",
                  "-c",
                  "synchronous_commit=off",
                  "-c",
                  "full_page_writes=off")
              .withExposedPorts(PORT)
              .waitingFor(
                  Wait.forLogMessage(".*database system is ready to accept connections.*\\s", 2)
                      .withStartupTimeout(Duration.ofMinutes(2)));
      try {
        container.start();
      } catch (RuntimeException e) {
        throw new DatabaseException(
            "cannot start the container " + image + ": " + e.getMessage(), e);
      }
      return new DockerServer(container, image);
    }
  }

  @Override
  public Connection connect() throws SQLException {
    return connect("postgres");
  }

  @Override
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database));
  }

  /** The JDBC URL of one of its databases, with user and password. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://"
        + container.getHost()
        + ":"
        + container.getMappedPort(PORT)
        + "/"
        + database
        + "?user=postgres&password="
        + PASSWORD;
  }

  @Override
  public String description() {
    return "a throwaway " + image + " container on port " + container.getMappedPort(PORT);
  }

  @Override
  public void close() {
    container.stop();
  }
}
