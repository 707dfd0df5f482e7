package dev.shale.sql;

import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexElement;
import dev.shale.model.QualifiedName;
import dev.shale.model.SequenceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SQL text for the parts of statements: types, column definitions, keys, index definitions. */
final class SqlFragments {
  private SqlFragments() {}

  /**
   * SQL the user wrote, safe to splice: a {@code --} comment in it is ended by a newline, so that
   * it cannot swallow the parenthesis or semicolon that follows.
   */
  static String user(String sql) {
    return endsInLineComment(sql) ? sql + "\n" : sql;
  }

  /** Whether the last line of {@code sql} holds a {@code --} comment (outside any quotes). */
  static boolean endsInLineComment(String sql) {
    boolean inString = false;
    boolean inIdentifier = false;
    boolean comment = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\n') {
        comment = false;
      } else if (comment) {
        continue;
      } else if (c == '\'' && !inIdentifier) {
        inString = !inString;
      } else if (c == '"' && !inString) {
        inIdentifier = !inIdentifier;
      } else if (c == '-'
          && !inString
          && !inIdentifier
          && i + 1 < sql.length()
          && sql.charAt(i + 1) == '-') {
        comment = true;
      }
    }
    return comment;
  }

  static String type(ColumnType type) {
    String base = type.isUserDefined() ? qualified(type.schema(), type.name()) : type.name();
    return base + "[]".repeat(type.dimensions());
  }

  static String columnList(List<String> columns) {
    return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
  }

  static String columnDefinition(Column column) {
    StringBuilder sql =
        new StringBuilder(quote(column.name())).append(' ').append(type(column.type()));
    if (column.collation() != null) {
      sql.append(' ').append(collate(column.collation()));
    }
    if (column.identity() != null) {
      sql.append(' ').append(identity(column.identity(), integerBase(column.type())));
    }
    if (column.generatedExpression() != null) {
      sql.append(" GENERATED ALWAYS AS (")
          .append(user(column.generatedExpression()))
          .append(") STORED");
    }
    if (column.defaultExpression() != null) {
      sql.append(" DEFAULT ").append(user(column.defaultExpression()));
    }
    if (column.notNull() && column.identity() == null && !column.type().isSerial()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  /** {@code COLLATE "C"}: a built-in collation unqualified, another one with its schema. */
  static String collate(dev.shale.model.QualifiedName collation) {
    return "COLLATE "
        + (collation.schema().equals("pg_catalog")
            ? quote(collation.name())
            : qualified(collation));
  }

  static String identity(Identity identity, String integerType) {
    String options = sequenceOptions(identity.options(), integerType, OptionSpelling.CHANGED);
    return "GENERATED "
        + identity.kind().sql()
        + " AS IDENTITY"
        + (options.isEmpty() ? "" : " (" + options + ")");
  }

  /** Only the options that differ from the defaults, or all of them when {@code all}. */
  /** How much of a sequence's options to write. */
  enum OptionSpelling {
    /** Only options that differ from the defaults (CREATE). */
    CHANGED,
    /** Every option, unset bounds as NO MINVALUE / NO MAXVALUE (ALTER). */
    ALL,
    /** Every option with its value, bounds included (ALTER … AS, which resets "no" bounds). */
    ALL_EXPLICIT
  }

  static String sequenceOptions(
      SequenceOptions options, String integerType, OptionSpelling spelling) {
    return String.join(" ", sequenceOptionList(options, integerType, spelling));
  }

  static List<String> sequenceOptionList(
      SequenceOptions options, String integerType, OptionSpelling spelling) {
    SequenceOptions e = options.effective(integerType);
    boolean all = spelling != OptionSpelling.CHANGED;
    boolean explicit = spelling == OptionSpelling.ALL_EXPLICIT;
    List<String> parts = new ArrayList<>();
    if (all || options.start() != null) {
      parts.add("START WITH " + e.start());
    }
    if (all || options.increment() != null) {
      parts.add("INCREMENT BY " + e.increment());
    }
    if (all || options.minValue() != null) {
      parts.add(
          options.minValue() == null && !explicit ? "NO MINVALUE" : "MINVALUE " + e.minValue());
    }
    if (all || options.maxValue() != null) {
      parts.add(
          options.maxValue() == null && !explicit ? "NO MAXVALUE" : "MAXVALUE " + e.maxValue());
    }
    if (all || options.cache() != null) {
      parts.add("CACHE " + e.cache());
    }
    if (all || options.cycle()) {
      parts.add(options.cycle() ? "CYCLE" : "NO CYCLE");
    }
    return parts;
  }

  static String integerBase(ColumnType type) {
    return dev.shale.model.TypeNames.serialBase(type.name());
  }

  static String foreignKey(ForeignKey fk) {
    StringBuilder sql =
        new StringBuilder("CONSTRAINT ")
            .append(quote(fk.name()))
            .append(" FOREIGN KEY (")
            .append(columnList(fk.columns()))
            .append(") REFERENCES ")
            .append(qualified(fk.targetTable()))
            .append(" (")
            .append(columnList(fk.targetColumns()))
            .append(')');
    if (!"NO ACTION".equals(fk.onDelete())) {
      sql.append(" ON DELETE ").append(fk.onDelete());
    }
    if (!"NO ACTION".equals(fk.onUpdate())) {
      sql.append(" ON UPDATE ").append(fk.onUpdate());
    }
    switch (fk.deferral()) {
      case DEFERRABLE_INITIALLY_IMMEDIATE -> sql.append(" DEFERRABLE");
      case DEFERRABLE_INITIALLY_DEFERRED -> sql.append(" DEFERRABLE INITIALLY DEFERRED");
      default -> {}
    }
    return sql.toString();
  }

  static String createIndex(QualifiedName table, Index index) {
    return createIndex(table, index, index.name(), false);
  }

  /**
   * CREATE INDEX under {@code name}; {@code concurrently} writes the form that lets writes go on
   * and can run twice: {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}.
   */
  static String createIndex(QualifiedName table, Index index, String name, boolean concurrently) {
    return createIndex(table, index, name, concurrently, false);
  }

  /**
   * {@code only}: {@code CREATE INDEX IF NOT EXISTS … ON ONLY table}, a partitioned table's index
   * made without building one on its partitions (invalid until each has one attached).
   */
  static String createIndex(
      QualifiedName table, Index index, String name, boolean concurrently, boolean only) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (index.unique()) {
      sql.append("UNIQUE ");
    }
    sql.append(
            concurrently
                ? "INDEX CONCURRENTLY IF NOT EXISTS "
                : only ? "INDEX IF NOT EXISTS " : "INDEX ")
        .append(quote(name))
        .append(only ? " ON ONLY " : " ON ")
        .append(qualified(table));
    if (index.method() != null) {
      sql.append(" USING ").append(index.method());
    }
    sql.append(" (")
        .append(
            index.elements().stream()
                .map(SqlFragments::indexElement)
                .collect(Collectors.joining(", ")))
        .append(')');
    if (!index.include().isEmpty()) {
      sql.append(" INCLUDE (").append(columnList(index.include())).append(')');
    }
    if (index.nullsNotDistinct()) {
      sql.append(" NULLS NOT DISTINCT");
    }
    if (!index.options().isEmpty()) {
      sql.append(" WITH (").append(parameters(index.options())).append(')');
    }
    if (index.where() != null) {
      sql.append(" WHERE ").append(user(index.where()));
    }
    return sql.toString();
  }

  /** {@code CONSTRAINT n EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (…)}. */
  static String exclusion(dev.shale.model.ExclusionConstraint x) {
    List<String> elements = new ArrayList<>();
    for (int i = 0; i < x.elements().size(); i++) {
      elements.add(indexElement(x.elements().get(i)) + " WITH " + x.operators().get(i));
    }
    StringBuilder sql =
        new StringBuilder("CONSTRAINT ")
            .append(quote(x.name()))
            .append(" EXCLUDE USING ")
            .append(x.method() == null ? "btree" : x.method())
            .append(" (")
            .append(String.join(", ", elements))
            .append(')');
    if (x.where() != null) {
      sql.append(" WHERE (").append(user(x.where())).append(')');
    }
    switch (x.deferral()) {
      case DEFERRABLE_INITIALLY_IMMEDIATE -> sql.append(" DEFERRABLE");
      case DEFERRABLE_INITIALLY_DEFERRED -> sql.append(" DEFERRABLE INITIALLY DEFERRED");
      default -> {}
    }
    return sql.toString();
  }

  /** Storage parameters or options as WITH (…) and SET (…) list them: {@code a = 1, b = off}. */
  static String parameters(List<dev.shale.model.TableStorage.Parameter> parameters) {
    return parameters.stream()
        .map(p -> p.name() + " = " + dev.shale.model.StorageParameters.sql(p.value()))
        .collect(Collectors.joining(", "));
  }

  private static String indexElement(IndexElement element) {
    StringBuilder sql =
        new StringBuilder(
            element.column() != null ? quote(element.column()) : "(" + element.expression() + ")");
    if (element.opclass() != null) {
      sql.append(' ').append(element.opclass());
    }
    if (element.order() != null) {
      sql.append(' ').append(element.order());
    }
    if (element.nulls() != null) {
      sql.append(" NULLS ").append(element.nulls());
    }
    return sql.toString();
  }
}
