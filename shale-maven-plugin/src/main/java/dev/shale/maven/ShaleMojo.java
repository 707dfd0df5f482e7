package dev.shale.maven;

import dev.shale.cli.Main;
import dev.shale.db.DatabaseUrl;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A Shale command run inside the build: the same command, options, messages and exit codes as the
 * {@code shale} command line, with the project's folder, its {@code shale.toml}, the plugin's
 * configuration (which wins over the file) and, for the commands that read the declared schema, the
 * project's compiled classes.
 */
abstract class ShaleMojo extends AbstractMojo {
  /** A finding of check: {@code file:line:column: error[rule] …}. */
  private static final Pattern ERROR_FINDING = Pattern.compile("\\S+:\\d+:\\d+: error\\[.*");

  private static final Pattern WARNING_FINDING = Pattern.compile("\\S+:\\d+:\\d+: warning\\[.*");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The config file; when it does not exist, the plugin's configuration and the defaults. */
  @Parameter(property = "shale.config", defaultValue = "${project.basedir}/shale.toml")
  File config;

  /** The database URL (libpq, JDBC or {@code embedded}); default the config's, or DATABASE_URL. */
  @Parameter(property = "shale.url")
  String url;

  /** The migrations folder, over the config's {@code migrations}. */
  @Parameter(property = "shale.migrations")
  String migrations;

  /** The snapshots folder, over the config's {@code snapshots}. */
  @Parameter(property = "shale.snapshots")
  String snapshots;

  /** The database schemas Shale manages, over the config's {@code schemas}. */
  @Parameter(property = "shale.schemas")
  List<String> schemas;

  /** The history table, over the config's {@code history}. */
  @Parameter(property = "shale.history")
  String history;

  /** The PostgreSQL major version generated SQL must run on, over the config's. */
  @Parameter(property = "shale.pgVersion")
  Integer pgVersion;

  /**
   * More options for the command, as on the command line: {@code --simple}, {@code --rename
   * column:users.name=users.full_name}; words are split at spaces, and a value in double quotes
   * keeps its spaces.
   */
  @Parameter(property = "shale.args")
  String args;

  @Parameter(property = "shale.skip", defaultValue = "false")
  boolean skip;

  /**
   * The config file: {@code config} when it exists; none when the default {@code shale.toml} does
   * not (the plugin's configuration and the defaults then); an error when a file named otherwise is
   * missing, so that a mistyped name never falls back to another config.
   */
  Path configFile() throws MojoExecutionException {
    if (config.isFile()) {
      return config.toPath().toAbsolutePath();
    }
    if (config.toPath().equals(project.getBasedir().toPath().resolve("shale.toml"))) {
      return null;
    }
    throw new MojoExecutionException("config file not found: " + config);
  }

  /** The command's name, as on the command line. */
  abstract String command();

  /** The command's own options from the plugin's configuration. */
  void options(List<String> cli) throws MojoExecutionException {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("shale:" + command() + " skipped (shale.skip)");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("shale:" + command() + " skipped: " + project.getArtifactId() + " is a pom");
      return;
    }
    List<String> cli = new ArrayList<>();
    cli.add("-C");
    cli.add(project.getBasedir().getAbsolutePath());
    Path file = configFile();
    if (file != null) {
      cli.add("--config");
      cli.add(file.toString());
    }
    cli.add(command());
    // questions are answered with flags (exit 2 names them): the build log is no terminal
    cli.add("--no-input");
    cli.add("--no-color");
    settings().forEach((key, value) -> cli.add("--set=" + key + "=" + value));
    options(cli);
    if (args != null) {
      cli.addAll(words(args));
    }
    run(cli);
  }

  private Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    if (url != null) {
      settings.put("url", url);
    }
    if (migrations != null) {
      settings.put("migrations", migrations);
    }
    if (snapshots != null) {
      settings.put("snapshots", snapshots);
    }
    if (schemas != null && !schemas.isEmpty()) {
      settings.put("schemas", String.join(",", schemas));
    }
    if (history != null) {
      settings.put("history", history);
    }
    if (pgVersion != null) {
      settings.put("pgVersion", pgVersion.toString());
    }
    return settings;
  }

  /** {@code args} split at spaces outside double quotes. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  /** The line that says why a failed command failed: by default the last one it printed. */
  String summary(LogWriter out) {
    return out.lastLine();
  }

  private void run(List<String> cli) throws MojoExecutionException, MojoFailureException {
    if (getLog().isDebugEnabled()) {
      getLog().debug("shale " + DatabaseUrl.masked(String.join(" ", cli)));
    }
    LogWriter out =
        new LogWriter(
            line -> {
              if (ERROR_FINDING.matcher(line).matches()) {
                getLog().error(line);
              } else if (WARNING_FINDING.matcher(line).matches()) {
                getLog().warn(line);
              } else {
                getLog().info(line);
              }
            });
    LogWriter err =
        new LogWriter(
            line -> {
              if (line.startsWith("error:")) {
                getLog().error(line);
              } else {
                getLog().warn(line);
              }
            });
    int code;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      code = Main.run(cli.toArray(String[]::new), o, e);
    }
    String goal = "shale:" + command();
    // an error names itself on standard error; a report ends with its summary
    String reason = reason(err.firstError(), summary(out));
    switch (code) {
      case 0:
        return;
      case 1:
        throw new MojoFailureException(goal + " failed: " + reason);
      case 2:
        throw new MojoFailureException(
            goal
                + " needs a decision that no terminal can answer here: "
                + reason
                + " (answer with the flags it names: -Dshale.args=\"--rename …\", or <args> in"
                + " the plugin's configuration)");
      default:
        throw new MojoExecutionException(goal + ": " + reason);
    }
  }

  private static String reason(String error, String output) {
    String line = error != null ? error : output;
    return line == null ? "see the messages above" : line.replaceFirst("^error: ", "");
  }
}
