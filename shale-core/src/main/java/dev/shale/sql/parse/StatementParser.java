package dev.shale.sql.parse;

import dev.shale.sql.parse.ParsedStatement.Opaque;
import dev.shale.sql.parse.ParsedStatement.RenameTarget;
import dev.shale.sql.parse.ParsedStatement.TransactionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive descent over one statement's tokens. Each statement kind a rule reads has its method;
 * the rest is {@link Opaque}. A shape that a parsed kind cannot have throws {@link ParseError}.
 */
final class StatementParser extends AlterTableParser {
  /** Words between CREATE/ALTER/DROP and the object kind that an opaque kind leaves out. */
  private static final Set<String> MODIFIERS =
      Set.of(
          "or",
          "replace",
          "temp",
          "temporary",
          "unlogged",
          "global",
          "local",
          "unique",
          "recursive",
          "trusted",
          "procedural",
          "constraint");

  /** Every word that starts a PostgreSQL statement (the server's grammar, stmt). */
  private static final Set<String> VERBS =
      Set.of(
          "ABORT",
          "ALTER",
          "ANALYZE",
          "ANALYSE",
          "BEGIN",
          "CALL",
          "CHECKPOINT",
          "CLOSE",
          "CLUSTER",
          "COMMENT",
          "COMMIT",
          "COPY",
          "CREATE",
          "DEALLOCATE",
          "DECLARE",
          "DELETE",
          "DISCARD",
          "DO",
          "DROP",
          "END",
          "EXECUTE",
          "EXPLAIN",
          "FETCH",
          "GRANT",
          "IMPORT",
          "INSERT",
          "LISTEN",
          "LOAD",
          "LOCK",
          "MERGE",
          "MOVE",
          "NOTIFY",
          "PREPARE",
          "REASSIGN",
          "REFRESH",
          "REINDEX",
          "RELEASE",
          "RESET",
          "REVOKE",
          "ROLLBACK",
          "SAVEPOINT",
          "SECURITY",
          "SELECT",
          "SET",
          "SHOW",
          "START",
          "TABLE",
          "TRUNCATE",
          "UNLISTEN",
          "UPDATE",
          "VACUUM",
          "VALUES",
          "WITH");

  /** What CREATE, ALTER or DROP may name besides the object kinds. */
  private static final Set<String> OTHER_OBJECTS =
      Set.of("DEFAULT PRIVILEGES", "DEFAULT CONVERSION", "LARGE OBJECT");

  private final Source source;

  StatementParser(Source source, List<Token> tokens) {
    super(source.sql(), tokens);
    this.source = source;
  }

  ParsedStatement parse() {
    Token first = peek();
    if (first == null || first.kind() != Token.Kind.WORD) {
      return opaque();
    }
    ParsedStatement statement =
        switch (first.text().toLowerCase(Locale.ROOT)) {
          case "alter" -> alter();
          case "create" -> create();
          case "drop" -> drop();
          case "reindex" -> reindex();
          case "truncate" -> truncate();
          case "vacuum" -> vacuum();
          case "cluster" -> cluster();
          case "refresh" -> refresh();
          case "set" -> set();
          case "reset" -> reset();
          case "select" -> select();
          case "begin",
                  "start",
                  "commit",
                  "end",
                  "rollback",
                  "abort",
                  "savepoint",
                  "release",
                  "prepare" ->
              transaction();
          case "do" -> doBlock();
          case "comment" -> comment();
          case "grant", "revoke" -> new ParsedStatement.Grant(source, first.is("revoke"));
          case "insert", "update", "delete", "merge", "with" -> dml();
          case "lock" -> lock();
          default -> null;
        };
    return statement != null ? statement : opaque();
  }

  /** The statement as {@link Opaque}, its kind from its leading keywords. */
  private Opaque opaque() {
    Token first = tokens.isEmpty() ? null : tokens.get(0);
    if (first == null || first.kind() != Token.Kind.WORD) {
      return new Opaque(source, first == null ? "" : first.text());
    }
    String verb = first.upper();
    if (!VERBS.contains(verb)) {
      pos = 0;
      throw error("\"" + first.text() + "\" starts no PostgreSQL statement");
    }
    if (!(verb.equals("CREATE") || verb.equals("ALTER") || verb.equals("DROP"))) {
      return new Opaque(source, verb);
    }
    int i = 1;
    while (i < tokens.size()
        && tokens.get(i).kind() == Token.Kind.WORD
        && MODIFIERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      i++;
    }
    pos = i;
    ObjectKind kind = objectKind();
    boolean system = words(i, 1).equals("SYSTEM");
    if (kind == null && !system && !OTHER_OBJECTS.contains(words(i, 2))) {
      pos = i;
      throw error(
          verb
              + (i < tokens.size() ? " " + tokens.get(i).text() : "")
              + ": PostgreSQL has no such kind of object to "
              + verb.toLowerCase(Locale.ROOT));
    }
    String object = kind != null ? kind.keywords() : words(i, system ? 1 : 2);
    return new Opaque(source, object.isEmpty() ? verb : verb + " " + object);
  }

