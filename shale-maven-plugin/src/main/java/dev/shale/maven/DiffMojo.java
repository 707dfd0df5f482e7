package dev.shale.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale diff}: compares two of the declared schema, the newest snapshot and the database;
 * fails the build on a difference.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class DiffMojo extends SchemaMojo {
  /** db, snapshot or schema (default: db). */
  @Parameter(property = "shale.from")
  String from;

  /** db, snapshot or schema (default: snapshot). */
  @Parameter(property = "shale.to")
  String to;

  @Override
  String command() {
    return "diff";
  }

  /** The differences follow the first line, which says what differs from what. */
  @Override
  String summary(LogWriter out) {
    return out.firstLine();
  }

  @Override
  void options(List<String> cli) throws MojoExecutionException {
    super.options(cli);
    if (from != null) {
      cli.add("--from");
      cli.add(from);
    }
    if (to != null) {
      cli.add("--to");
      cli.add(to);
    }
  }
}
