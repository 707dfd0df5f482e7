package dev.shale.introspect;

import dev.shale.db.HistoryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What introspection looks at, as {@code shale.toml} says it: {@code schemas} (default {@code
 * ["public"]}) and {@code tables} (default: all), both lists of globs ({@code *} any run of
 * characters, {@code ?} one character) where a leading {@code !} excludes. A table pattern with a
 * dot is matched against {@code schema.table}, one without against the table's name. A name is
 * included when it matches some including pattern (or there is none) and no excluding one. The
 * history table is never included.
 */
public record IntrospectionFilter(List<String> schemas, List<String> tables, String history) {
  /** The defaults: schema {@code public}, every table, history {@code shale.migrations}. */
  public static final IntrospectionFilter DEFAULT =
      new IntrospectionFilter(List.of("public"), List.of(), HistoryTable.DEFAULT);

  public IntrospectionFilter {
    schemas = List.copyOf(schemas == null || schemas.isEmpty() ? List.of("public") : schemas);
    tables = List.copyOf(tables == null ? List.of() : tables);
    history = history == null ? HistoryTable.DEFAULT : history;
  }

  /** Whether objects of this schema are read. */
  public boolean includesSchema(String schema) {
    return Globs.of(schemas).matches(schema, schema);
  }

  /** Whether this table or view is read: its schema is, the table globs allow it, not history. */
  public boolean includesTable(String schema, String name) {
    HistoryTable historyTable = HistoryTable.parse(history);
    if (historyTable.schema().equals(schema) && historyTable.table().equals(name)) {
      return false;
    }
    return includesSchema(schema) && Globs.of(tables).matches(schema + "." + name, name);
  }

  /** Including and excluding patterns, compiled. */
  private record Globs(List<Glob> including, List<Glob> excluding) {
    static Globs of(List<String> patterns) {
      List<Glob> including = new ArrayList<>();
      List<Glob> excluding = new ArrayList<>();
      for (String pattern : patterns) {
        String p = pattern.strip();
        if (p.startsWith("!")) {
          excluding.add(Glob.of(p.substring(1).strip()));
        } else if (!p.isEmpty()) {
          including.add(Glob.of(p));
        }
      }
      return new Globs(including, excluding);
    }

    boolean matches(String qualified, String name) {
      boolean in =
          including.isEmpty() || including.stream().anyMatch(g -> g.matches(qualified, name));
      return in && excluding.stream().noneMatch(g -> g.matches(qualified, name));
    }
  }

  private record Glob(Pattern pattern, boolean qualified) {
    static Glob of(String glob) {
      StringBuilder regex = new StringBuilder();
      StringBuilder literal = new StringBuilder();
      for (char c : glob.toCharArray()) {
        if (c == '*' || c == '?') {
          if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
          }
          regex.append(c == '*' ? ".*" : ".");
        } else {
          literal.append(c);
        }
      }
      if (literal.length() > 0) {
        regex.append(Pattern.quote(literal.toString()));
      }
      return new Glob(Pattern.compile(regex.toString(), Pattern.DOTALL), glob.contains("."));
    }

    boolean matches(String qualifiedName, String name) {
      return pattern.matcher(qualified ? qualifiedName : name).matches();
    }
  }
}
