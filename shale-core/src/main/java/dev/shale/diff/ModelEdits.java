package dev.shale.diff;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.RowSecurity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.SequenceOwner;
import dev.shale.model.Table;
import dev.shale.model.Trigger;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.List;
import java.util.function.UnaryOperator;

/** Renames applied to a model, with everything that refers to the renamed object following. */
final class ModelEdits {
  private ModelEdits() {}

  static SchemaModel renameSchema(SchemaModel m, String from, String to) {
    UnaryOperator<QualifiedName> move =
        n -> n.schema().equals(from) ? new QualifiedName(to, n.name()) : n;
    List<String> schemas = m.schemas().stream().map(s -> s.equals(from) ? to : s).toList();
    List<EnumType> enums =
        m.enums().stream().map(e -> new EnumType(move.apply(e.name()), e.values())).toList();
    List<Sequence> sequences = m.sequences().stream().map(s -> moved(s, move)).toList();
    List<View> views =
        m.views().stream()
            .map(
                v ->
                    v.withName(move.apply(v.name()))
                        .withQuery(ExpressionRenames.renameSchema(v.query(), from, to)))
            .toList();
    List<Table> tables =
        m.tables().stream()
            .map(
                t ->
                    withColumnsAndKeys(
                            t,
                            move.apply(t.name()),
                            t.columns().stream().map(c -> retype(c, move)).toList(),
                            t.foreignKeys().stream().map(fk -> retarget(fk, move)).toList())
                        .withTriggers(t.triggers().stream().map(g -> g.moved(move, move)).toList())
                        .withPartitioning(moved(t.partitioning(), move)))
            .toList();
    List<Extension> extensions =
        m.extensions().stream()
            .map(e -> e.schema().equals(from) ? new Extension(e.name(), to, e.version()) : e)
            .toList();
    java.util.Set<QualifiedName> movedEnums = new java.util.HashSet<>();
    m.enums().stream()
        .map(EnumType::name)
        .filter(n -> n.schema().equals(from))
        .forEach(movedEnums::add);
    movedEnums.addAll(UserTypeEdits.inSchema(m, from));
    List<dev.shale.model.Routine> routines =
        m.routines().stream()
            .map(r -> retypeRoutine(moveRoutine(r, move), movedEnums, move))
            .toList();
    SchemaModel moved =
        UserTypeEdits.move(
            new SchemaModel(
                schemas,
                extensions,
                routines,
                enums,
                sequences,
                tables,
                views,
                m.domains(),
                m.composites(),
                retargetFunctionGrants(m.routines(), routines, m.grants()).stream()
                    .map(
                        g ->
                            g.schema().equals(from) && !g.on().equals("function")
                                ? g.movedTo(to, g.name())
                                : g)
                    .toList(),
                m.roles()),
            move);
    for (EnumType type : m.enums()) {
      if (type.name().schema().equals(from)) {
        QualifiedName target = move.apply(type.name());
        moved = mapExpressions(moved, e -> ExpressionRenames.renameType(e, type.name(), target));
      }
    }
    return moved;
  }

  /**
   * {@code m} with {@code edit} applied to the text of every expression: defaults, generated
   * columns, checks, index keys and predicates, and view queries.
   */
  private static SchemaModel mapExpressions(SchemaModel m, UnaryOperator<String> edit) {
    List<Table> tables =
        m.tables().stream()
            .map(
                t ->
                    t.withColumns(
                            t.columns().stream()
                                .map(
                                    c ->
                                        c.withDefaultExpression(edit.apply(c.defaultExpression()))
                                            .withGeneratedExpression(
                                                edit.apply(c.generatedExpression())))
                                .toList())
                        .withChecks(
                            t.checks().stream()
                                .map(c -> c.withExpression(edit.apply(c.expression())))
                                .toList())
                        .withIndexes(
                            t.indexes().stream()
                                .map(i -> i.mapped(UnaryOperator.identity(), edit))
                                .toList())
                        .withExclusions(
                            t.exclusions().stream()
                                .map(x -> x.mapped(UnaryOperator.identity(), edit))
                                .toList())
                        .withTriggers(
                            t.triggers().stream()
                                .map(g -> g.mapped(UnaryOperator.identity(), edit))
                                .toList()))
            .toList();
    List<View> views = m.views().stream().map(v -> v.withQuery(edit.apply(v.query()))).toList();
    return m.withTables(tables).withViews(views);
  }

