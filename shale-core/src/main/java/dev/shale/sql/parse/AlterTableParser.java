package dev.shale.sql.parse;

import dev.shale.sql.parse.AlterTableAction.AddColumn;
import dev.shale.sql.parse.AlterTableAction.AddConstraint;
import dev.shale.sql.parse.ParsedStatement.Rename;
import dev.shale.sql.parse.ParsedStatement.RenameTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code ALTER TABLE} with its actions, renames and SET SCHEMA. */
class AlterTableParser extends Definitions {
  AlterTableParser(String sql, List<Token> tokens) {
    super(sql, tokens);
  }

  /** After {@code ALTER [FOREIGN] TABLE}. */
  final ParsedStatement alterTable(Source source, boolean foreign) {
    ObjectKind kind = foreign ? ObjectKind.FOREIGN_TABLE : ObjectKind.TABLE;
    if (!foreign && is("all", "in", "tablespace")) {
      return moveAllInTablespace(source, ObjectKind.TABLE);
    }
    boolean ifExists = accept("if", "exists");
    boolean only = accept("only");
    QualifiedName table = qualifiedName();
    acceptSymbol("*");
    if (accept("rename")) {
      return rename(source, kind, ifExists, table);
    }
    if (accept("set", "schema")) {
      String schema = identifier();
      expectEnd();
      return new ParsedStatement.SetSchema(source, kind, ifExists, table, schema);
    }
    List<AlterTableAction> actions = new ArrayList<>();
    do {
      actions.add(action());
      if (!atEnd() && !isSymbol(",")) {
        throw error("expected , or the end of the statement");
      }
    } while (acceptSymbol(","));
    expectEnd();
    return new ParsedStatement.AlterTable(source, foreign, ifExists, only, table, actions);
  }

  /**
   * At {@code ALL IN TABLESPACE from [OWNED BY role, ...] SET TABLESPACE to [NOWAIT]}, after {@code
   * ALTER TABLE|INDEX|MATERIALIZED VIEW}.
   */
  final ParsedStatement moveAllInTablespace(Source source, ObjectKind kind) {
    expect("all", "in", "tablespace");
    String from = identifier();
    List<String> owners = new ArrayList<>();
    if (accept("owned", "by")) {
      do {
        owners.add(identifier());
      } while (acceptSymbol(","));
    }
    expect("set", "tablespace");
    String to = identifier();
    boolean nowait = accept("nowait");
    expectEnd();
    return new ParsedStatement.MoveAllInTablespace(source, kind, from, owners, to, nowait);
  }

  /** After {@code RENAME}: {@code TO new}, {@code CONSTRAINT a TO b}, {@code [COLUMN] a TO b}. */
  final Rename rename(Source source, ObjectKind kind, boolean ifExists, QualifiedName object) {
    Rename rename;
    if (accept("to")) {
      rename =
          new Rename(
              source,
              kind,
              ifExists,
              object,
              null,
              RenameTarget.OBJECT,
              object.name(),
              identifier());
    } else {
      RenameTarget target = RenameTarget.COLUMN;
      if (accept("constraint")) {
        target = RenameTarget.CONSTRAINT;
      } else if (accept("attribute")) {
        target = RenameTarget.ATTRIBUTE;
      } else {
        accept("column");
      }
      String from = identifier();
      expect("to");
      rename = new Rename(source, kind, ifExists, object, null, target, from, identifier());
    }
    accept("cascade");
    accept("restrict");
    expectEnd();
    return rename;
  }

