package dev.shale.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code shale generate}: the declared schema against the newest snapshot, as migrations. */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends SchemaMojo {
  /** The migration's name (default: derived from the changes). */
  @Parameter(property = "shale.name")
  String name;

  /** Print the migration instead of writing it. */
  @Parameter(property = "shale.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String command() {
    return "generate";
  }

  @Override
  void options(List<String> cli) throws org.apache.maven.plugin.MojoExecutionException {
    super.options(cli);
    if (name != null) {
      cli.add("--name");
      cli.add(name);
    }
    if (dryRun) {
      cli.add("--dry-run");
    }
  }
}
