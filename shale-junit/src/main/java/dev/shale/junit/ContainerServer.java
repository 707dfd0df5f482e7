package dev.shale.junit;

import dev.shale.db.DockerServer;
import java.util.HashMap;
import java.util.Map;

/** A PostgreSQL container started through Testcontainers, one per image per JVM. */
final class ContainerServer implements PostgresServer {
  private static final Map<String, ContainerServer> SHARED = new HashMap<>();

  private final DockerServer container;

  private ContainerServer(DockerServer container) {
    this.container = container;
  }

  static synchronized ContainerServer shared(String image) {
    return SHARED.computeIfAbsent(
        image,
        name -> {
          DockerServer container = DockerServer.start(name);
          Runtime.getRuntime().addShutdownHook(new Thread(container::close));
          return new ContainerServer(container);
        });
  }

  @Override
  public String jdbcUrl(String database) {
    return container.jdbcUrl(database);
  }
}
