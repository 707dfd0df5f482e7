package dev.shale.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** Reads {@code shale.toml}, replacing {@code ${env.NAME}} from the environment. */
public final class ConfigLoader {
  public static final String FILE_NAME = "shale.toml";
  private static final Pattern ENV = Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Set<String> KEYS =
      Set.of(
          "schema",
          "migrations",
          "snapshots",
          "url",
          "schemas",
          "tables",
          "history",
          "pgVersion",
          "safety",
          "lint",
          "migrate");
  private static final Set<String> MIGRATE_KEYS =
      Set.of("lockTimeout", "statementTimeout", "lockRetries", "retryBackoff", "lockWait");

  private ConfigLoader() {}

  /**
   * Loads the config of {@code projectDir}: {@code explicitFile} if given (it must exist), else
   * {@code shale.toml} there if present, else the defaults.
   */
  public static Config load(Path projectDir, Path explicitFile, Map<String, String> env) {
    if (!Files.isDirectory(projectDir)) {
      throw new IllegalArgumentException("-C " + projectDir + ": no such directory");
    }
    if (explicitFile != null && Files.isDirectory(projectDir.resolve(explicitFile))) {
      throw new IllegalArgumentException(
          "--config " + explicitFile + " is a directory: name the config file itself");
    }
    Path file =
        explicitFile != null ? projectDir.resolve(explicitFile) : projectDir.resolve(FILE_NAME);
    if (explicitFile != null && !Files.isRegularFile(file)) {
      throw new ConfigException("config file not found: " + file);
    }
    if (!Files.isRegularFile(file)) {
      return defaults(projectDir, null, env);
    }
    TomlParseResult toml;
    try {
      toml = Toml.parse(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    if (toml.hasErrors()) {
      var error = toml.errors().get(0);
      throw new ConfigException(
          file
              + ":"
              + error.position().line()
              + ":"
              + error.position().column()
              + ": "
              + error.getMessage());
    }
    requireKnown(toml.keySet(), KEYS, "", file);
    java.util.function.BiFunction<String, String, String> expand =
        (key, text) -> expand(key, text, env, file);
    Path base = file.getParent() == null ? projectDir : file.getParent();
    Config defaults = defaults(base, file, env);
    return new Config(
        base,
        file,
        stringList(toml, "schema", file, expand, defaults.schema()),
        base.resolve(string(toml, "migrations", file, expand, "migrations")),
        base.resolve(string(toml, "snapshots", file, expand, "snapshots")),
        string(toml, "url", file, expand, defaults.url()),
        stringList(toml, "schemas", file, expand, defaults.schemas()),
        stringList(toml, "tables", file, expand, defaults.tables()),
        string(toml, "history", file, expand, defaults.history()),
        integer(toml, "pgVersion", file),
        safety(toml, file),
        lint(toml, file),
        migrate(toml, file));
  }

  private static Config defaults(Path dir, Path file, Map<String, String> env) {
    return new Config(
        dir,
        file,
        List.of(),
        dir.resolve("migrations"),
        dir.resolve("snapshots"),
        env.get("DATABASE_URL"),
        List.of("public"),
        List.of(),
        "shale.migrations",
        null,
        Config.Safety.ONLINE,
        Map.of(),
        MigrateSettings.NONE);
  }

  private static String expand(String key, String text, Map<String, String> env, Path file) {
    Matcher m = ENV.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.get(m.group(1));
      if (value == null) {
        if (key.equals("url")) {
          // Only database commands need the URL: they report the variable (Config.requireUrl)
          return text;
        }
        throw new ConfigException(
            file
                + ": "
                + key
                + " uses ${env."
                + m.group(1)
                + "}, but the environment variable "
                + m.group(1)
                + " is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String string(
      TomlParseResult toml,
      String key,
      Path file,
      java.util.function.BiFunction<String, String, String> expand,
      String fallback) {
    if (!toml.contains(key)) {
      return fallback;
    }
    if (!toml.isString(key)) {
      throw new ConfigException(file + ": '" + key + "' must be a string");
    }
    return expand.apply(key, toml.getString(key));
  }

  private static List<String> stringList(
      TomlParseResult toml,
      String key,
      Path file,
      java.util.function.BiFunction<String, String, String> expand,
      List<String> fallback) {
    if (!toml.contains(key)) {
      return fallback;
    }
    if (toml.isString(key)) {
      return List.of(expand.apply(key, toml.getString(key)));
    }
    if (!toml.isArray(key)) {
      throw new ConfigException(file + ": '" + key + "' must be a string or a list of strings");
    }
    TomlArray array = toml.getArray(key);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Object value = array.get(i);
      if (!(value instanceof String s)) {
        throw new ConfigException(file + ": '" + key + "' must list strings only");
      }
      values.add(expand.apply(key, s));
    }
    return values;
  }

  private static Integer integer(TomlParseResult toml, String key, Path file) {
    if (!toml.contains(key)) {
      return null;
    }
    if (!toml.isLong(key)) {
      throw new ConfigException(file + ": '" + key + "' must be a whole number, e.g. 16");
    }
    long version = toml.getLong(key);
    if (version < 14 || version > 18) {
      throw new ConfigException(
          file
              + ": '"
              + key
              + "' = "
              + version
              + (version < 14
                  ? ": Shale writes SQL for PostgreSQL 14 to 18 (older versions are out of"
                      + " support)"
                  : ": Shale writes SQL for PostgreSQL 14 to 18; for a newer server, 18 is"
                      + " right: its SQL runs there too"));
    }
    return Math.toIntExact(version);
  }

  private static Config.Safety safety(TomlParseResult toml, Path file) {
    if (!toml.contains("safety")) {
      return Config.Safety.ONLINE;
    }
    Object value = toml.get("safety");
    if ("online".equals(value)) {
      return Config.Safety.ONLINE;
    }
    if ("simple".equals(value)) {
      return Config.Safety.SIMPLE;
    }
    throw new ConfigException(
        file
            + ": 'safety' must be \"online\" (zero-downtime forms, the default) or \"simple\" (one"
            + " migration, for databases migrated with the application stopped)");
  }

  private static void requireKnown(Set<String> keys, Set<String> known, String where, Path file) {
    for (String key : keys) {
      if (!known.contains(key)) {
        throw new ConfigException(
            file
                + ": unknown key '"
                + key
                + "'"
                + where
                + " (known: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
  }

  private static MigrateSettings migrate(TomlParseResult toml, Path file) {
    if (!toml.contains("migrate")) {
      return MigrateSettings.NONE;
    }
    if (!toml.isTable("migrate")) {
      throw new ConfigException(file + ": 'migrate' must be a [migrate] table");
    }
    TomlTable table = toml.getTable("migrate");
    requireKnown(table.keySet(), MIGRATE_KEYS, " in [migrate]", file);
    Integer retries = null;
    if (table.contains("lockRetries")) {
      if (!table.isLong("lockRetries")
          || table.getLong("lockRetries") < 0
          || table.getLong("lockRetries") > 100) {
        throw new ConfigException(
            file + ": [migrate] lockRetries must be a whole number from 0 to 100");
      }
      retries = Math.toIntExact(table.getLong("lockRetries"));
    }
    return new MigrateSettings(
        duration(table, "lockTimeout", file),
        duration(table, "statementTimeout", file),
        retries,
        duration(table, "retryBackoff", file),
        duration(table, "lockWait", file));
  }

  private static java.time.Duration duration(TomlTable table, String key, Path file) {
    if (!table.contains(key)) {
      return null;
    }
    if (!table.isString(key)) {
      throw new ConfigException(
          file + ": [migrate] " + key + " must be a string such as \"5s\" or \"500ms\"");
    }
    try {
      return DurationText.parse(table.getString(key));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": [migrate] " + key + ": " + e.getMessage());
    }
  }

  private static Map<String, Object> lint(TomlParseResult toml, Path file) {
    if (!toml.contains("lint")) {
      return Map.of();
    }
    if (!toml.isTable("lint")) {
      throw new ConfigException(file + ": 'lint' must be a [lint] table");
    }
    TomlTable table = toml.getTable("lint");
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      values.put(key, table.get(key));
    }
    return values;
  }
}
