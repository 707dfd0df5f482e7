package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.config.DurationText;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.MigrateOptions;
import dev.shale.db.MigrateResult;
import dev.shale.db.Migrator;
import dev.shale.loader.SchemaSources;
import dev.shale.model.VersionRequirements;
import dev.shale.studio.BrowserLauncher;
import dev.shale.studio.DeclaredSchema;
import dev.shale.studio.StudioProject;
import dev.shale.studio.StudioServer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "studio",
    mixinStandardHelpOptions = true,
    description = {
      "Show the schema as a diagram, the migrations with their risks and states, the check's"
          + " findings and, with --url, the database's rows, on a page in your browser.",
      "Serves 127.0.0.1 only, behind a random token in the address it prints; Ctrl-C stops it."
    })
final class StudioCommand implements Callable<Integer> {
  private static final long CLOSE_WAIT_MILLIS = 20_000;

  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin SchemaOptions schemaOptions;
  @Mixin ShadowOption shadow;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The database whose migration states, drift and rows to show (default: url in"
              + " shale.toml, then DATABASE_URL; none without). 'embedded' starts a throwaway"
              + " server with the project's migrations applied.")
  String url;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port on 127.0.0.1 (default: a free one).")
  int port;

  @Option(names = "--write", description = "Let the page insert, change and delete rows.")
  boolean write;

  @Option(names = "--no-open", description = "Do not open a browser; only print the address.")
  boolean noOpen;

  @Option(
      names = "--statement-timeout",
      paramLabel = "DURATION",
      description = "How long any query of the page may run (default: 5s).")
  String statementTimeout;

  @Override
  public Integer call() throws InterruptedException {
    Config config = root.config();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "--port " + port + ": give a port from 1 to 65535 (or 0, the default, for a free one)");
    }
    StudioServer.requireFree(port);
    Duration timeout =
        statementTimeout == null
            ? StudioProject.DEFAULT_STATEMENT_TIMEOUT
            : DurationText.parse(statementTimeout);
    String databaseUrl = config.urlOr(url);
    Database db = databaseUrl == null ? null : Database.open(DatabaseUrl.parse(databaseUrl));
    if (db != null && db.embedded()) {
      MigrateResult applied =
          new Migrator(db, new DatabaseOptions().history(config), e -> {})
              .migrate(ProjectMigrations.read(config), MigrateOptions.defaults());
      out.println(
          "Started a throwaway PostgreSQL and applied the project's "
              + applied.applied().size()
              + " migration(s) to it.");
    }
    DeclaredSchema schema =
        schemaOptions.classpath != null || schemaOptions.schemaClasses != null
            ? DeclaredSchema.of(() -> schemaOptions.load(config, w -> {}))
            : DeclaredSchema.fromSources(
                config.projectDir(),
                () ->
                    SchemaSources.resolve(
                        config.projectDir(), config.configFile(), config.schema()),
                model -> {
                  VersionRequirements.check(model, SchemaOptions.pgVersion(config));
                  return model;
                });
    StudioServer server =
        StudioServer.start(
            new StudioProject(config, schema, db, write, timeout, shadow.url()), port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // bounded: a database that does not close must not keep Ctrl-C from ending it
                  Thread closing = new Thread(server::close, "shale-studio-close");
                  closing.setDaemon(true);
                  closing.start();
                  try {
                    closing.join(CLOSE_WAIT_MILLIS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  err.println(
                      closing.isAlive()
                          ? "Shale studio stopped (the database did not close within 20 s)."
                          : "Shale studio stopped.");
                  err.flush();
                  stopped.countDown();
                }));
    out.println("Shale studio: " + server.address());
    out.println(
        (db == null
                ? "No database (give --url to see states and rows)"
                : "Database: " + db.description())
            + (write ? "; writes allowed" : "")
            + ". Ctrl-C stops it.");
    out.flush();
    if (!noOpen && BrowserLauncher.open(server.launchAddress())) {
      out.println("Opened it in your browser.");
      out.flush();
    }
    stopped.await();
    return ExitCodes.OK;
  }
}
