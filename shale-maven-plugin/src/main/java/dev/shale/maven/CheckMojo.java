package dev.shale.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale check}: lints the migrations for zero-downtime safety and guards the folder (chain
 * forks, migrations and snapshots out of step, a schema changed without generate). Bound to {@code
 * verify} by default, so that {@code mvn verify} fails on an unsafe migration.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class CheckMojo extends SchemaMojo {
  /** Files, folders or globs to check (default: the project's migrations and its guard). */
  @Parameter(property = "shale.paths")
  List<String> paths;

  /** error, warning or never (default: error, or [lint] failOn). */
  @Parameter(property = "shale.failOn")
  String failOn;

  /** text, json, github, sarif or gitlab (default: text). */
  @Parameter(property = "shale.format")
  String format;

  /** Write the report to this file (for sarif or gitlab in CI). */
  @Parameter(property = "shale.output")
  File output;

  /** Only files new or changed since this git revision. */
  @Parameter(property = "shale.since")
  String since;

  /** Do not compare the Java schema with the newest snapshot. */
  @Parameter(property = "shale.noSchema", defaultValue = "false")
  boolean noSchema;

  @Override
  String command() {
    return "check";
  }

  @Override
  void options(List<String> cli) throws MojoExecutionException {
    if (noSchema) {
      cli.add("--no-schema");
    } else {
      super.options(cli);
    }
    add(cli, "--fail-on", failOn);
    add(cli, "--format", format);
    add(cli, "--output", output == null ? null : output.getAbsolutePath());
    add(cli, "--since", since);
    if (paths != null) {
      cli.addAll(paths);
    }
  }

  private static void add(List<String> cli, String option, String value) {
    if (value != null) {
      cli.add(option);
      cli.add(value);
    }
  }
}