  /** The longest object kind whose keywords come next, taken; null (nothing taken) if none. */
  private ObjectKind objectKind() {
    for (int n = 3; n >= 1; n--) {
      String w = words(pos, n);
      if (w.split(" ").length == n) {
        ObjectKind kind = ObjectKind.of(w);
        if (kind != null) {
          pos += n;
          return kind;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- ALTER

  private ParsedStatement alter() {
    pos++;
    if (accept("table")) {
      return alterTable(source, false);
    }
    if (accept("foreign", "table")) {
      return alterTable(source, true);
    }
    if (accept("index")) {
      return alterIndex();
    }
    if (accept("type")) {
      return alterType();
    }
    if (accept("materialized", "view")) {
      return alterMaterializedView();
    }
    ObjectKind kind = objectKind();
    if (kind == null || UNNAMED_DROPS.contains(kind)) {
      return null;
    }
    boolean ifExists = accept("if", "exists");
    if (!isIdentifier()) {
      return null;
    }
    QualifiedName name = qualifiedName();
    if (isSymbol("(")) {
      parenthesized();
    }
    QualifiedName on = accept("on") ? qualifiedName() : null;
    if (accept("rename")) {
      if (on != null) {
        expect("to");
        String to = identifier();
        expectEnd();
        return new ParsedStatement.Rename(
            source, kind, ifExists, name, on, RenameTarget.OBJECT, name.name(), to);
      }
      return rename(source, kind, ifExists, name);
    }
    if (accept("set", "schema")) {
      String schema = identifier();
      expectEnd();
      return new ParsedStatement.SetSchema(source, kind, ifExists, name, schema);
    }
    if (kind == ObjectKind.POLICY && on != null) {
      rest();
      return new ParsedStatement.Policy(source, true, name.name(), on);
    }
    return new Opaque(source, "ALTER " + kind.keywords());
  }

  private ParsedStatement alterMaterializedView() {
    if (is("all", "in", "tablespace")) {
      return moveAllInTablespace(source, ObjectKind.MATERIALIZED_VIEW);
    }
    boolean ifExists = accept("if", "exists");
    QualifiedName view = qualifiedName();
    if (accept("rename")) {
      return rename(source, ObjectKind.MATERIALIZED_VIEW, ifExists, view);
    }
    if (accept("set", "schema")) {
      String schema = identifier();
      expectEnd();
      return new ParsedStatement.SetSchema(
          source, ObjectKind.MATERIALIZED_VIEW, ifExists, view, schema);
    }
    String argument = null;
    String action;
    if (accept("set", "tablespace")) {
      action = "SET TABLESPACE";
      argument = identifier();
    } else {
      action = words(pos, 2);
      if (action.isEmpty()) {
        throw error("expected an ALTER MATERIALIZED VIEW action");
      }
      rest();
    }
    expectEnd();
    return new ParsedStatement.AlterMaterializedView(source, ifExists, view, action, argument);
  }

  private ParsedStatement alterIndex() {
    if (is("all", "in", "tablespace")) {
      return moveAllInTablespace(source, ObjectKind.INDEX);
    }
    boolean ifExists = accept("if", "exists");
    QualifiedName index = qualifiedName();
    if (accept("rename")) {
      return rename(source, ObjectKind.INDEX, ifExists, index);
    }
    if (accept("set", "schema")) {
      String schema = identifier();
      expectEnd();
      return new ParsedStatement.SetSchema(source, ObjectKind.INDEX, ifExists, index, schema);
    }
    String argument = null;
    String action;
    if (accept("set", "tablespace")) {
      action = "SET TABLESPACE";
      argument = identifier();
    } else if (accept("attach", "partition")) {
      action = "ATTACH PARTITION";
      argument = qualifiedName().toString();
    } else {
      action = words(pos, 2);
      if (action.isEmpty()) {
        throw error("expected an ALTER INDEX action");
      }
      rest();
    }
    expectEnd();
    return new ParsedStatement.AlterIndex(source, ifExists, index, action, argument);
  }

  private ParsedStatement alterType() {
    QualifiedName type = qualifiedName();
    if (accept("add", "value")) {
      boolean ifNotExists = accept("if", "not", "exists");
      String value = stringLiteral();
      String position = null;
      String neighbor = null;
      if (is("before") || is("after")) {
        position = word();
        neighbor = stringLiteral();
      }
      expectEnd();
      return new ParsedStatement.AddEnumValue(source, type, ifNotExists, value, position, neighbor);
    }
    if (accept("rename", "value")) {
      String from = stringLiteral();
      expect("to");
      String to = stringLiteral();
      expectEnd();
      return new ParsedStatement.Rename(
          source, ObjectKind.TYPE, false, type, null, RenameTarget.VALUE, from, to);
    }
    if (accept("rename")) {
      return rename(source, ObjectKind.TYPE, false, type);
    }
    if (accept("set", "schema")) {
      String schema = identifier();
      expectEnd();
      return new ParsedStatement.SetSchema(source, ObjectKind.TYPE, false, type, schema);
    }
    return new Opaque(source, "ALTER TYPE");
  }

  // ---------------------------------------------------------------- CREATE

  private ParsedStatement create() {
    pos++;
    boolean orReplace = accept("or", "replace");
    String persistence = null;
    if (accept("temp") || accept("temporary")) {
      persistence = "TEMPORARY";
    } else if (accept("global", "temp")
        || accept("global", "temporary")
        || accept("local", "temp")
        || accept("local", "temporary")) {
      persistence = "TEMPORARY";
    } else if (accept("unlogged")) {
      persistence = "UNLOGGED";
    }
    if (accept("table")) {
      return createTable(persistence);
    }
    if (accept("sequence")) {
      boolean ifNotExists = accept("if", "not", "exists");
      return new ParsedStatement.CreateSequence(source, persistence, ifNotExists, qualifiedName());
    }
    boolean recursive = accept("recursive");
    if (accept("view")) {
      QualifiedName name = qualifiedName();
      return new ParsedStatement.CreateView(
          source, false, orReplace, false, name, true, QueryReads.of(tokens, pos));
    }
    if (recursive || persistence != null) {
      return null;
    }
    if (accept("materialized", "view")) {
      boolean ifNotExists = accept("if", "not", "exists");
      QualifiedName name = qualifiedName();
      int n = tokens.size();
      boolean noData =
          n >= 3
              && tokens.get(n - 3).is("with")
              && tokens.get(n - 2).is("no")
              && tokens.get(n - 1).is("data");
      return new ParsedStatement.CreateView(
          source, true, orReplace, ifNotExists, name, !noData, QueryReads.of(tokens, pos));
    }
    boolean unique = accept("unique");
    if (accept("index")) {
      return createIndex(unique);
    }
    if (unique) {
      throw error("expected INDEX");
    }
    if (accept("function") || accept("procedure")) {
      boolean procedure = tokens.get(pos - 1).is("procedure");
      return new ParsedStatement.CreateFunction(
          source, orReplace, procedure, qualifiedName(), language());
    }
    if (accept("policy")) {
      String name = identifier();
      expect("on");
      QualifiedName table = qualifiedName();
      rest();
      return new ParsedStatement.Policy(source, false, name, table);
    }
    if (accept("rule")) {
      String name = identifier();
      expect("as", "on");
      String event = word();
      if (!Set.of("SELECT", "INSERT", "UPDATE", "DELETE").contains(event)) {
        pos--;
        throw error("expected SELECT, INSERT, UPDATE or DELETE");
      }
      expect("to");
      QualifiedName table = qualifiedName();
      rest();
      return new ParsedStatement.CreateRule(source, orReplace, name, event, table);
    }
    accept("constraint");
    if (accept("trigger")) {
      return createTrigger(orReplace);
    }
    if (accept("type")) {
      return createType();
    }
    if (accept("domain")) {
      return createDomain();
    }
    if (accept("extension")) {
      boolean ifNotExists = accept("if", "not", "exists");
      String name = identifier();
      accept("with");
      String schema = null;
      boolean cascade = false;
      while (!atEnd()) {
        if (accept("schema")) {
          schema = identifier();
        } else if (accept("cascade")) {
          cascade = true;
        } else {
          pos++;
        }
      }
      return new ParsedStatement.CreateExtension(source, ifNotExists, name, schema, cascade);
    }
    if (accept("schema")) {
      boolean ifNotExists = accept("if", "not", "exists");
      String name = null;
      String authorization = null;
      if (!is("authorization")) {
        name = identifier();
      }
      if (accept("authorization")) {
        authorization = identifier();
        name = name == null ? authorization : name;
      }
      return new ParsedStatement.CreateSchema(source, ifNotExists, name, authorization);
    }
    return null;
  }

  private ParsedStatement createTable(String persistence) {
    boolean ifNotExists = accept("if", "not", "exists");
    QualifiedName table = qualifiedName();
    List<ColumnDef> columns = new ArrayList<>();
    List<Constraint> constraints = new ArrayList<>();
    List<QualifiedName> like = new ArrayList<>();
    List<QualifiedName> inherits = new ArrayList<>();
    QualifiedName partitionOf = null;
    String bound = null;
    String partitionBy = null;
    boolean asQuery = false;
    boolean typed = false;
    if (accept("of")) {
      qualifiedName();
      typed = true;
    } else if (accept("partition", "of")) {
      partitionOf = qualifiedName();
      typed = true;
    }
    if (isSymbol("(") && !followedByAs()) {
      pos++;
      while (!isSymbol(")")) {
        if (accept("like")) {
          like.add(qualifiedName());
          while (is("including") || is("excluding")) {
            pos += 2;
          }
        } else if (isTableConstraintStart()) {
          constraints.add(tableConstraint());
        } else {
          columns.add(columnDef(!typed));
        }
        if (!acceptSymbol(",")) {
          break;
        }
      }
      expectSymbol(")");
    } else if (isSymbol("(")) {
      nameList();
    }
    if (partitionOf != null) {
      int from = pos;
      if (!accept("default")) {
        expect("for", "values");
        if (accept("from")) {
          parenthesized();
          expect("to");
          parenthesized();
        } else if (accept("in") || accept("with")) {
          parenthesized();
        } else {
          throw error("expected FROM, IN or WITH");
        }
      }
      bound = text(from, pos);
    }
    while (!atEnd()) {
      if (accept("inherits")) {
        expectSymbol("(");
        inherits.addAll(qualifiedNames());
        expectSymbol(")");
      } else if (accept("partition", "by")) {
        int from = pos;
        word();
        parenthesized();
        partitionBy = text(from, pos);
      } else if (accept("as")) {
        asQuery = true;
        rest();
      } else if (accept("with")
          || accept("using")
          || accept("tablespace")
          || accept("on")
          || accept("without")) {
        if (isSymbol("(")) {
          parenthesized();
        } else {
          pos++;
          while (is("rows") || is("drop") || is("delete") || is("oids")) {
            pos++;
          }
        }
      } else {
        throw error("expected the end of CREATE TABLE");
      }
    }
    return new ParsedStatement.CreateTable(
        source,
        persistence,
        ifNotExists,
        table,
        columns,
        constraints,
        like,
        inherits,
        partitionOf,
        bound,
        partitionBy,
        asQuery);
  }

  /**
   * Whether the parenthesis here closes before {@code AS}: a column-name list of CREATE TABLE AS.
   */
  private boolean followedByAs() {
    int depth = 0;
    for (int i = pos; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")") && --depth == 0) {
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        return next != null && hasAsLater(i + 1);
      }
    }
    return false;
  }

  private boolean hasAsLater(int from) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")")) {
        depth--;
      } else if (depth == 0 && t.is("as")) {
        return true;
      }
    }
    return false;
  }

  private ParsedStatement createIndex(boolean unique) {
    boolean concurrently = accept("concurrently");
    boolean ifNotExists = accept("if", "not", "exists");
    String name = is("on") ? null : identifier();
    expect("on");
    boolean only = accept("only");
    QualifiedName table = qualifiedName();
    String method = accept("using") ? identifier() : null;
    expectSymbol("(");
    List<ParsedStatement.IndexKey> keys = new ArrayList<>();
    do {
      keys.add(indexKey());
    } while (acceptSymbol(","));
    expectSymbol(")");
    List<String> include = accept("include") ? nameList() : List.of();
    boolean nullsNotDistinct = accept("nulls", "not", "distinct");
    accept("nulls", "distinct");
    String where = null;
    while (!atEnd()) {
      if (accept("with")) {
        parenthesized();
      } else if (accept("tablespace")) {
        identifier();
      } else if (accept("where")) {
        where = rest();
      } else {
        throw error("expected WITH, TABLESPACE, WHERE or the end of CREATE INDEX");
      }
    }
    return new ParsedStatement.CreateIndex(
        source,
        unique,
        concurrently,
        ifNotExists,
        name,
        only,
        table,
        method,
        keys,
        include,
        nullsNotDistinct,
        where);
  }

  private ParsedStatement.IndexKey indexKey() {
    String column = null;
    String expression;
    int from = pos;
    if (isSymbol("(")) {
      expression = parenthesized();
    } else {
      Token next = peek(1);
      if (isIdentifier() && next != null && (next.isSymbol("(") || next.isSymbol("."))) {
        qualifiedName();
        parenthesized();
        expression = text(from, pos);
      } else {
        column = identifier();
        expression = null;
      }
    }
    String options = isSymbol(",") || isSymbol(")") ? "" : textUntil(Set.of());
    return new ParsedStatement.IndexKey(column, expression, options);
  }

  private String language() {
    int depth = 0;
    for (int i = pos; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")")) {
        depth--;
      } else if (depth == 0 && t.is("begin")) {
        return null;
      } else if (depth == 0 && t.is("language") && i + 1 < tokens.size()) {
        Token l = tokens.get(i + 1);
        return l.kind() == Token.Kind.STRING ? Names.stringValue(l) : Names.identifier(l);
      }
    }
    return null;
  }

  private ParsedStatement createTrigger(boolean orReplace) {
    String name = identifier();
    String timing;
    if (accept("instead", "of")) {
      timing = "INSTEAD OF";
    } else if (is("before") || is("after")) {
      timing = word();
    } else {
      throw error("expected BEFORE, AFTER or INSTEAD OF");
    }
    while (!atEnd() && !is("on")) {
      pos++;
    }
    expect("on");
    QualifiedName table = qualifiedName();
    return new ParsedStatement.CreateTrigger(source, orReplace, name, timing, table);
  }

  private ParsedStatement createType() {
    QualifiedName name = qualifiedName();
    List<String> values = new ArrayList<>();
    String form;
    if (accept("as", "enum")) {
      form = "ENUM";
      expectSymbol("(");
      if (!isSymbol(")")) {
        do {
          values.add(stringLiteral());
        } while (acceptSymbol(","));
      }
      expectSymbol(")");
      expectEnd();
    } else if (accept("as", "range")) {
      form = "RANGE";
    } else if (accept("as")) {
      form = "COMPOSITE";
    } else if (isSymbol("(")) {
      form = "BASE";
    } else {
      expectEnd();
      form = "SHELL";
    }
    return new ParsedStatement.CreateType(source, name, form, values);
  }

  private ParsedStatement createDomain() {
    QualifiedName name = qualifiedName();
    accept("as");
    ColumnType type = type();
    List<Constraint> constraints = new ArrayList<>();
    while (!atEnd()) {
      if (accept("collate")) {
        qualifiedName();
      } else {
        constraints.add(columnConstraint());
      }
    }
    return new ParsedStatement.CreateDomain(source, name, type, constraints);
  }

  // ---------------------------------------------------------------- DROP, REINDEX

  private static final Set<ObjectKind> UNNAMED_DROPS =
      Set.of(
          ObjectKind.CAST,
          ObjectKind.TRANSFORM,
          ObjectKind.USER_MAPPING,
          ObjectKind.OPERATOR,
          ObjectKind.OPERATOR_CLASS,
          ObjectKind.OPERATOR_FAMILY,
          ObjectKind.OWNED,
          ObjectKind.AGGREGATE);

  private ParsedStatement drop() {
    pos++;
    ObjectKind kind = objectKind();
    if (kind == null) {
      return null;
    }
    boolean concurrently = accept("concurrently");
    boolean ifExists = accept("if", "exists");
    if (UNNAMED_DROPS.contains(kind)) {
      rest();
      return new ParsedStatement.Drop(
          source, kind, concurrently, ifExists, List.of(), null, tokens.get(pos - 1).is("cascade"));
    }
    List<QualifiedName> names = new ArrayList<>();
    Token second = null;
    do {
      if (!names.isEmpty() && second == null) {
        second = peek();
      }
      names.add(qualifiedName());
      if (isSymbol("(")) {
        parenthesized();
      }
    } while (acceptSymbol(","));
    if (concurrently && names.size() > 1) {
      // PostgreSQL refuses it when it runs, whatever the indexes
      throw new ParseError(
          "DROP INDEX CONCURRENTLY does not support dropping multiple objects: write one DROP"
              + " INDEX CONCURRENTLY statement per index",
          second.line(),
          second.column(),
          oneDropPerIndex(ifExists, names));
    }
    QualifiedName on = accept("on") ? qualifiedName() : null;
    if (concurrently && is("cascade")) {
      throw new ParseError(
          "DROP INDEX CONCURRENTLY does not support CASCADE: drop what depends on the index"
              + " first, then the index",
          peek().line(),
          peek().column());
    }
    boolean cascade = accept("cascade");
    if (!cascade) {
      accept("restrict");
    }
    if (kind == ObjectKind.DATABASE && accept("with")) {
      parenthesized();
    }
    expectEnd();
    return new ParsedStatement.Drop(source, kind, concurrently, ifExists, names, on, cascade);
  }

  /** The statements that drop {@code names} concurrently, one index each. */
  private String oneDropPerIndex(boolean ifExists, List<QualifiedName> names) {
    StringBuilder fix = new StringBuilder();
    for (QualifiedName name : names) {
      fix.append(fix.length() > 0 ? "\n" : "")
          .append("DROP INDEX CONCURRENTLY ")
          .append(ifExists ? "IF EXISTS " : "")
          .append(name)
          .append(';');
    }
    return fix.toString();
  }

  private ParsedStatement reindex() {
    pos++;
    boolean concurrently = false;
    if (isSymbol("(")) {
      for (String option : parenthesized().split(",")) {
        String o = option.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        concurrently |=
            Set.of(
                    "CONCURRENTLY",
                    "CONCURRENTLY TRUE",
                    "CONCURRENTLY ON",
                    "CONCURRENTLY 1",
                    "CONCURRENTLY 'TRUE'",
                    "CONCURRENTLY 'ON'")
                .contains(o);
      }
    }
    String target = word();
    if (!Set.of("INDEX", "TABLE", "SCHEMA", "DATABASE", "SYSTEM").contains(target)) {
      throw error("expected INDEX, TABLE, SCHEMA, DATABASE or SYSTEM");
    }
    concurrently |= accept("concurrently");
    QualifiedName name = atEnd() ? null : qualifiedName();
    expectEnd();
    return new ParsedStatement.Reindex(source, target, concurrently, name);
  }

  // ---------------------------------------------------------------- maintenance

  private ParsedStatement truncate() {
    pos++;
    accept("table");
    boolean only = false;
    List<QualifiedName> tables = new ArrayList<>();
    do {
      only |= accept("only");
      tables.add(qualifiedName());
      acceptSymbol("*");
    } while (acceptSymbol(","));
    boolean restart = accept("restart", "identity");
    accept("continue", "identity");
    boolean cascade = accept("cascade");
    accept("restrict");
    expectEnd();
    return new ParsedStatement.Truncate(source, only, tables, restart, cascade);
  }

  private ParsedStatement vacuum() {
    pos++;
    List<String> options = new ArrayList<>();
    if (isSymbol("(")) {
      pos++;
      while (!isSymbol(")")) {
        options.add(textUntil(Set.of()).toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!acceptSymbol(",")) {
          break;
        }
      }
      expectSymbol(")");
    } else {
      while (is("full") || is("freeze") || is("verbose") || is("analyze") || is("analyse")) {
        options.add(word());
      }
    }
    boolean full =
        options.contains("FULL")
            || options.contains("FULL TRUE")
            || options.contains("FULL ON")
            || options.contains("FULL 1");
    List<QualifiedName> tables = new ArrayList<>();
    while (!atEnd()) {
      tables.add(qualifiedName());
      if (isSymbol("(")) {
        parenthesized();
      }
      if (!acceptSymbol(",")) {
        break;
      }
    }
    expectEnd();
    return new ParsedStatement.Vacuum(source, full, options, tables);
  }

  private ParsedStatement cluster() {
    pos++;
    if (isSymbol("(")) {
      parenthesized();
    }
    accept("verbose");
    if (atEnd()) {
      return new ParsedStatement.Cluster(source, null, null);
    }
    QualifiedName first = qualifiedName();
    QualifiedName table = first;
    String index = null;
    if (accept("using")) {
      index = identifier();
    } else if (accept("on")) {
      index = first.name();
      table = qualifiedName();
    }
    expectEnd();
    return new ParsedStatement.Cluster(source, table, index);
  }

  private ParsedStatement refresh() {
    pos++;
    expect("materialized", "view");
    boolean concurrently = accept("concurrently");
    QualifiedName name = qualifiedName();
    boolean withData = true;
    if (accept("with", "no", "data")) {
      withData = false;
    } else {
      accept("with", "data");
    }
    expectEnd();
    return new ParsedStatement.RefreshMaterializedView(source, concurrently, name, withData);
  }

  // ---------------------------------------------------------------- settings

  private ParsedStatement set() {
    pos++;
    boolean local = accept("local");
    if (!local
        && is("session")
        && !is("session", "authorization")
        && !is("session", "characteristics")) {
      pos++;
    }
    if (is("transaction") || is("session", "characteristics") || is("constraints")) {
      return new Opaque(source, "SET " + words(pos, 1).replace("SESSION", "TRANSACTION"));
    }
    String name;
    if (accept("time", "zone")) {
      name = "timezone";
    } else if (accept("schema")) {
      name = "search_path";
    } else if (accept("names")) {
      name = "client_encoding";
    } else if (accept("role")) {
      name = "role";
    } else if (accept("session", "authorization")) {
      name = "session_authorization";
    } else {
      StringBuilder dotted = new StringBuilder(identifier());
      while (acceptSymbol(".")) {
        dotted.append('.').append(identifier());
      }
      name = dotted.toString();
      if (!accept("to") && !acceptSymbol("=")) {
        throw error("expected TO or =");
      }
    }
    String value = value();
    expectEnd();
    return new ParsedStatement.SetVariable(source, local, name, value);
  }

  /** A SET value: null for DEFAULT (and TIME ZONE LOCAL), else the items joined by ", ". */
  private String value() {
    if (atEnd()) {
      throw error("expected a value");
    }
    if ((is("default") || is("local")) && peek(1) == null) {
      pos++;
      return null;
    }
    List<String> items = new ArrayList<>();
    do {
      StringBuilder item = new StringBuilder();
      while (!atEnd() && !isSymbol(",")) {
        Token t = tokens.get(pos++);
        switch (t.kind()) {
          case STRING, DOLLAR_STRING -> item.append(Names.stringValue(t));
          case WORD, QUOTED_IDENT ->
              item.append(item.length() > 0 ? " " : "").append(Names.identifier(t));
          default -> item.append(t.text());
        }
      }
      items.add(item.toString());
    } while (acceptSymbol(","));
    return String.join(", ", items);
  }

  private ParsedStatement reset() {
    pos++;
    String name;
    if (accept("all")) {
      name = null;
    } else if (accept("time", "zone")) {
      name = "timezone";
    } else if (accept("session", "authorization")) {
      name = "session_authorization";
    } else if (accept("transaction", "isolation", "level")) {
      name = "transaction_isolation";
    } else {
      StringBuilder dotted = new StringBuilder(identifier());
      while (acceptSymbol(".")) {
        dotted.append('.').append(identifier());
      }
      name = dotted.toString();
    }
    expectEnd();
    return new ParsedStatement.ResetVariable(source, name);
  }

  /** Words that end a SELECT list: after them set_config may run for no row, or for many. */
  private static final Set<String> SELECT_CLAUSES =
      Set.of(
          "from",
          "where",
          "group",
          "having",
          "window",
          "union",
          "intersect",
          "except",
          "order",
          "limit",
          "offset",
          "fetch",
          "into",
          "for",
          "distinct",
          "all");

  /**
   * {@code SELECT [pg_catalog.]set_config(...)[, other items]} with no FROM, WHERE or other clause
   * (so it runs exactly once); the lock_timeout call when there are several. Any other SELECT is
   * opaque.
   */
  private ParsedStatement select() {
    pos++;
    List<int[]> items = new ArrayList<>();
    int depth = 0;
    int itemStart = pos;
    for (int i = pos; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isSymbol("(") || t.isSymbol("[")) {
        depth++;
      } else if (t.isSymbol(")") || t.isSymbol("]")) {
        depth--;
      } else if (depth == 0
          && t.kind() == Token.Kind.WORD
          && SELECT_CLAUSES.contains(t.text().toLowerCase(Locale.ROOT))) {
        return null;
      } else if (depth == 0 && t.isSymbol(",")) {
        items.add(new int[] {itemStart, i});
        itemStart = i + 1;
      }
    }
    items.add(new int[] {itemStart, tokens.size()});
    ParsedStatement.SetConfig found = null;
    for (int[] item : items) {
      ParsedStatement.SetConfig call = setConfig(item[0], item[1]);
      if (call != null && (found == null || "lock_timeout".equalsIgnoreCase(call.name()))) {
        found = call;
      }
    }
    pos = tokens.size();
    return found;
  }

  /** The select item tokens[from, to) as a set_config call (with an optional alias), or null. */
  private ParsedStatement.SetConfig setConfig(int from, int to) {
    int i = from;
    if (i + 1 < to && tokens.get(i).is("pg_catalog") && tokens.get(i + 1).isSymbol(".")) {
      i += 2;
    }
    if (i + 1 >= to || !tokens.get(i).is("set_config") || !tokens.get(i + 1).isSymbol("(")) {
      return null;
    }
    i += 2;
    List<Token> arguments = new ArrayList<>();
    int depth = 0;
    boolean simple = true;
    boolean closed = false;
    while (i < to) {
      Token t = tokens.get(i++);
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")") && depth-- == 0) {
        closed = true;
        break;
      }
      if (depth == 0 && !t.isSymbol(",")) {
        arguments.add(t);
      }
      simple &= depth > 0 || t.isSymbol(",") || isLiteral(t);
    }
    if (!closed) {
      return null;
    }
    if (i < to && tokens.get(i).is("as")) {
      i++;
    }
    if (i < to
        && (tokens.get(i).kind() == Token.Kind.WORD
            || tokens.get(i).kind() == Token.Kind.QUOTED_IDENT)) {
      i++;
    }
    if (i != to) {
      return null;
    }
    if (!simple || arguments.size() != 3) {
      return new ParsedStatement.SetConfig(source, null, null, null);
    }
    Boolean local = null;
    Token l = arguments.get(2);
    String flag = l.kind() == Token.Kind.WORD ? l.text() : literal(l);
    if (flag != null) {
      String f = flag.toLowerCase(Locale.ROOT);
      local =
          Set.of("true", "t", "on", "yes", "y", "1").contains(f)
              ? Boolean.TRUE
              : Set.of("false", "f", "off", "no", "n", "0").contains(f) ? Boolean.FALSE : null;
    }
    return new ParsedStatement.SetConfig(
        source, literal(arguments.get(0)), literal(arguments.get(1)), local);
  }

  private static boolean isLiteral(Token t) {
    return t.kind() == Token.Kind.STRING
        || t.kind() == Token.Kind.DOLLAR_STRING
        || t.kind() == Token.Kind.NUMBER
        || t.is("true")
        || t.is("false");
  }

  private static String literal(Token t) {
    return switch (t.kind()) {
      case STRING, DOLLAR_STRING -> Names.stringValue(t);
      case NUMBER -> t.text();
      default -> null;
    };
  }

  // ---------------------------------------------------------------- transactions

  private ParsedStatement transaction() {
    String verb = word();
    TransactionKind kind;
    String name = null;
    switch (verb) {
      case "BEGIN" -> {
        kind = TransactionKind.BEGIN;
        rest();
      }
      case "START" -> {
        expect("transaction");
        kind = TransactionKind.BEGIN;
        rest();
      }
      case "SAVEPOINT" -> {
        kind = TransactionKind.SAVEPOINT;
        name = identifier();
      }
      case "RELEASE" -> {
        kind = TransactionKind.RELEASE;
        accept("savepoint");
        name = identifier();
      }
      case "PREPARE" -> {
        if (!accept("transaction")) {
          return null;
        }
        kind = TransactionKind.PREPARE;
        name = stringLiteral();
      }
      default -> {
        boolean commit = verb.equals("COMMIT") || verb.equals("END");
        if (accept("prepared")) {
          kind = commit ? TransactionKind.COMMIT_PREPARED : TransactionKind.ROLLBACK_PREPARED;
          name = stringLiteral();
          break;
        }
        if (!accept("work")) {
          accept("transaction");
        }
        if (!commit && accept("to")) {
          accept("savepoint");
          kind = TransactionKind.ROLLBACK_TO;
          name = identifier();
          break;
        }
        kind = commit ? TransactionKind.COMMIT : TransactionKind.ROLLBACK;
        boolean chain = accept("and", "chain");
        accept("and", "no", "chain");
        expectEnd();
        return new ParsedStatement.Transaction(source, kind, null, chain);
      }
    }
    expectEnd();
    return new ParsedStatement.Transaction(source, kind, name, false);
  }

  // ---------------------------------------------------------------- bodies, DML, misc

  private ParsedStatement doBlock() {
    pos++;
    String language = null;
    String body = null;
    while (!atEnd()) {
      if (accept("language")) {
        Token l = tokens.get(pos - 1);
        language = identifierOrString(l);
      } else if (peek().kind() == Token.Kind.DOLLAR_STRING) {
        String text = tokens.get(pos++).text();
        int tag = text.indexOf('$', 1) + 1;
        body = text.substring(tag, text.length() - tag);
      } else if (peek().kind() == Token.Kind.STRING) {
        body = Names.stringValue(tokens.get(pos++));
      } else {
        throw error("expected the body of DO");
      }
    }
    if (body == null) {
      throw error("expected the body of DO");
    }
    return new ParsedStatement.DoBlock(source, language, body);
  }

  private String identifierOrString(Token after) {
    Token t = peek();
    if (t == null) {
      throw error("expected a language after " + after.upper());
    }
    pos++;
    return t.kind() == Token.Kind.STRING ? Names.stringValue(t) : Names.identifier(t);
  }

  private ParsedStatement comment() {
    pos++;
    expect("on");
    ObjectKind kind = objectKind();
    String name = kind != null ? kind.keywords() : words(pos, 1);
    return new ParsedStatement.CommentOn(source, name);
  }

  private ParsedStatement dml() {
    if (accept("with")) {
      int depth = 0;
      while (!atEnd()) {
        Token t = peek();
        if (t.isSymbol("(")) {
          depth++;
        } else if (t.isSymbol(")")) {
          depth--;
        } else if (depth == 0
            && pos > 0
            && tokens.get(pos - 1).isSymbol(")")
            && (t.is("select")
                || t.is("values")
                || t.is("table")
                || t.is("insert")
                || t.is("update")
                || t.is("delete")
                || t.is("merge"))) {
          break;
        }
        pos++;
      }
      if (atEnd() || is("select") || is("values") || is("table")) {
        return new Opaque(source, "SELECT");
      }
    }
    String verb = word();
    ParsedStatement.DmlKind kind;
    switch (verb) {
      case "INSERT" -> {
        expect("into");
        kind = ParsedStatement.DmlKind.INSERT;
      }
      case "UPDATE" -> kind = ParsedStatement.DmlKind.UPDATE;
      case "DELETE" -> {
        expect("from");
        kind = ParsedStatement.DmlKind.DELETE;
      }
      case "MERGE" -> {
        expect("into");
        kind = ParsedStatement.DmlKind.MERGE;
      }
      default -> throw error("expected INSERT, UPDATE, DELETE or MERGE after WITH");
    }
    accept("only");
    QualifiedName table = qualifiedName();
    boolean where = false;
    int depth = 0;
    while (!atEnd()) {
      Token t = tokens.get(pos++);
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")")) {
        depth--;
      } else if (depth == 0 && t.is("where")) {
        where = true;
      }
    }
    return new ParsedStatement.Dml(source, kind, table, where);
  }

  private ParsedStatement lock() {
    pos++;
    accept("table");
    List<QualifiedName> tables = new ArrayList<>();
    do {
      accept("only");
      tables.add(qualifiedName());
      acceptSymbol("*");
    } while (acceptSymbol(","));
    String mode = "ACCESS EXCLUSIVE";
    if (accept("in")) {
      StringBuilder m = new StringBuilder();
      while (!atEnd() && !is("mode")) {
        m.append(m.length() > 0 ? " " : "").append(word());
      }
      expect("mode");
      mode = m.toString();
    }
    boolean nowait = accept("nowait");
    expectEnd();
    return new ParsedStatement.LockTable(source, tables, mode, nowait);
  }
}
