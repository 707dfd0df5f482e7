package dev.shale.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code shale migrate}: applies the pending migrations to the database, each exactly once. */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends ShaleMojo {
  /** Print the plan and the SQL; touch nothing. */
  @Parameter(property = "shale.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String command() {
    return "migrate";
  }

  @Override
  void options(List<String> cli) {
    if (dryRun) {
      cli.add("--dry-run");
    }
  }
}
