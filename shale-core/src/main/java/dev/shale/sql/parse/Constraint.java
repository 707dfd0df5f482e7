package dev.shale.sql.parse;

import java.util.List;

/**
 * A constraint, inline on a column or of a table. For an inline constraint {@code columns} is
 * empty: it applies to its column. {@code name} is null when none was given.
 */
public sealed interface Constraint {
  String name();

  /** DEFERRABLE and INITIALLY DEFERRED as declared. */
  record Deferral(boolean deferrable, boolean initiallyDeferred) {
    public static final Deferral NONE = new Deferral(false, false);
  }

  record NotNull(String name, String column, boolean notValid) implements Constraint {}

  record Null(String name) implements Constraint {}

  record Default(String name, String expression) implements Constraint {}

  record Check(String name, String expression, boolean noInherit, boolean notValid)
      implements Constraint {}

  /**
   * @param usingIndex the index named in {@code UNIQUE USING INDEX}, or null
   */
  record Unique(
      String name,
      List<String> columns,
      boolean nullsNotDistinct,
      List<String> include,
      String usingIndex,
      Deferral deferral)
      implements Constraint {
    public Unique {
      columns = List.copyOf(columns);
      include = List.copyOf(include);
    }
  }

  record PrimaryKey(
      String name, List<String> columns, List<String> include, String usingIndex, Deferral deferral)
      implements Constraint {
    public PrimaryKey {
      columns = List.copyOf(columns);
      include = List.copyOf(include);
    }
  }

  /**
   * @param onDelete the action in upper case ({@code CASCADE}, {@code SET NULL}, …), or null
   */
  record ForeignKey(
      String name,
      List<String> columns,
      QualifiedName table,
      List<String> referencedColumns,
      String match,
      String onDelete,
      String onUpdate,
      Deferral deferral,
      boolean notValid)
      implements Constraint {
    public ForeignKey {
      columns = List.copyOf(columns);
      referencedColumns = List.copyOf(referencedColumns);
    }
  }

  /**
   * @param elements the text of the exclusion elements, e.g. {@code room WITH =, during WITH &&}
   */
  record Exclusion(String name, String method, String elements, String where, Deferral deferral)
      implements Constraint {}

  /**
   * @param virtual true for {@code VIRTUAL} (PostgreSQL 18), false for {@code STORED}; a column
   *     without either is virtual on 18 and refused before
   * @param explicit whether STORED or VIRTUAL was written
   */
  record Generated(String name, String expression, boolean virtual, boolean explicit)
      implements Constraint {}

  /**
   * @param always {@code GENERATED ALWAYS} (else {@code BY DEFAULT})
   * @param options the sequence options in parentheses, or null
   */
  record Identity(String name, boolean always, String options) implements Constraint {}
}