  private AlterTableAction action() {
    int from = pos;
    if (accept("add")) {
      if (isTableConstraintStart()) {
        Constraint c = tableConstraint();
        return new AddConstraint(spanFrom(from), c);
      }
      accept("column");
      boolean ifNotExists = accept("if", "not", "exists");
      ColumnDef column = columnDef(true);
      return new AddColumn(spanFrom(from), ifNotExists, column);
    }
    if (is("drop", "constraint")) {
      pos += 2;
      boolean ifExists = accept("if", "exists");
      String name = identifier();
      boolean cascade = cascade();
      return new AlterTableAction.DropConstraint(spanFrom(from), ifExists, name, cascade);
    }
    if (is("drop") && !is("drop", "not") && !is("drop", "default")) {
      pos++;
      accept("column");
      boolean ifExists = accept("if", "exists");
      String column = identifier();
      boolean cascade = cascade();
      return new AlterTableAction.DropColumn(spanFrom(from), ifExists, column, cascade);
    }
    if (accept("alter", "constraint")) {
      String name = identifier();
      String text = atActionEnd() ? "" : textUntil(Set.of());
      return new AlterTableAction.AlterConstraint(spanFrom(from), name, text);
    }
    if (accept("alter")) {
      accept("column");
      String column = identifier();
      return alterColumn(from, column);
    }
    if (accept("validate", "constraint")) {
      String name = identifier();
      return new AlterTableAction.ValidateConstraint(spanFrom(from), name);
    }
    if (accept("set", "logged")) {
      return new AlterTableAction.SetLogged(spanFrom(from), true);
    }
    if (accept("set", "unlogged")) {
      return new AlterTableAction.SetLogged(spanFrom(from), false);
    }
    if (accept("set", "tablespace")) {
      String tablespace = identifier();
      return new AlterTableAction.SetTablespace(spanFrom(from), tablespace);
    }
    if ((is("set") || is("reset")) && peek(1) != null && peek(1).isSymbol("(")) {
      boolean reset = word().equals("RESET");
      List<String> parameters = parameters();
      return new AlterTableAction.StorageParameters(spanFrom(from), reset, parameters);
    }
    if (accept("attach", "partition")) {
      QualifiedName partition = qualifiedName();
      String bound = atActionEnd() ? null : textUntil(Set.of());
      return new AlterTableAction.AttachPartition(spanFrom(from), partition, bound);
    }
    if (accept("detach", "partition")) {
      QualifiedName partition = qualifiedName();
      boolean concurrently = accept("concurrently");
      boolean finalizing = accept("finalize");
      return new AlterTableAction.DetachPartition(
          spanFrom(from), partition, concurrently, finalizing);
    }
    if (is("enable", "row", "level", "security")
        || is("disable", "row", "level", "security")
        || is("force", "row", "level", "security")
        || is("no", "force", "row", "level", "security")) {
      String mode = word();
      if (mode.equals("NO")) {
        mode = mode + " " + word();
      }
      expect("row", "level", "security");
      return new AlterTableAction.RowLevelSecurity(spanFrom(from), mode);
    }
    if (is("enable") || is("disable")) {
      String mode = word();
      if (mode.equals("ENABLE") && (is("always", "trigger") || is("replica", "trigger"))) {
        mode = mode + " " + word();
      }
      if (accept("trigger")) {
        String trigger = is("all") || is("user") ? word() : identifier();
        return new AlterTableAction.EnableTrigger(spanFrom(from), mode, trigger);
      }
      pos = from;
    }
    if (accept("owner", "to")) {
      String owner = identifier();
      return new AlterTableAction.OwnerTo(spanFrom(from), owner);
    }
    return other(from, 3);
  }

  private AlterTableAction alterColumn(int from, String column) {
    if (accept("type") || accept("set", "data", "type")) {
      ColumnType type = type();
      String collation = accept("collate") ? qualifiedName().toString() : null;
      String using = accept("using") ? textUntil(Set.of()) : null;
      return new AlterTableAction.AlterColumnType(spanFrom(from), column, type, collation, using);
    }
    if (accept("set", "default")) {
      String expression = textUntil(Set.of());
      return new AlterTableAction.SetDefault(spanFrom(from), column, expression);
    }
    if (accept("drop", "default")) {
      return new AlterTableAction.DropDefault(spanFrom(from), column);
    }
    if (accept("set", "not", "null")) {
      return new AlterTableAction.SetNotNull(spanFrom(from), column);
    }
    if (accept("drop", "not", "null")) {
      return new AlterTableAction.DropNotNull(spanFrom(from), column);
    }
    if (accept("set", "expression")) {
      accept("as");
      String expression = parenthesized();
      return new AlterTableAction.SetExpression(spanFrom(from), column, expression);
    }
    if (accept("drop", "expression")) {
      boolean ifExists = accept("if", "exists");
      return new AlterTableAction.DropExpression(spanFrom(from), column, ifExists);
    }
    if (accept("add", "generated")) {
      boolean always = accept("always");
      if (!always) {
        expect("by", "default");
      }
      expect("as", "identity");
      String options = isSymbol("(") ? parenthesized() : null;
      return new AlterTableAction.AddIdentity(spanFrom(from), column, always, options);
    }
    if (accept("drop", "identity")) {
      boolean ifExists = accept("if", "exists");
      return new AlterTableAction.DropIdentity(spanFrom(from), column, ifExists);
    }
    if (is("set", "generated") || is("restart") || isIdentityOption()) {
      int start = pos;
      textUntil(Set.of());
      return new AlterTableAction.AlterIdentity(spanFrom(from), column, text(start, pos));
    }
    return other(from, 5);
  }

  private boolean isIdentityOption() {
    return is("set", "increment")
        || is("set", "start")
        || is("set", "minvalue")
        || is("set", "maxvalue")
        || is("set", "cache")
        || is("set", "cycle")
        || is("set", "no");
  }

  private AlterTableAction other(int from, int kindWords) {
    String kind = words(from, kindWords);
    if (kind.isEmpty()) {
      throw error("expected an ALTER TABLE action");
    }
    if (!atActionEnd()) {
      textUntil(Set.of());
    }
    return new AlterTableAction.Other(spanFrom(from), kind, text(from, pos));
  }

  private boolean atActionEnd() {
    return atEnd() || isSymbol(",");
  }

  private boolean cascade() {
    if (accept("cascade")) {
      return true;
    }
    accept("restrict");
    return false;
  }

  /** {@code (name = value, name, ...)} as texts without spaces around {@code =}. */
  final List<String> parameters() {
    expectSymbol("(");
    List<String> parameters = new ArrayList<>();
    while (!isSymbol(")")) {
      parameters.add(textUntil(Set.of()).replaceAll("\\s*=\\s*", "="));
      if (!acceptSymbol(",")) {
        break;
      }
    }
    expectSymbol(")");
    return parameters;
  }
}
