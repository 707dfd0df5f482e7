package dev.shale.loader;

import dev.shale.model.Column;
import dev.shale.model.IndexElement;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionKey;
import dev.shale.schema.IndexKey;
import dev.shale.schema.PartitionBoundDef;
import dev.shale.schema.PartitionKeyDef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A declared partition key and partition bound, checked and put in the model's canonical form. */
final class PartitionTranslator {
  private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A date, an optional time of day, an optional offset from UTC. */
  private static final Pattern MOMENT =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

  private final String where;
  private final List<String> problems;

  PartitionTranslator(String where, List<String> problems) {
    this.where = where;
    this.problems = problems;
  }

  PartitionKey key(PartitionKeyDef def, List<Column> columns) {
    if (def.keys().isEmpty()) {
      problems.add(where + " is partitioned by no key: name at least one column or expression");
    }
    List<IndexElement> elements = new ArrayList<>();
    for (IndexKey k : def.keys()) {
      if (k.descending() || k.nulls() != null) {
        problems.add(where + ": a partition key has no sort order or nulls order");
      }
      String expression =
          k.expression() == null ? null : PartitionKey.bareExpression(k.expression());
      if (expression != null && expression.isEmpty()) {
        problems.add(where + " has an empty expression in its partition key");
      }
      if (k.column() != null && columns.stream().noneMatch(c -> c.name().equals(k.column()))) {
        problems.add(where + " is partitioned by the unknown column " + k.column());
      }
      String opclass = k.opclass() == null ? null : k.opclass().strip().toLowerCase(Locale.ROOT);
      // An expression that is only a column, expr("((at))"), is that column to PostgreSQL.
      String column =
          k.column() != null ? k.column() : PartitionChecks.columnNamed(expression, columns);
      elements.add(
          new IndexElement(column, column == null ? expression : null, opclass, null, null));
    }
    return new PartitionKey(PartitionKey.Strategy.valueOf(def.strategy().name()), elements);
  }

  /** The bound of a partition of a parent partitioned by {@code key} over {@code columns}. */
  PartitionBound bound(PartitionBoundDef def, PartitionKey key, List<Column> columns) {
    String strategy = key.strategy().name();
    switch (def.kind()) {
      case DEFAULT:
        if (key.strategy() == PartitionKey.Strategy.HASH) {
          problems.add(where + ": a hash-partitioned table has no default partition");
        }
        return PartitionBound.DEFAULT;
      case HASH:
        requireStrategy(PartitionKey.Strategy.HASH, "valuesWith(modulus, remainder)", strategy);
        if (def.modulus() < 1 || def.remainder() < 0 || def.remainder() >= def.modulus()) {
          problems.add(
              where
                  + ": valuesWith("
                  + def.modulus()
                  + ", "
                  + def.remainder()
                  + ") needs a modulus of 1 or more and a remainder from 0 to modulus - 1");
        }
        return PartitionBound.hash(def.modulus(), def.remainder());
      case LIST:
        requireStrategy(PartitionKey.Strategy.LIST, "valuesIn(...)", strategy);
        if (def.values().isEmpty()) {
          problems.add(where + ": valuesIn() needs at least one value");
        }
        return PartitionBound.list(values(def.values(), 0, key, columns, false));
      case RANGE:
      default:
        requireStrategy(PartitionKey.Strategy.RANGE, "valuesFrom(...).to(...)", strategy);
        if (def.upper() == null) {
          problems.add(where + ": valuesFrom(...) has no .to(...): a range needs both bounds");
          return PartitionBound.range(List.of(), List.of());
        }
        int size = key.elements().size();
        if (def.values().size() != size || def.upper().size() != size) {
          problems.add(
              where
                  + ": a range bound needs one value per key column ("
                  + size
                  + "), in valuesFrom(...) and in .to(...)");
        }
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (int i = 0; i < def.values().size(); i++) {
          from.add(value(def.values().get(i), i, key, columns, true));
        }
        for (int i = 0; i < def.upper().size(); i++) {
          to.add(value(def.upper().get(i), i, key, columns, true));
        }
        return PartitionBound.range(from, to);
    }
  }

