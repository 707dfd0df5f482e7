package dev.shale.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Top-level {@code shale.toml} keys given on the command line ({@code --set KEY=VALUE}) or by a
 * build plugin's configuration: they win over the file. Lists are comma-separated; paths are
 * resolved against the project directory, as the file's are.
 */
public final class ConfigOverrides {
  private static final List<String> KEYS =
      List.of(
          "schema",
          "migrations",
          "snapshots",
          "url",
          "schemas",
          "tables",
          "history",
          "pgVersion",
          "safety");

  private ConfigOverrides() {}

  public static Config apply(Config c, Map<String, String> overrides) {
    for (String key : overrides.keySet()) {
      if (!KEYS.contains(key)) {
        throw new ConfigException(
            "--set "
                + key
                + ": not a key that can be set here; these can: "
                + String.join(", ", KEYS)
                + " (the [lint] and [migrate] settings have flags of their own on check and"
                + " migrate, or go in shale.toml)");
      }
    }
    Map<String, String> o = new java.util.HashMap<>();
    overrides.forEach((key, value) -> o.put(key, value == null ? "" : value.trim()));
    return new Config(
        c.projectDir(),
        c.configFile(),
        o.containsKey("schema") ? list(o.get("schema")) : c.schema(),
        o.containsKey("migrations")
            ? c.projectDir().resolve(required("migrations", o))
            : c.migrations(),
        o.containsKey("snapshots")
            ? c.projectDir().resolve(required("snapshots", o))
            : c.snapshots(),
        o.containsKey("url") ? required("url", o) : c.url(),
        o.containsKey("schemas") ? nonEmpty("schemas", list(o.get("schemas"))) : c.schemas(),
        o.containsKey("tables") ? list(o.get("tables")) : c.tables(),
        o.containsKey("history") ? required("history", o) : c.history(),
        o.containsKey("pgVersion") ? pgVersion(o.get("pgVersion")) : c.pgVersion(),
        o.containsKey("safety") ? safety(o.get("safety")) : c.safety(),
        c.lint(),
        c.migrate());
  }

  /** Comma-separated, but not inside a glob's {@code {a,b}} or {@code [..]}. */
  private static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ',';
      if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ',' && (depth == 0 || i == value.length())) {
        String item = value.substring(start, i).trim();
        if (!item.isEmpty()) {
          items.add(item);
        }
        start = i + 1;
      }
    }
    return List.copyOf(items);
  }

  private static List<String> nonEmpty(String key, List<String> values) {
    if (values.isEmpty()) {
      throw new ConfigException("--set " + key + "=: give at least one");
    }
    return values;
  }

  private static String required(String key, Map<String, String> overrides) {
    String value = overrides.get(key);
    if (value.isEmpty()) {
      throw new ConfigException("--set " + key + "=: give a value");
    }
    return value;
  }

  private static Integer pgVersion(String value) {
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "--set pgVersion=" + value + ": give the major version as a number, such as 16");
    }
  }

  private static Config.Safety safety(String value) {
    if (value.equals("online")) {
      return Config.Safety.ONLINE;
    }
    if (value.equals("simple")) {
      return Config.Safety.SIMPLE;
    }
    throw new ConfigException(
        "--set safety=" + value + ": give online (zero-downtime forms, the default) or simple");
  }
}
