package dev.shale.sql.parse;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A readable dump of parsed statements for golden files: one block per statement (number, span,
 * form), then its fields, indented; null, false and empty fields are left out.
 */
final class ParseDump {
  private ParseDump() {}

  static String dump(ParsedScript script) {
    StringBuilder out = new StringBuilder();
    for (ParsedStatement s : script.statements()) {
      Source src = s.source();
      out.append('#').append(src.number()).append(' ').append(src.span()).append(' ');
      out.append(s.getClass().getSimpleName()).append('\n');
      fields(out, (Record) s, "  ");
    }
    for (ParseProblem p : script.problems()) {
      out.append("problem: ").append(p).append('\n');
    }
    return out.toString();
  }

  private static void fields(StringBuilder out, Record r, String indent) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getName().equals("source") || c.getName().equals("span")) {
        continue;
      }
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (v == null
          || Boolean.FALSE.equals(v)
          || (v instanceof List<?> l && l.isEmpty())
          || Constraint.Deferral.NONE.equals(v)) {
        continue;
      }
      out.append(indent).append(c.getName()).append(':');
      value(out, v, indent);
    }
  }

  private static void value(StringBuilder out, Object v, String indent) {
    if (v instanceof List<?> list) {
      out.append('\n');
      for (Object item : list) {
        out.append(indent).append("- ");
        if (item instanceof Record r && !(item instanceof QualifiedName)) {
          header(out, r);
          fields(out, r, indent + "    ");
        } else {
          out.append(item).append('\n');
        }
      }
    } else if (v instanceof Record r
        && !(v instanceof QualifiedName)
        && !(v instanceof ColumnType)
        && !(v instanceof Constraint.Deferral)) {
      out.append(' ');
      header(out, r);
      fields(out, r, indent + "  ");
    } else {
      out.append(' ').append(v instanceof String ? quoteIfNeeded((String) v) : v).append('\n');
    }
  }

  private static void header(StringBuilder out, Record r) {
    out.append(r.getClass().getSimpleName());
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getName().equals("span")) {
        try {
          out.append(' ').append(c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    out.append('\n');
  }

  private static String quoteIfNeeded(String s) {
    return s.isEmpty() || s.contains("\n") || !s.strip().equals(s)
        ? "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\""
        : s;
  }
}
