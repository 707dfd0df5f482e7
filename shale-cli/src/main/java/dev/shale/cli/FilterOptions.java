package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.introspect.IntrospectionFilter;
import java.util.List;
import picocli.CommandLine.Option;

/** Which schemas and tables of a database a command reads: shale.toml's filters, or these. */
final class FilterOptions {
  @Option(
      names = "--schemas",
      paramLabel = "GLOB",
      split = ",",
      description = "Schemas to read, globs; !GLOB excludes (default: schemas in shale.toml).")
  List<String> schemas;

  @Option(
      names = "--tables",
      paramLabel = "GLOB",
      split = ",",
      description =
          "Tables to read, globs on name or schema.name; !GLOB excludes (default: tables in"
              + " shale.toml, else all).")
  List<String> tables;

  IntrospectionFilter filter(Config config) {
    return new IntrospectionFilter(
        schemas != null ? schemas : config.schemas(),
        tables != null ? tables : config.tables(),
        config.history());
  }
}
