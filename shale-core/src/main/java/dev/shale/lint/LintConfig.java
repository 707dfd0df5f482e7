package dev.shale.lint;

import dev.shale.config.ConfigException;
import dev.shale.sql.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tomlj.TomlArray;

/**
 * The {@code [lint]} section of shale.toml; flags of {@code shale check} win over it.
 *
 * @param startAfter skip migrations up to and including this stem (adopting check on an old
 *     folder); null for none
 * @param assumeInTransaction whether files from other tools run inside a transaction (null: not
 *     set)
 */
public record LintConfig(
    Set<String> exclude,
    Set<String> include,
    FailOn failOn,
    String startAfter,
    Boolean assumeInTransaction) {

  /** Which findings make {@code shale check} exit 1. */
  public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    public static FailOn parse(String text, String where) {
      for (FailOn value : values()) {
        if (value.name().equalsIgnoreCase(text)) {
          return value;
        }
      }
      throw new ConfigException(where + " is \"" + text + "\"; it must be error, warning or never");
    }

    /** Whether a finding of this severity fails the run. */
    public boolean fails(Rule.Severity severity) {
      return this == WARNING || (this == ERROR && severity == Rule.Severity.ERROR);
    }
  }

  public static final LintConfig NONE = new LintConfig(Set.of(), Set.of(), null, null, null);

  public LintConfig {
    exclude = Set.copyOf(exclude);
    include = Set.copyOf(include);
  }

  private static final Set<String> KEYS =
      Set.of("exclude", "include", "failOn", "startAfter", "assumeInTransaction");

  /** Reads the section; {@code file} names shale.toml in errors. */
  public static LintConfig read(Map<String, Object> section, String file) {
    String where = file + ": [lint]";
    for (String key : section.keySet()) {
      if (!KEYS.contains(key)) {
        throw new ConfigException(
            where + " has an unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
      }
    }
    Object failOn = section.get("failOn");
    Object startAfter = section.get("startAfter");
    Object assume = section.get("assumeInTransaction");
    if (failOn != null && !(failOn instanceof String)) {
      throw new ConfigException(
          where + " failOn must be a string: \"error\", \"warning\" or \"never\"");
    }
    if (startAfter != null && !(startAfter instanceof String)) {
      throw new ConfigException(where + " startAfter must be a string: a migration's file stem");
    }
    if (assume != null && !(assume instanceof Boolean)) {
      throw new ConfigException(where + " assumeInTransaction must be true or false");
    }
    return new LintConfig(
        ruleIds(section.get("exclude"), where + " exclude"),
        ruleIds(section.get("include"), where + " include"),
        failOn == null ? null : FailOn.parse((String) failOn, where + " failOn"),
        (String) startAfter,
        (Boolean) assume);
  }

  /** Rule ids from a TOML array or a comma-separated flag value; unknown ids are refused. */
  public static Set<String> ruleIds(Object value, String where) {
    List<String> ids = new ArrayList<>();
    if (value == null) {
      return Set.of();
    } else if (value instanceof TomlArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof String id)) {
          throw new ConfigException(where + " must list rule ids as strings");
        }
        ids.add(id);
      }
    } else if (value instanceof String text) {
      for (String id : text.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip().toLowerCase(Locale.ROOT));
        }
      }
    } else {
      throw new ConfigException(where + " must be an array of rule ids");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      if (Rule.byId(id) == null) {
        throw new ConfigException(
            where + " names \"" + id + "\", which is no rule: docs/rules.md lists the ids");
      }
      out.add(id);
    }
    return out;
  }
}
