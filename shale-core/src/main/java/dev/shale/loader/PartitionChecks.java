package dev.shale.loader;

import dev.shale.model.Column;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL refuses of a partitioned table or a partition given the tables around it: a
 * unique key that leaves out a partition key column, and partitions of one parent that share a
 * value. Bound values are compared only where their order is beyond doubt (numbers, ISO dates and
 * timestamps); anything else is left to the server.
 */
final class PartitionChecks {
  private static final Pattern ISO_MOMENT =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?: (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?))?");

  private static final java.util.Set<String> RELATIVE_MOMENTS =
      java.util.Set.of("'now'", "'today'", "'tomorrow'", "'yesterday'");

  private final String where;
  private final Map<QualifiedName, Table> translated;
  private final List<String> problems;

  PartitionChecks(String where, Map<QualifiedName, Table> translated, List<String> problems) {
    this.where = where;
    this.translated = translated;
    this.problems = problems;
  }

  /** The tables {@code table} is a partition of, nearest first. */
  private List<Table> ancestors(Table table) {
    List<Table> out = new ArrayList<>();
    for (Table t = table; t.isPartition() && out.size() < 100; ) {
      t = translated.get(t.partitioning().parent());
      if (t == null) {
        break;
      }
      out.add(t);
    }
    return out;
  }

  /**
   * Every primary key, unique constraint, unique index and exclusion constraint of a partitioned
   * table (its own and those its ancestors give it) must hold each column of its partition key.
   */
  void uniqueKeys(Table table) {
    if (!table.isPartitioned()) {
      return;
    }
    List<Table> owners = new ArrayList<>();
    owners.add(table);
    owners.addAll(ancestors(table));
    List<String> key = keyColumns(table.partitioning().key(), table.columns());
    for (Table owner : owners) {
      String of = owner == table ? "" : " (which " + owner.name() + " gives its partitions)";
      if (owner.primaryKey() != null) {
        covers("primary key " + owner.primaryKey().name() + of, owner.primaryKey().columns(), key);
      }
      for (UniqueConstraint u : owner.uniques()) {
        covers("unique constraint " + u.name() + of, u.columns(), key);
      }
      for (Index index : owner.indexes()) {
        if (index.unique()) {
          covers("unique index " + index.name() + of, columnsOf(index.elements()), key);
        }
      }
      for (ExclusionConstraint x : owner.exclusions()) {
        covers("exclusion constraint " + x.name() + of, columnsOf(x.elements()), key);
      }
    }
  }

  private static List<String> columnsOf(List<IndexElement> elements) {
    return elements.stream().map(IndexElement::column).filter(c -> c != null).toList();
  }

  /**
   * The column of each key element, null for an expression: {@code ((a))} is the column a, as
   * PostgreSQL takes it.
   */
  static List<String> keyColumns(PartitionKey key, List<Column> columns) {
    List<String> out = new ArrayList<>();
    for (IndexElement e : key.elements()) {
      out.add(e.column() != null ? e.column() : columnNamed(e.expression(), columns));
    }
    return out;
  }

  static String columnNamed(String expression, List<Column> columns) {
    if (expression == null) {
      return null;
    }
    String name;
    if (expression.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
      name = expression.toLowerCase(java.util.Locale.ROOT);
    } else if (expression.matches("\"([^\"]|\"\")+\"")) {
      name = expression.substring(1, expression.length() - 1).replace("\"\"", "\"");
    } else {
      return null;
    }
    return columns.stream().anyMatch(c -> c.name().equals(name)) ? name : null;
  }

  private void covers(String what, List<String> columns, List<String> key) {
    if (key.contains(null)) {
      problems.add(
          where
              + ": its partition key has an expression, so PostgreSQL refuses its "
              + what
              + " (a unique key on a partitioned table must hold every partition key column):"
              + " partition by columns only, or drop the constraint and keep it on each"
              + " partition");
      return;
    }
    List<String> missing = key.stream().filter(c -> !columns.contains(c)).distinct().toList();
    if (!missing.isEmpty()) {
      problems.add(
          where
              + ": "
              + what
              + " leaves out the partition key column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing)
              + ", which PostgreSQL refuses on a partitioned table (each partition enforces it"
              + " alone): add "
              + String.join(", ", missing)
              + " to it, or keep it on each partition instead");
    }
  }

  /** A partition's bound against those of the partitions of the same parent translated so far. */
  void bound(Table partition, Table parent) {
    PartitionBound bound = partition.partitioning().bound();
    PartitionKey key = parent.partitioning().key();
    Optional<ValueKind> kind = valueKind(key, parent.columns());
    if (bound.kind() == PartitionBound.Kind.RANGE && kind.isPresent()) {
      Optional<Integer> order = compare(bound.from(), bound.to(), kind.get());
      if (order.isPresent() && order.get() >= 0) {
        problems.add(
            where
                + ": "
                + bound.sql()
                + " is empty (its lower bound is not below its upper bound), which PostgreSQL"
                + " refuses: make the upper bound the larger");
        return;
      }
    }
    for (Table sibling : translated.values()) {
      if (sibling == partition
          || !sibling.isPartition()
          || !sibling.partitioning().parent().equals(parent.name())) {
        continue;
      }
      String clash = clash(bound, sibling.partitioning().bound(), kind);
      if (clash != null) {
        problems.add(
            where
                + ": "
                + bound.sql()
                + " "
                + clash
                + " of partition "
                + sibling.name()
                + " ("
                + sibling.partitioning().bound().sql()
                + "), which PostgreSQL refuses: give the partitions of "
                + parent.name()
                + " bounds that share no value");
      }
    }
  }

  /** How {@code a} and {@code b} overlap, or null when they do not (or it cannot be told). */
  private static String clash(PartitionBound a, PartitionBound b, Optional<ValueKind> kind) {
    if (a.kind() != b.kind()) {
      return null;
    }
    switch (a.kind()) {
      case DEFAULT:
        return "is a second default partition, after that";
      case LIST:
        for (String value : a.in()) {
          for (String other : b.in()) {
            if (sameListValue(value, other, kind)) {
              return "holds " + value + ", a value";
            }
          }
        }
        return null;
      case HASH:
        int small = Math.min(a.modulus(), b.modulus());
        int large = Math.max(a.modulus(), b.modulus());
        if (small < 1) {
          return null;
        }
        if (large % small != 0) {
          return "has a modulus that is not a factor or multiple of the modulus";
        }
        if (a.remainder() % small == b.remainder() % small) {
          return "takes rows of the remainder";
        }
        return null;
      case RANGE:
      default:
        if (kind.isEmpty()) {
          return null;
        }
        Optional<Integer> aBelowB = compare(a.to(), b.from(), kind.get());
        Optional<Integer> bBelowA = compare(b.to(), a.from(), kind.get());
        if (aBelowB.isPresent() && bBelowA.isPresent() && aBelowB.get() > 0 && bBelowA.get() > 0) {
          return "overlaps the range";
        }
        return null;
    }
  }

  private static boolean sameListValue(String a, String b, Optional<ValueKind> kind) {
    if (a.equals("NULL") || b.equals("NULL")) {
      return a.equals(b);
    }
    if (kind.isPresent()) {
      Optional<Comparable<?>> x = kind.get().parse(a);
      Optional<Comparable<?>> y = kind.get().parse(b);
      return x.isPresent() && y.isPresent() && compareValues(x.get(), y.get()) == 0;
    }
    // the same text is the same value, but for the words a date or time reads as "now"
    return a.equals(b) && !RELATIVE_MOMENTS.contains(a.toLowerCase(java.util.Locale.ROOT).strip());
  }

  /** The kinds of single-column keys whose bound values this compares. */
  private enum ValueKind {
    INTEGER,
    NUMERIC,
    DATE,
    TIMESTAMP,
    TIMESTAMPTZ;

    /** The value of a quoted literal, when it is spelled in the one way this reads. */
    Optional<Comparable<?>> parse(String literal) {
      if (literal.length() < 2 || !literal.startsWith("'") || !literal.endsWith("'")) {
        return Optional.empty();
      }
      String text = literal.substring(1, literal.length() - 1).strip();
      try {
        switch (this) {
          case INTEGER:
            return text.matches("[+-]?\\d+") ? Optional.of(new BigDecimal(text)) : Optional.empty();
          case NUMERIC:
            return text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")
                ? Optional.of(new BigDecimal(text))
                : Optional.empty();
          case DATE:
            return text.matches("\\d{4}-\\d{2}-\\d{2}")
                ? Optional.of(LocalDate.parse(text))
                : Optional.empty();
          case TIMESTAMPTZ:
            if (!text.endsWith("+00")) {
              return Optional.empty();
            }
            return moment(text.substring(0, text.length() - 3));
          case TIMESTAMP:
          default:
            return moment(text);
        }
      } catch (java.time.DateTimeException | NumberFormatException e) {
        return Optional.empty();
      }
    }

    private static Optional<Comparable<?>> moment(String text) {
      Matcher m = ISO_MOMENT.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.parse(m.group(1));
      LocalDateTime at =
          m.group(2) == null
              ? date.atStartOfDay()
              : date.atTime(java.time.LocalTime.parse(m.group(2)));
      return Optional.of(at);
    }
  }

  private static Optional<ValueKind> valueKind(PartitionKey key, List<Column> columns) {
    if (key.elements().size() != 1) {
      return Optional.empty();
    }
    IndexElement element = key.elements().get(0);
    String name = keyColumns(key, columns).get(0);
    if (name == null || element.opclass() != null) {
      return Optional.empty();
    }
    Optional<Column> column = columns.stream().filter(c -> c.name().equals(name)).findFirst();
    if (column.isEmpty() || column.get().type().isUserDefined() || column.get().type().isArray()) {
      return Optional.empty();
    }
    String type = column.get().type().name();
    if (type.equals("smallint") || type.equals("integer") || type.equals("bigint")) {
      return Optional.of(ValueKind.INTEGER);
    }
    if (type.equals("numeric") || type.startsWith("numeric(")) {
      return Optional.of(ValueKind.NUMERIC);
    }
    if (type.equals("date")) {
      return Optional.of(ValueKind.DATE);
    }
    if (type.startsWith("timestamp") && type.endsWith("without time zone")) {
      return Optional.of(ValueKind.TIMESTAMP);
    }
    if (type.startsWith("timestamp") && type.endsWith("with time zone")) {
      return Optional.of(ValueKind.TIMESTAMPTZ);
    }
    return Optional.empty();
  }

  /**
   * How the one-value range bound {@code a} compares with {@code b} (MINVALUE below and MAXVALUE
   * above every value), or empty when that cannot be told.
   */
  private static Optional<Integer> compare(List<String> a, List<String> b, ValueKind kind) {
    if (a.size() != 1 || b.size() != 1) {
      return Optional.empty();
    }
    int x = rank(a.get(0));
    int y = rank(b.get(0));
    if (x != 0 || y != 0) {
      return Optional.of(Integer.compare(x, y));
    }
    Optional<Comparable<?>> u = kind.parse(a.get(0));
    Optional<Comparable<?>> v = kind.parse(b.get(0));
    if (u.isEmpty() || v.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Integer.signum(compareValues(u.get(), v.get())));
  }

  private static int rank(String value) {
    return value.equals("MINVALUE") ? -1 : value.equals("MAXVALUE") ? 1 : 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Comparable<?> a, Comparable<?> b) {
    return ((Comparable) a).compareTo(b);
  }
}
