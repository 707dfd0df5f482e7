package dev.shale.junit;

/** Shale's embedded PostgreSQL (zonky's binaries), one per JVM, removed at JVM exit. */
final class EmbeddedServer implements PostgresServer {
  private static EmbeddedServer shared;

  private final dev.shale.db.EmbeddedServer server;

  private EmbeddedServer(dev.shale.db.EmbeddedServer server) {
    this.server = server;
  }

  static synchronized EmbeddedServer shared() {
    if (shared == null) {
      dev.shale.db.EmbeddedServer server = dev.shale.db.EmbeddedServer.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      shared = new EmbeddedServer(server);
    }
    return shared;
  }

  @Override
  public String jdbcUrl(String database) {
    return server.jdbcUrl(database);
  }
}
