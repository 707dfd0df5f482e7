package dev.shale.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale pull}: reads the database into Java schema source, a first migration and its
 * snapshot.
 */
@Mojo(name = "pull", threadSafe = true)
public class PullMojo extends ShaleMojo {
  /**
   * Where the Java files go (default: the folder of the first schema glob, else src/main/java/db).
   */
  @Parameter(property = "shale.out")
  String out;

  /** The generated classes' package. */
  @Parameter(property = "shale.packageName")
  String packageName;

  /** Overwrite Java files that exist. */
  @Parameter(property = "shale.force", defaultValue = "false")
  boolean force;

  /** Record the first migration as applied in the database's history table. */
  @Parameter(property = "shale.baseline", defaultValue = "false")
  boolean baseline;

  @Override
  String command() {
    return "pull";
  }

  @Override
  void options(List<String> cli) {
    if (out != null) {
      cli.add("--out");
      cli.add(out);
    }
    if (packageName != null) {
      cli.add("--package");
      cli.add(packageName);
    }
    if (force) {
      cli.add("--force");
    }
    if (baseline) {
      cli.add("--baseline");
    }
  }
}
