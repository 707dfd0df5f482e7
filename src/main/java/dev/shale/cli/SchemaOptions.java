package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.loader.SchemaLoader;
import dev.shale.loader.SchemaSources;
import dev.shale.model.SchemaModel;
import dev.shale.model.VersionRequirements;
import dev.shale.sql.PlanOptions;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the schema comes from: the config's source files, or compiled classes. */
final class SchemaOptions {
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
   * The declared schema, checked against the target PostgreSQL version.
   *
   * @throws dev.shale.model.InvalidSchemaException when it needs a newer PostgreSQL than pgVersion
   */
  SchemaModel load(Config config) {
    SchemaModel model = loadUnchecked(config);
    VersionRequirements.check(model, pgVersion(config));
    return model;
  }

  private SchemaModel loadUnchecked(Config config) {
    if (classpath != null || schemaClasses != null) {
      if (classpath == null || schemaClasses == null) {
        throw new IllegalArgumentException("--classpath and --schema-class go together: give both");
      }
      return SchemaLoader.fromClasspath(classpath, schemaClasses);
    }
    return SchemaLoader.fromSources(
        SchemaSources.resolve(config.projectDir(), config.configFile(), config.schema()));
  }

  /** The PostgreSQL version generated SQL must run on: pgVersion, else the oldest supported. */
  static int pgVersion(Config config) {
    return config.pgVersion() == null ? PlanOptions.OLDEST_SUPPORTED : config.pgVersion();
  }
}
