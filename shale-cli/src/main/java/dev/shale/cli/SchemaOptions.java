package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.loader.SchemaLoader;
import dev.shale.loader.SchemaSources;
import dev.shale.model.SchemaModel;
import dev.shale.model.VersionRequirements;
import dev.shale.sql.PlanOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the schema comes from: the config's source files, or compiled classes. */
final class SchemaOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--classpath",
      paramLabel = "DIRS_OR_JARS",
      description = "Load already compiled schema classes from here (with --schema-class).")
  String classpath;

  @Option(
      names = "--schema-class",
      paramLabel = "NAME",
      split = ",",
      description = "Schema class(es) to load from --classpath.")
  List<String> schemaClasses;

  /**
   * The declared schema, checked against the target PostgreSQL version; warnings about fields Shale
   * does not read go to standard error.
   *
   * @throws dev.shale.model.InvalidSchemaException when it needs a newer PostgreSQL than pgVersion
   */
  SchemaModel load(Config config) {
    PrintWriter err = command.commandLine().getErr();
    return load(config, w -> print(List.of(w), err));
  }

  /** {@link #load(Config)}, each warning (without its {@code warning:} prefix) handed over. */
  SchemaModel load(Config config, Consumer<String> warnings) {
    SchemaModel model = loadUnchecked(config, warnings);
    VersionRequirements.check(model, pgVersion(config));
    return model;
  }

  /** Prints warnings about the schema as the loader hands them over. */
  static void print(List<String> warnings, PrintWriter err) {
    for (String w : warnings) {
      err.println("warning: " + w);
      err.flush();
    }
  }

  private SchemaModel loadUnchecked(Config config, Consumer<String> warnings) {
    if (classpath != null || schemaClasses != null) {
      if (classpath == null || schemaClasses == null) {
        throw new IllegalArgumentException("--classpath and --schema-class go together: give both");
      }
      return SchemaLoader.fromClasspath(classpath, schemaClasses, warnings);
    }
    return SchemaLoader.fromSources(
        SchemaSources.resolve(config.projectDir(), config.configFile(), config.schema()), warnings);
  }

  /** The PostgreSQL version generated SQL must run on: pgVersion, else the oldest supported. */
  static int pgVersion(Config config) {
    return config.pgVersion() == null ? PlanOptions.OLDEST_SUPPORTED : config.pgVersion();
  }
}