  private void requireStrategy(PartitionKey.Strategy wanted, String bound, String strategy) {
    if (!strategy.equals(wanted.name())) {
      problems.add(
          where
              + ": "
              + bound
              + " is a "
              + wanted.name().toLowerCase(Locale.ROOT)
              + " bound, but the parent is partitioned by "
              + strategy.toLowerCase(Locale.ROOT));
    }
  }

  private List<String> values(
      List<Object> values, int element, PartitionKey key, List<Column> columns, boolean range) {
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      out.add(value(v, element, key, columns, range));
    }
    return out;
  }

  private String value(
      Object v, int element, PartitionKey key, List<Column> columns, boolean range) {
    if (v == null) {
      if (range) {
        problems.add(where + ": a range bound has no null: use MINVALUE or MAXVALUE");
      }
      return "NULL";
    }
    if (v instanceof PartitionBoundDef.Limit limit) {
      if (!range) {
        problems.add(where + ": " + limit + " belongs to range bounds only");
      }
      return limit.name();
    }
    String text;
    if (v instanceof BigDecimal d) {
      text = d.toPlainString();
    } else if (v instanceof Number || v instanceof Boolean || v instanceof String) {
      text = v.toString();
    } else {
      problems.add(
          where
              + ": a bound value must be a string, a number or a boolean, not "
              + v.getClass().getSimpleName());
      text = v.toString();
    }
    return PartitionBound.literal(spelledAsStored(text, element, key, columns));
  }

  /**
   * A bound as the server prints it back: a date-only value for a {@code timestamp} key with its
   * midnight; a value for a {@code timestamptz} key as the moment in UTC (a value without an offset
   * is taken as UTC, so that the migration does not depend on the session's time zone).
   */
  private static String spelledAsStored(
      String text, int element, PartitionKey key, List<Column> columns) {
    if (element >= key.elements().size()) {
      return text;
    }
    String column = PartitionChecks.keyColumns(key, columns).get(element);
    Optional<Column> c = columns.stream().filter(x -> x.name().equals(column)).findFirst();
    if (c.isEmpty()
        || c.get().type().isUserDefined()
        || c.get().type().isArray()
        || !c.get().type().name().startsWith("timestamp")) {
      return text;
    }
    if (!c.get().type().name().endsWith("with time zone")) {
      return DATE_ONLY.matcher(text).matches() ? text + " 00:00:00" : text;
    }
    java.util.regex.Matcher m = MOMENT.matcher(text.strip());
    if (!m.matches()) {
      return text;
    }
    try {
      java.time.LocalDateTime local =
          java.time.LocalDate.parse(m.group(1))
              .atTime(m.group(2) == null ? java.time.LocalTime.MIDNIGHT : time(m.group(2)));
      java.time.ZoneOffset offset =
          m.group(3) == null ? java.time.ZoneOffset.UTC : offset(m.group(3));
      java.time.LocalDateTime utc =
          local.atOffset(offset).withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
      String fraction = String.format(Locale.ROOT, "%06d", utc.getNano() / 1000);
      fraction = fraction.replaceAll("0+$", "");
      return String.format(
              Locale.ROOT,
              "%s %02d:%02d:%02d",
              utc.toLocalDate(),
              utc.getHour(),
              utc.getMinute(),
              utc.getSecond())
          + (fraction.isEmpty() ? "" : "." + fraction)
          + "+00";
    } catch (java.time.DateTimeException e) {
      return text; // the server says what is wrong with it
    }
  }

  private static java.time.LocalTime time(String text) {
    return java.time.LocalTime.parse(text.length() == 5 ? text + ":00" : text);
  }

  private static java.time.ZoneOffset offset(String text) {
    if (text.equals("Z")) {
      return java.time.ZoneOffset.UTC;
    }
    String digits = text.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return java.time.ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
