package dev.shale.cli;

import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.init.ProjectInit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Start a Shale project here: shale.toml, a starter schema class in src/main/java/db, and"
            + " the migrations and snapshots folders (pgVersion read from DATABASE_URL when it"
            + " answers). Writes nothing over an existing project.")
final class InitCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = root.projectDir();
    Integer pgVersion = serverVersion(System.getenv("DATABASE_URL"), out, err);
    ProjectInit.Written written = ProjectInit.write(dir, pgVersion);
    written.folders().forEach(f -> out.println("created " + f + "/"));
    written.files().forEach(f -> out.println("wrote " + f));
    out.println(
        "Next: declare tables in "
            + ProjectInit.SCHEMA_FILE
            + " (an example is in it) and run shale generate; or run shale pull to start from"
            + " an existing database.");
    return ExitCodes.OK;
  }

  /** The major version of the server DATABASE_URL names, or null when unset or not answering. */
  private static Integer serverVersion(String url, PrintWriter out, PrintWriter err) {
    if (url == null || url.isBlank() || url.strip().equals("embedded")) {
      return null;
    }
    try (Database db = Database.open(DatabaseUrl.parse(url))) {
      int version = db.serverMajorVersion();
      out.println("DATABASE_URL (" + db.description() + ") runs PostgreSQL " + version);
      return version;
    } catch (RuntimeException e) {
      err.println(
          "warning: DATABASE_URL did not answer ("
              + e.getMessage()
              + "): pgVersion is left at its default; set it in shale.toml");
      return null;
    }
  }
}
