package dev.shale.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a command needs to know, from {@code shale.toml}, the environment and flags, in that
 * order of increasing precedence. Paths are resolved against the project directory.
 */
public record Config(
    Path projectDir,
    Path configFile,
    List<String> schema,
    Path migrations,
    Path snapshots,
    String url,
    List<String> schemas,
    List<String> tables,
    String history,
    Integer pgVersion,
    Map<String, Object> lint,
    MigrateSettings migrate) {

  public Config {
    schema = List.copyOf(schema);
    schemas = List.copyOf(schemas);
    tables = List.copyOf(tables);
    lint = Map.copyOf(lint);
  }
}