  static SchemaModel renameTable(SchemaModel m, QualifiedName from, QualifiedName to) {
    UnaryOperator<QualifiedName> move = n -> n.equals(from) ? to : n;
    List<Table> tables =
        m.tables().stream()
            .map(
                t ->
                    withColumnsAndKeys(
                            t,
                            move.apply(t.name()),
                            t.columns(),
                            t.foreignKeys().stream().map(fk -> retarget(fk, move)).toList())
                        .withTriggers(
                            t.triggers().stream()
                                .map(g -> g.moved(UnaryOperator.identity(), move))
                                .toList())
                        .withPartitioning(moved(t.partitioning(), move)))
            .toList();
    List<View> views =
        m.views().stream()
            .map(v -> v.withQuery(ExpressionRenames.renameRelation(v.query(), from, to)))
            .toList();
    // PostgreSQL moves the sequences a table owns along with it to another schema.
    List<Sequence> sequences =
        m.sequences().stream()
            .map(
                s -> {
                  if (!s.ownedByTable(from)) {
                    return s;
                  }
                  QualifiedName name = new QualifiedName(to.schema(), s.name().name());
                  return s.withName(name).withOwner(new SequenceOwner(to, s.ownedBy().column()));
                })
            .toList();
    return m.withTables(tables)
        .withViews(views)
        .withSequences(sequences)
        .withGrants(moveGrants(m, "table", from, to));
  }

  /** {@code s} with its name and owner moved by {@code move}. */
  private static Sequence moved(Sequence s, UnaryOperator<QualifiedName> move) {
    Sequence named = s.withName(move.apply(s.name()));
    return s.ownedBy() == null
        ? named
        : named.withOwner(new SequenceOwner(move.apply(s.ownedBy().table()), s.ownedBy().column()));
  }

  /** The grants of {@code m}, those on the {@code on} named {@code from} now on {@code to}. */
  private static List<dev.shale.model.Grant> moveGrants(
      SchemaModel m, String on, QualifiedName from, QualifiedName to) {
    return m.grants().stream()
        .map(
            g ->
                g.on().equals(on) && from.equals(g.qualifiedName())
                    ? g.movedTo(to.schema(), to.name())
                    : g)
        .toList();
  }

  /** An enum, domain or composite type renamed, and every use of it. */
  static SchemaModel renameEnum(SchemaModel m, QualifiedName from, QualifiedName to) {
    UnaryOperator<QualifiedName> move = n -> n.equals(from) ? to : n;
    m = UserTypeEdits.move(m, move);
    List<EnumType> enums =
        m.enums().stream().map(e -> new EnumType(move.apply(e.name()), e.values())).toList();
    List<Table> tables =
        m.tables().stream()
            .map(
                t ->
                    withColumnsAndKeys(
                        t,
                        t.name(),
                        t.columns().stream().map(c -> retype(c, move)).toList(),
                        t.foreignKeys()))
            .toList();
    List<dev.shale.model.Routine> routines =
        m.routines().stream().map(r -> retypeRoutine(r, java.util.Set.of(from), move)).toList();
    return mapExpressions(
        m.withEnums(enums)
            .withTables(tables)
            .withRoutines(routines)
            .withGrants(retargetFunctionGrants(m.routines(), routines, m.grants())),
        e -> ExpressionRenames.renameType(e, from, to));
  }

