package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.loader.SchemaLoader;
import dev.shale.loader.SchemaSources;
import dev.shale.model.SchemaModel;
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

  SchemaModel load(Config config) {
    if (classpath != null || schemaClasses != null) {
      if (classpath == null || schemaClasses == null) {
        throw new IllegalArgumentException("--classpath and --schema-class go together: give both");
      }
      return SchemaLoader.fromClasspath(classpath, schemaClasses);
    }
    return SchemaLoader.fromSources(
        SchemaSources.resolve(config.projectDir(), config.configFile(), config.schema()));
  }
}
