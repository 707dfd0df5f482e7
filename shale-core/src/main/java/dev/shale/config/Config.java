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
    Safety safety,
    Map<String, Object> lint,
    MigrateSettings migrate) {

  /**
   * How {@code generate} writes changes to live tables: {@code ONLINE} (the default) in their
   * zero-downtime form, several migrations where one transaction cannot hold them; {@code SIMPLE}
   * in one migration, for teams that migrate with the application stopped.
   */
  public enum Safety {
    ONLINE,
    SIMPLE
  }

  public Config {
    schema = List.copyOf(schema);
    schemas = List.copyOf(schemas);
    tables = List.copyOf(tables);
    lint = Map.copyOf(lint);
  }

  /**
   * The database URL: {@code explicit} (a flag) if given, else {@link #url()}; null when neither.
   *
   * @throws ConfigException when the configured url names an unset environment variable
   */
  public String urlOr(String explicit) {
    if (explicit != null) {
      return explicit;
    }
    if (url != null) {
      var unset =
          java.util.regex.Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]*)}").matcher(url);
      if (unset.find()) {
        throw new ConfigException(
            (configFile == null ? "shale.toml" : configFile.toString())
                + ": url uses ${env."
                + unset.group(1)
                + "}, but the environment variable "
                + unset.group(1)
                + " is not set: set it, or pass --url");
      }
    }
    return url;
  }
}