  /**
   * {@code grants} with those on a routine of {@code before} on the routine at the same place of
   * {@code after} (moved or retyped): a function's grant names it by its argument types.
   */
  private static List<dev.shale.model.Grant> retargetFunctionGrants(
      List<dev.shale.model.Routine> before,
      List<dev.shale.model.Routine> after,
      List<dev.shale.model.Grant> grants) {
    java.util.Map<String, dev.shale.model.Routine> bySignature = new java.util.HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      bySignature.put(before.get(i).signature(), after.get(i));
    }
    return grants.stream()
        .map(
            g -> {
              dev.shale.model.Routine r =
                  g.on().equals("function")
                      ? bySignature.get(g.schema() + "." + g.name() + "(" + g.arguments() + ")")
                      : null;
              return r == null
                  ? g
                  : new dev.shale.model.Grant(
                      g.on(),
                      r.name().schema(),
                      r.name().name(),
                      r.identityArguments(),
                      g.grantee(),
                      g.privileges(),
                      g.grantable(),
                      g.revoked());
            })
        .toList();
  }

  /**
   * A value of an enum renamed; a default that is exactly the old value's literal follows, as the
   * server's stored default does (it holds the value, not its text), and so do the literals of
   * other expressions and view queries that are certainly the enum's ({@link EnumValueRenames}).
   */
  static SchemaModel renameEnumValue(SchemaModel m, QualifiedName type, String from, String to) {
    List<EnumType> enums =
        m.enums().stream()
            .map(
                e ->
                    e.name().equals(type)
                        ? new EnumType(
                            e.name(),
                            e.values().stream().map(v -> v.equals(from) ? to : v).toList())
                        : e)
            .toList();
    String oldLiteral = "'" + from.replace("'", "''") + "'";
    String newLiteral = "'" + to.replace("'", "''") + "'";
    List<Table> tables =
        m.tables().stream()
            .map(
                t ->
                    withColumnsAndKeys(
                        t,
                        t.name(),
                        t.columns().stream()
                            .map(
                                c ->
                                    type.equals(c.type().userType())
                                            && !c.type().isArray()
                                            && oldLiteral.equals(c.defaultExpression())
                                        ? c.withDefaultExpression(newLiteral)
                                        : c)
                            .toList(),
                        t.foreignKeys()))
            .toList();
    EnumValueRenames literals = new EnumValueRenames(m, type, from, to);
    List<Table> carried =
        tables.stream()
            .map(
                t ->
                    mapExpressions(
                            SchemaModel.EMPTY.withTables(List.of(t)), e -> literals.inTable(t, e))
                        .tables()
                        .get(0))
            .toList();
    SchemaModel withTables = m.withEnums(enums).withTables(carried);
    List<View> views =
        m.views().stream().map(v -> v.withQuery(literals.inView(withTables, v.query()))).toList();
    return withTables.withViews(views);
  }

  /**
   * A sequence renamed; moved to another schema, it leaves its owner behind (PostgreSQL moves only
   * a sequence that no column owns).
   */
  static SchemaModel renameSequence(SchemaModel m, QualifiedName from, QualifiedName to) {
    boolean moves = !from.schema().equals(to.schema());
    List<Sequence> sequences =
        m.sequences().stream()
            .map(
                s ->
                    !s.name().equals(from)
                        ? s
                        : moves ? s.withName(to).withOwner(null) : s.withName(to))
            .toList();
    return m.withSequences(sequences).withGrants(moveGrants(m, "sequence", from, to));
  }

  static SchemaModel renameView(SchemaModel m, QualifiedName from, QualifiedName to) {
    List<View> views =
        m.views().stream().map(v -> v.name().equals(from) ? v.withName(to) : v).toList();
    List<dev.shale.model.Grant> grants =
        moveGrants(m.withGrants(moveGrants(m, "view", from, to)), "materialized view", from, to);
    return m.withViews(views).withGrants(grants);
  }

  static SchemaModel renameColumn(SchemaModel m, QualifiedName table, String from, String to) {
    UnaryOperator<String> rename = c -> c.equals(from) ? to : c;
    java.util.Set<QualifiedName> renamed = m.partitionTree(table);
    List<Table> tables =
        m.tables().stream()
            .map(
                t -> {
                  List<ForeignKey> fks =
                      t.foreignKeys().stream()
                          .map(
                              fk -> {
                                List<String> own =
                                    renamed.contains(t.name())
                                        ? fk.columns().stream().map(rename).toList()
                                        : fk.columns();
                                List<String> target =
                                    fk.targetTable().equals(table)
                                        ? fk.targetColumns().stream().map(rename).toList()
                                        : fk.targetColumns();
                                return fk.withColumns(own, target);
                              })
                          .toList();
                  if (!renamed.contains(t.name())) {
                    return withColumnsAndKeys(t, t.name(), t.columns(), fks);
                  }
                  UnaryOperator<String> expression =
                      e -> ExpressionRenames.renameColumn(e, from, to);
                  List<Column> columns =
                      t.columns().stream()
                          .map(c -> c.name().equals(from) ? c.withName(to) : c)
                          .map(
                              c ->
                                  c.generatedExpression() == null
                                      ? c
                                      : c.withGeneratedExpression(
                                          expression.apply(c.generatedExpression())))
                          .toList();
                  PrimaryKey pk =
                      t.primaryKey() == null
                          ? null
                          : new PrimaryKey(
                              t.primaryKey().name(),
                              t.primaryKey().columns().stream().map(rename).toList());
                  List<UniqueConstraint> uniques =
                      t.uniques().stream()
                          .map(
                              u ->
                                  new UniqueConstraint(
                                      u.name(),
                                      u.columns().stream().map(rename).toList(),
                                      u.nullsNotDistinct()))
                          .toList();
                  List<Index> indexes =
                      t.indexes().stream().map(i -> i.mapped(rename, expression)).toList();
                  List<CheckConstraint> checks =
                      t.checks().stream()
                          .map(c -> c.withExpression(expression.apply(c.expression())))
                          .toList();
                  RowSecurity security =
                      t.rowSecurity() == null
                          ? null
                          : t.rowSecurity().withPolicies(p -> p.withExpressions(expression));
                  return new Table(
                      t.name(),
                      columns,
                      pk,
                      uniques,
                      fks,
                      checks,
                      indexes,
                      t.comment(),
                      security,
                      t.storage(),
                      t.exclusions().stream().map(x -> x.mapped(rename, expression)).toList(),
                      t.triggers().stream()
                          .map(g -> g.mapped(rename, e -> Trigger.renameRowColumn(e, from, to)))
                          .toList(),
                      t.partitioning() == null
                          ? null
                          : t.partitioning().mapped(rename, expression));
                })
            .toList();
    List<Sequence> sequences =
        m.sequences().stream()
            .map(
                s ->
                    s.ownedByTable(table) && s.ownedBy().column().equals(from)
                        ? s.withOwner(new SequenceOwner(table, to))
                        : s)
            .toList();
    return m.withTables(tables).withSequences(sequences);
  }

  static SchemaModel renameIndex(SchemaModel m, QualifiedName owner, String from, String to) {
    return mapIndexes(
        m, owner, indexes -> indexes.stream().map(i -> i.name().equals(from) ? i.withName(to) : i));
  }

  static SchemaModel dropIndex(SchemaModel m, QualifiedName owner, String name) {
    return mapIndexes(m, owner, indexes -> indexes.stream().filter(i -> !i.name().equals(name)));
  }

  /** {@code m} with the indexes of {@code owner}, a table or a materialized view, edited. */
  private static SchemaModel mapIndexes(
      SchemaModel m,
      QualifiedName owner,
      java.util.function.Function<List<Index>, java.util.stream.Stream<Index>> edit) {
    SchemaModel tables = mapTable(m, owner, t -> t.withIndexes(edit.apply(t.indexes()).toList()));
    return tables.withViews(
        tables.views().stream()
            .map(v -> v.name().equals(owner) ? v.withIndexes(edit.apply(v.indexes()).toList()) : v)
            .toList());
  }

  static SchemaModel renameConstraint(SchemaModel m, QualifiedName table, String from, String to) {
    return mapTable(
        m,
        table,
        t ->
            new Table(
                t.name(),
                t.columns(),
                t.primaryKey() != null && t.primaryKey().name().equals(from)
                    ? new PrimaryKey(to, t.primaryKey().columns())
                    : t.primaryKey(),
                t.uniques().stream()
                    .map(
                        u ->
                            u.name().equals(from)
                                ? new UniqueConstraint(to, u.columns(), u.nullsNotDistinct())
                                : u)
                    .toList(),
                t.foreignKeys().stream()
                    .map(fk -> fk.name().equals(from) ? fk.withName(to) : fk)
                    .toList(),
                t.checks().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList(),
                t.indexes(),
                t.comment(),
                t.rowSecurity(),
                t.storage(),
                t.exclusions().stream()
                    .map(x -> x.name().equals(from) ? x.withName(to) : x)
                    .toList(),
                t.triggers(),
                t.partitioning()));
  }

  private static SchemaModel mapTable(
      SchemaModel m, QualifiedName table, UnaryOperator<Table> edit) {
    List<Table> tables =
        m.tables().stream().map(t -> t.name().equals(table) ? edit.apply(t) : t).toList();
    return m.withTables(tables);
  }

  private static Table withColumnsAndKeys(
      Table t, QualifiedName name, List<Column> columns, List<ForeignKey> foreignKeys) {
    return t.withName(name).withColumns(columns).withForeignKeys(foreignKeys);
  }

  private static dev.shale.model.Partitioning moved(
      dev.shale.model.Partitioning p, UnaryOperator<QualifiedName> move) {
    return p == null ? null : p.moved(move);
  }

  private static Column retype(Column c, UnaryOperator<QualifiedName> move) {
    ColumnType type = c.type();
    if (!type.isUserDefined()) {
      return c;
    }
    QualifiedName moved = move.apply(type.userType());
    return c.withType(new ColumnType(moved.schema(), moved.name(), type.dimensions()));
  }

  private static ForeignKey retarget(ForeignKey fk, UnaryOperator<QualifiedName> move) {
    return fk.withTargetTable(move.apply(fk.targetTable()));
  }

  private static dev.shale.model.Routine moveRoutine(
      dev.shale.model.Routine r, UnaryOperator<QualifiedName> move) {
    return new dev.shale.model.Routine(
        move.apply(r.name()),
        r.procedure(),
        r.arguments(),
        r.returns(),
        r.language(),
        r.volatility(),
        r.strict(),
        r.securityDefiner(),
        r.parallel(),
        r.settings(),
        r.body());
  }

  /**
   * A routine whose signature names one of {@code renamed} (enums), with the type's new name as the
   * server prints it after the rename (with search_path = public).
   */
  private static dev.shale.model.Routine retypeRoutine(
      dev.shale.model.Routine r,
      java.util.Set<QualifiedName> renamed,
      UnaryOperator<QualifiedName> move) {
    if (renamed.isEmpty()) {
      return r;
    }
    List<dev.shale.model.RoutineArgument> arguments =
        r.arguments().stream()
            .map(
                a ->
                    new dev.shale.model.RoutineArgument(
                        a.mode(), a.name(), retypeName(a.type(), renamed, move), a.defaultValue()))
            .toList();
    String returns = r.returns();
    if (returns != null && returns.startsWith("SETOF ")) {
      returns = "SETOF " + retypeName(returns.substring(6), renamed, move);
    } else if (returns != null) {
      returns = retypeName(returns, renamed, move);
    }
    return new dev.shale.model.Routine(
        r.name(),
        r.procedure(),
        arguments,
        returns,
        r.language(),
        r.volatility(),
        r.strict(),
        r.securityDefiner(),
        r.parallel(),
        r.settings(),
        r.body());
  }

  private static String retypeName(
      String printed, java.util.Set<QualifiedName> renamed, UnaryOperator<QualifiedName> move) {
    boolean array = printed.endsWith("[]");
    String base = array ? printed.substring(0, printed.length() - 2) : printed;
    for (QualifiedName type : renamed) {
      if (printedType(type).equals(base)) {
        return printedType(move.apply(type)) + (array ? "[]" : "");
      }
    }
    return printed;
  }

  /**
   * A user type as a routine signature prints it with search_path = public (with its schema when
   * pg_catalog has a type of that name).
   */
  static String printedType(QualifiedName type) {
    return dev.shale.sql.Identifiers.qualified(type.schema(), type.name());
  }
}
