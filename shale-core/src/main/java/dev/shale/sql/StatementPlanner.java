package dev.shale.sql;

import static dev.shale.sql.Identifiers.literal;
import static dev.shale.sql.Identifiers.qualified;
import static dev.shale.sql.Identifiers.quote;
import static dev.shale.sql.SqlFragments.columnDefinition;
import static dev.shale.sql.SqlFragments.columnList;
import static dev.shale.sql.SqlFragments.type;

import dev.shale.diff.Casts;
import dev.shale.diff.Change;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Index;
import dev.shale.model.PartitionCopies;
import dev.shale.model.PgNames;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.TableStorage;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns typed changes into SQL statements, each carrying its {@link Risk}. */
public final class StatementPlanner {
  private static final Pattern VOLATILE =
      Pattern.compile(
          "\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval|txid_current)\\s*\\(",
          Pattern.CASE_INSENSITIVE);

  private final PlanContext context;
  private final int pgVersion;
  private final List<Statement> out = new ArrayList<>();
  private final List<Deferral> deferrals = new ArrayList<>();

  /** Views created so far by this plan: like new tables, nobody uses them yet. */
  private final java.util.Set<QualifiedName> createdViews = new java.util.HashSet<>();

  private Change current;

  /** Every change of the plan, for what one change must know of the others. */
  private List<Change> changes = List.of();

  /** The tables the plan drops. */
  private final Set<QualifiedName> droppedTables = new HashSet<>();

  private StatementPlanner(PlanContext context) {
    this.context = context;
    this.pgVersion = context.options.pgVersion();
  }

  /** The statements and the deferred parts of a plan, before they are split into migrations. */
  record Planned(List<Statement> statements, List<Deferral> deferrals, PlanContext context) {}

  /** The statements for {@code changes} with the default options (online, PostgreSQL 14). */
  public static List<Statement> plan(List<Change> changes) {
    return plan(changes, PlanOptions.DEFAULT);
  }

  /** The statements for {@code changes}, each with the stage of the plan it belongs to. */
  public static List<Statement> plan(List<Change> changes, PlanOptions options) {
    return planned(changes, options, SchemaModel.EMPTY, java.util.Set.of(), java.util.Map.of())
        .statements();
  }

  /**
   * As {@link #plan}, with the deferred parts; {@code before} is the schema the changes start from,
   * {@code existingNames} are relation names the database holds and {@code constraintNames} the
   * constraint names of each table, which temporary names avoid.
   */
  static Planned planned(
      List<Change> changes,
      PlanOptions options,
      SchemaModel before,
      java.util.Set<QualifiedName> existingNames,
      java.util.Map<QualifiedName, java.util.Set<String>> constraintNames) {
    PlanContext simple = PlanContext.of(changes, options.withOnline(false), List.of(), before);
    List<Statement> first = render(simple.settle(changes), changes);
    PlanContext context = PlanContext.of(changes, options, first, before).settle(changes);
    context.usedNames.addAll(existingNames);
    constraintNames.forEach(
        (table, names) ->
            context.constraintNames.computeIfAbsent(table, t -> new HashSet<>()).addAll(names));
    context.enumValuesUsedLater.addAll(enumValuesUsedLater(first));
    StatementPlanner planner = new StatementPlanner(context);
    planner.changes = changes;
    changes.stream()
        .filter(c -> c instanceof Change.DropTable)
        .forEach(c -> planner.droppedTables.add(((Change.DropTable) c).definition().name()));
    for (Change change : changes) {
      planner.current = change;
      planner.render(change);
    }
    return new Planned(List.copyOf(planner.out), List.copyOf(planner.deferrals), context);
  }

  private static List<Statement> render(PlanContext context, List<Change> changes) {
    StatementPlanner planner = new StatementPlanner(context);
    for (Change change : changes) {
      planner.current = change;
      planner.render(change);
    }
    return planner.out;
  }

  /**
   * (type, value) of enum values that a later statement uses: by their quoted literal, or by
   * converting a column to the enum (its rows may hold the new value's text).
   */
  private static java.util.Set<List<Object>> enumValuesUsedLater(List<Statement> statements) {
    java.util.Set<List<Object>> used = new java.util.HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).change() instanceof Change.AddEnumValue added) {
        String literal = literal(added.value());
        for (int j = i + 1; j < statements.size(); j++) {
          Statement later = statements.get(j);
          boolean converts =
              later.change() instanceof Change.AlterColumnType c
                  && added.type().equals(c.to().userType());
          if (converts
              || !(later.change() instanceof Change.AddEnumValue)
                  && later.sql().contains(literal)) {
            used.add(List.of(added.type(), added.value()));
            break;
          }
        }
      }
    }
    return used;
  }

  private void emit(String sql, Risk risk) {
    emit(Stage.MAIN, sql, risk);
  }

  private void emit(Stage stage, String sql, Risk risk) {
    out.add(new Statement(sql, current, withPartitionLocks(sql, risk), stage));
  }

  /**
   * Whether the current change creates, replaces, drops, enables or disables a row trigger: on a
   * partitioned table it does the same to every partition's copy, under the same lock (measured on
   * 14 and 15); a statement trigger has no copies.
   */
  private boolean rowTriggerChange() {
    if (current instanceof Change.CreateTrigger c) {
      return c.trigger().forEachRow();
    } else if (current instanceof Change.ReplaceTrigger c) {
      return c.from().forEachRow() || c.to().forEachRow();
    } else if (current instanceof Change.DropTrigger c) {
      return c.trigger().forEachRow();
    } else if (current instanceof Change.SetTriggerState c) {
      return c.forEachRow();
    }
    return false;
  }

  /**
   * The locks a statement on a partitioned table takes on its partitions too: ALTER TABLE, CREATE
   * INDEX and DROP of it recurse (measured: ADD COLUMN and DROP TABLE take ACCESS EXCLUSIVE on
   * every partition, CREATE INDEX SHARE), and so do changes of row triggers. Partition statements
   * (CREATE … PARTITION OF, ATTACH, DETACH, DROP of a partition, an index made ON ONLY or attached)
   * lock what they say.
   */
  private Risk withPartitionLocks(String sql, Risk risk) {
    boolean recurses =
        (sql.startsWith("ALTER TABLE ")
                    || sql.startsWith("CREATE INDEX ")
                    || sql.startsWith("CREATE UNIQUE INDEX ")
                    || sql.startsWith("DROP TABLE ")
                    || sql.startsWith("DROP INDEX "))
                && !sql.contains(" ON ONLY ")
                && !sql.contains(" ATTACH PARTITION ")
                && !sql.contains(" DETACH PARTITION ")
                && !(current instanceof Change.AttachPartition)
                && !(current instanceof Change.CreateTable)
                && !TriggerSql.handles(current)
            || rowTriggerChange();
    QualifiedName target = current == null ? null : current.table();
    if (!recurses || target == null || risk.locks().isEmpty()) {
      return risk;
    }
    List<TableLock> locks = new ArrayList<>(risk.locks());
    for (TableLock lock : risk.locks()) {
      if (!lock.table().equals(target)) {
        continue;
      }
      for (QualifiedName partition : context.before().partitionTree(lock.table())) {
        TableLock added = new TableLock(partition, lock.mode());
        if (!partition.equals(lock.table())
            && !droppedTables.contains(partition)
            && !locks.contains(added)) {
          locks.add(added);
        }
      }
    }
    return locks.size() == risk.locks().size()
        ? risk
        : new Risk(
            locks,
            risk.rewrite(),
            risk.scan(),
            risk.dataLoss(),
            risk.breaksRunningCode(),
            risk.rules());
  }

  private void emit(String sql) {
    emit(sql, Risk.NONE);
  }

  private boolean isNew(QualifiedName table) {
    return context.isNew(table);
  }

  private static Risk lock(QualifiedName table, LockMode mode, Rule... rules) {
    return new Risk(
        List.of(new TableLock(table, mode)), false, false, false, false, List.of(rules));
  }

  /** A brief ACCESS EXCLUSIVE lock on an existing table; nothing on a table made in this change. */
  private Risk brief(QualifiedName table) {
    return isNew(table) ? Risk.NONE : lock(table, LockMode.ACCESS_EXCLUSIVE);
  }

  /**
   * IF NOT EXISTS: a platform or an administrator often installs extensions before the first
   * migration runs.
   */
  static String createExtension(dev.shale.model.Extension extension) {
    return "CREATE EXTENSION IF NOT EXISTS "
        + quote(extension.name())
        + " SCHEMA "
        + quote(extension.schema())
        + (extension.version() == null ? "" : " VERSION " + literal(extension.version()));
  }

  /**
   * CREATE [OR REPLACE] FUNCTION or PROCEDURE. A {@code sql} body is parsed against the tables at
   * creation, and functions are created before tables: {@code check_function_bodies} is off around
   * it, with SET and RESET rather than SET LOCAL, which a file run outside a transaction would
   * ignore.
   */
  private void createRoutine(dev.shale.model.Routine routine, boolean replace) {
    boolean sql = routine.language().equals("sql");
    if (sql) {
      emit("SET check_function_bodies = off");
    }
    emit(RoutineSql.create(routine, replace));
    if (sql) {
      emit("RESET check_function_bodies");
    }
  }

  static String dropRoutine(dev.shale.model.Routine routine) {
    return "DROP "
        + routine.kind().toUpperCase(Locale.ROOT)
        + " "
        + qualified(routine.name())
        + "("
        + routine.identityArguments()
        + ")";
  }

  static String createPolicy(QualifiedName table, dev.shale.model.Policy policy) {
    StringBuilder sql =
        new StringBuilder("CREATE POLICY ")
            .append(quote(policy.name()))
            .append(" ON ")
            .append(qualified(table));
    if (!policy.permissive()) {
      sql.append(" AS RESTRICTIVE");
    }
    if (!policy.command().equals("ALL")) {
      sql.append(" FOR ").append(policy.command());
    }
    if (!policy.roles().equals(List.of(dev.shale.model.Policy.PUBLIC))) {
      sql.append(" TO ").append(roles(policy.roles()));
    }
    if (policy.using() != null) {
      sql.append(" USING (").append(policy.using()).append(")");
    }
    if (policy.withCheck() != null) {
      sql.append(" WITH CHECK (").append(policy.withCheck()).append(")");
    }
    return sql.toString();
  }

  private static String alterPolicy(Change.AlterPolicy c) {
    StringBuilder sql =
        new StringBuilder("ALTER POLICY ")
            .append(quote(c.to().name()))
            .append(" ON ")
            .append(qualified(c.table()));
    if (!c.from().roles().equals(c.to().roles())) {
      sql.append(" TO ").append(roles(c.to().roles()));
    }
    if (!java.util.Objects.equals(c.from().using(), c.to().using())) {
      sql.append(" USING (").append(c.to().using()).append(")");
    }
    if (!java.util.Objects.equals(c.from().withCheck(), c.to().withCheck())) {
      sql.append(" WITH CHECK (").append(c.to().withCheck()).append(")");
    }
    return sql.toString();
  }

  /** Role names as a TO list: {@code public} is the PUBLIC keyword, others quoted as needed. */
  private static String roles(List<String> roles) {
    return String.join(
        ", ",
        roles.stream()
            .map(r -> r.equals(dev.shale.model.Policy.PUBLIC) ? "PUBLIC" : quote(r))
            .toList());
  }

  static String alterTable(QualifiedName table) {
    return "ALTER TABLE " + qualified(table) + " ";
  }

  static String alterColumn(QualifiedName table, String column) {
    return alterTable(table) + "ALTER COLUMN " + quote(column) + " ";
  }

  private void render(Change change) {
    if (UserTypeStatements.handles(change)) {
      new UserTypeStatements(context, this::emit).render(change);
    } else if (change instanceof Change.CreateSchema c) {
      emit("CREATE SCHEMA " + quote(c.name()));
    } else if (change instanceof Change.DropSchema c) {
      emit("DROP SCHEMA " + quote(c.name()), risk(Rule.DROP_OBJECT, false, true));
    } else if (change instanceof Change.RenameSchema c) {
      emit(
          "ALTER SCHEMA " + quote(c.from()) + " RENAME TO " + quote(c.to()),
          risk(Rule.RENAME_OBJECT, false, true));
    } else if (change instanceof Change.CreateExtension c) {
      emit(createExtension(c.extension()));
    } else if (change instanceof Change.DropExtensions c) {
      emit(
          "DROP EXTENSION "
              + String.join(", ", c.extensions().stream().map(x -> quote(x.name())).toList()),
          risk(Rule.DROP_OBJECT, false, true));
    } else if (change instanceof Change.AlterExtension c) {
      if (c.moves()) {
        emit(
            "ALTER EXTENSION " + quote(c.to().name()) + " SET SCHEMA " + quote(c.to().schema()),
            risk(Rule.RENAME_OBJECT, false, true));
      }
      if (c.updates()) {
        emit("ALTER EXTENSION " + quote(c.to().name()) + " UPDATE TO " + literal(c.to().version()));
      }
    } else if (change instanceof Change.CreateRoutine c) {
      createRoutine(c.routine(), false);
    } else if (change instanceof Change.ReplaceRoutine c) {
      createRoutine(c.to(), true);
    } else if (change instanceof Change.DropRoutine c) {
      emit(dropRoutine(c.routine()), risk(Rule.DROP_OBJECT, false, true));
    } else if (change instanceof Change.CreateEnum c) {
      emit(createEnum(c.type().name(), c.type().values()));
    } else if (change instanceof Change.DropEnum c) {
      emit(
          "DROP TYPE " + qualified(c.type().name()),
          c.retired() ? Risk.NONE : risk(Rule.DROP_ENUM, false, true));
    } else if (change instanceof Change.RenameEnum c) {
      renameObject("TYPE", c.from(), c.to());
    } else if (change instanceof Change.AddEnumValue c) {
      addEnumValue(c);
    } else if (change instanceof Change.RenameEnumValue c) {
      // With the values added to the same enum when they go first, so that their positions
      // (BEFORE/AFTER) name values as they are then.
      boolean early = context.addsValuesEarly(c.type());
      emit(
          early ? Stage.ENUM_VALUES : Stage.MAIN,
          "ALTER TYPE "
              + qualified(early ? context.enumNameBefore(c.type()) : c.type())
              + " RENAME VALUE "
              + literal(c.from())
              + " TO "
              + literal(c.to()),
          risk(Rule.RENAME_OBJECT, false, true));
    } else if (change instanceof Change.RebuildEnum c) {
      rebuildEnum(c);
    } else if (change instanceof Change.CreateSequence c) {
      String options =
          SqlFragments.sequenceOptions(
              c.sequence().options(), c.sequence().dataType(), SqlFragments.OptionSpelling.CHANGED);
      emit(
          "CREATE SEQUENCE "
              + qualified(c.sequence().name())
              + " AS "
              + c.sequence().dataType()
              + (options.isEmpty() ? "" : " " + options));
    } else if (change instanceof Change.DropSequence c) {
      emit(
          "DROP SEQUENCE " + (c.withOwner() ? "IF EXISTS " : "") + qualified(c.sequence().name()),
          risk(Rule.DROP_OBJECT, false, true));
    } else if (change instanceof Change.RenameSequence c) {
      if (c.disown()) {
        emit("ALTER SEQUENCE " + qualified(c.from()) + " OWNED BY NONE", owning(c.from()));
      }
      renameObject("SEQUENCE", c.from(), c.to());
    } else if (change instanceof Change.SetSequenceOwner c) {
      emit(
          "ALTER SEQUENCE "
              + qualified(c.sequence())
              + " OWNED BY "
              + (c.to() == null
                  ? "NONE"
                  : qualified(c.to().table()) + "." + quote(c.to().column())),
          owning(c.sequence()));
    } else if (change instanceof Change.RenameOwnedSequence c) {
      emit("ALTER SEQUENCE " + qualified(c.from()) + " RENAME TO " + quote(c.to().name()));
    } else if (change instanceof Change.AlterSequence c) {
      // AS only when the type changes, and then with explicit bounds: with AS, PostgreSQL resets a
      // bound that equalled the old type's limit whatever NO MINVALUE/NO MAXVALUE say. A sequence
      // that turns around must restart inside its new range.
      boolean retyped = !c.from().dataType().equals(c.to().dataType());
      String options =
          retyped
              ? SqlFragments.sequenceOptions(
                  c.to().options(), c.to().dataType(), SqlFragments.OptionSpelling.ALL_EXPLICIT)
              : SqlFragments.sequenceOptions(
                  c.to().options(), c.to().dataType(), SqlFragments.OptionSpelling.ALL);
      emit(
          "ALTER SEQUENCE "
              + qualified(c.to().name())
              + (retyped ? " AS " + c.to().dataType() : "")
              + " "
              + options
              + (directionFlips(c.from().options(), c.to().options()) ? " RESTART" : ""));
    } else if (change instanceof Change.CreateTable c) {
      emit(createTable(c.definition()), partitionCreated(c.definition()));
      renameCopiesInTheWay(c.definition());
    } else if (change instanceof Change.AttachPartition c) {
      attachPartition(c);
    } else if (change instanceof Change.DetachPartition c) {
      String detach = alterTable(c.parent()) + "DETACH PARTITION " + qualified(c.table());
      CheckConstraint leftBehind = detachCheck(c);
      if (c.concurrently() && context.options.online() && leftBehind != null) {
        deferrals.add(new Deferral.PartitionDetached(c.table(), c.was(), leftBehind));
        deferrals.add(
            new Deferral.PartitionDetachPending(
                c.table(), context.before().table(c.table()).orElseThrow()));
        emit(
            Stage.INDEXES,
            detach + " CONCURRENTLY",
            new Risk(
                List.of(
                    new TableLock(c.parent(), LockMode.SHARE_UPDATE_EXCLUSIVE),
                    new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE)),
                false,
                false,
                false,
                false,
                List.of()));
        emit(
            Stage.VALIDATE,
            alterTable(c.table()) + "DROP CONSTRAINT IF EXISTS " + quote(leftBehind.name()),
            brief(c.table()));
      } else {
        emit(detach, detached(c.parent(), c.table()));
      }
    } else if (change instanceof Change.DropTable c) {
      List<TableLock> locks = new ArrayList<>();
      locks.add(new TableLock(c.definition().name(), LockMode.ACCESS_EXCLUSIVE));
      if (c.definition().isPartition()) {
        locks.add(new TableLock(c.definition().partitioning().parent(), LockMode.ACCESS_EXCLUSIVE));
      }
      c.definition().foreignKeys().stream()
          .map(fk -> fk.targetTable())
          .filter(t -> !t.equals(c.definition().name()))
          .distinct()
          .forEach(t -> locks.add(new TableLock(t, LockMode.ACCESS_EXCLUSIVE)));
      emit(
          "DROP TABLE " + qualified(c.definition().name()),
          new Risk(locks, false, false, true, true, List.of(Rule.DROP_TABLE)));
    } else if (change instanceof Change.RenameTable c) {
      renameTable(c);
    } else if (change instanceof Change.AddColumn c) {
      addColumn(c);
    } else if (change instanceof Change.DropColumn c && c.recreated()) {
      emit(alterTable(c.table()) + "DROP COLUMN " + quote(c.column().name()), brief(c.table()));
    } else if (change instanceof Change.DropColumn c) {
      List<Rule> rules =
          c.suspectedRename() == null
              ? List.of(Rule.DROP_COLUMN)
              : List.of(Rule.DROP_COLUMN, Rule.DROP_ADD_SUSPECTED_RENAME);
      emit(
          alterTable(c.table()) + "DROP COLUMN " + quote(c.column().name()),
          new Risk(
              List.of(new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE)),
              false,
              false,
              true,
              true,
              rules));
    } else if (change instanceof Change.RenameColumn c) {
      emit(
          alterTable(c.table()) + "RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to()),
          new Risk(
              List.of(new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE)),
              false,
              false,
              false,
              true,
              List.of(Rule.RENAME_COLUMN)));
    } else if (change instanceof Change.AlterColumnType c) {
      alterColumnType(c);
    } else if (change instanceof Change.SetNotNull c && OnlineForms.applies(context, c)) {
      online().setNotNull(c);
    } else if (change instanceof Change.SetNotNull c) {
      Risk risk =
          isNew(c.table())
              ? Risk.NONE
              : new Risk(
                  List.of(new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE)),
                  false,
                  true,
                  false,
                  false,
                  context.defaultedColumns.contains(List.of(c.table(), c.column()))
                      ? List.of(Rule.SET_NOT_NULL, Rule.NOT_NULL_AFTER_DEFAULT)
                      : List.of(Rule.SET_NOT_NULL));
      emit(alterColumn(c.table(), c.column()) + "SET NOT NULL", risk);
    } else if (change instanceof Change.DropNotNull c) {
      emit(alterColumn(c.table(), c.column()) + "DROP NOT NULL", brief(c.table()));
    } else if (change instanceof Change.SetDefault c) {
      emit(
          alterColumn(c.table(), c.column()) + "SET DEFAULT " + SqlFragments.user(c.expression()),
          brief(c.table()));
    } else if (change instanceof Change.DropDefault c) {
      emit(alterColumn(c.table(), c.column()) + "DROP DEFAULT", brief(c.table()));
    } else if (change instanceof Change.AddIdentity c) {
      emit(
          alterColumn(c.table(), c.column())
              + "ADD "
              + SqlFragments.identity(c.identity(), "bigint"),
          brief(c.table()));
      if (!isNew(c.table()) && c.identity().options().effective("bigint").increment() > 0) {
        // Rows already there: the sequence must continue after them, not collide with them.
        long start = c.identity().options().effective("bigint").start();
        String column = quote(c.column());
        boolean ownsAnother =
            context.before().sequences().stream()
                .anyMatch(
                    q ->
                        q.ownedBy() != null
                            && q.ownedBy().table().equals(c.table())
                            && q.ownedBy().column().equals(c.column()));
        if (ownsAnother) {
          // pg_get_serial_sequence would name the sequence the column owns by OWNED BY, not its
          // identity sequence (dependency type 'i').
          String table = literal(qualified(c.table())) + "::regclass";
          emit(
              "SELECT setval(d.objid::regclass, max(t."
                  + column
                  + ")) FROM "
                  + qualified(c.table())
                  + " t, pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.refobjid = "
                  + table
                  + " AND d.deptype = 'i' AND d.refobjsubid = (SELECT attnum FROM pg_attribute"
                  + " WHERE attrelid = "
                  + table
                  + " AND attname = "
                  + literal(c.column())
                  + ") GROUP BY d.objid HAVING max(t."
                  + column
                  + ") >= "
                  + start);
        } else {
          emit(
              "SELECT setval(pg_get_serial_sequence("
                  + literal(qualified(c.table()))
                  + ", "
                  + literal(c.column())
                  + "), max("
                  + column
                  + ")) FROM "
                  + qualified(c.table())
                  + " HAVING max("
                  + column
                  + ") >= "
                  + start);
        }
      }
    } else if (change instanceof Change.DropIdentity c) {
      emit(alterColumn(c.table(), c.column()) + "DROP IDENTITY", brief(c.table()));
    } else if (change instanceof Change.AlterIdentity c) {
      List<String> sets = new ArrayList<>();
      if (c.from().kind() != c.to().kind()) {
        sets.add("SET GENERATED " + c.to().kind().sql());
      }
      if (!c.from().options().equals(c.to().options())) {
        SqlFragments.sequenceOptionList(
                c.to().options(), c.integerType(), SqlFragments.OptionSpelling.ALL)
            .forEach(o -> sets.add("SET " + o));
        if (directionFlips(c.from().options(), c.to().options())) {
          sets.add("RESTART");
        }
      }
      emit(alterColumn(c.table(), c.column()) + String.join(" ", sets), brief(c.table()));
    } else if (change instanceof Change.SetGeneratedExpression c) {
      if (pgVersion < 17) {
        // SchemaDiff.diff for a target before 17 drops and re-adds the column with its dependants.
        throw new IllegalArgumentException(
            "SET EXPRESSION needs PostgreSQL 17: diff for pgVersion " + pgVersion + " instead");
      }
      Risk rewrite = rewrite(c.table(), Rule.SET_GENERATED_EXPRESSION);
      List<TableLock> locks = new ArrayList<>(rewrite.locks());
      c.referencing().stream()
          .filter(t -> !isNew(t))
          .forEach(t -> locks.add(new TableLock(t, LockMode.ACCESS_EXCLUSIVE)));
      emit(
          alterColumn(c.table(), c.column())
              + "SET EXPRESSION AS ("
              + SqlFragments.user(c.expression())
              + ")",
          new Risk(
              locks,
              rewrite.rewrite(),
              rewrite.scan(),
              rewrite.dataLoss(),
              rewrite.breaksRunningCode(),
              rewrite.rules()));
    } else if (change instanceof Change.DropGeneratedExpression c) {
      emit(alterColumn(c.table(), c.column()) + "DROP EXPRESSION", brief(c.table()));
    } else if (change instanceof Change.AddPrimaryKey c && OnlineForms.applies(context, c)) {
      online().addPrimaryKey(c);
    } else if (change instanceof Change.AddUnique c && OnlineForms.applies(context, c)) {
      online().addUnique(c);
    } else if (change instanceof Change.AddCheck c && c.constraint().notValid()) {
      emit(alterTable(c.table()) + "ADD " + check(c.constraint()) + " NOT VALID", brief(c.table()));
    } else if (change instanceof Change.ValidateConstraint c && context.online(c.table())) {
      online().validateDeclared(c);
    } else if (change instanceof Change.ValidateConstraint c) {
      emit(
          alterTable(c.table()) + "VALIDATE CONSTRAINT " + quote(c.name()),
          OnlineForms.validating(context, c.table(), c.referenced()));
    } else if (change instanceof Change.AddCheck c && context.onlineCheck(c.table())) {
      online().addCheck(c);
    } else if (change instanceof Change.AddForeignKey c && OnlineForms.applies(context, c)) {
      online().addForeignKey(c);
    } else if (change instanceof Change.CreateIndex c && createdPartitionByPartition(c)) {
      // built partition by partition
    } else if (change instanceof Change.CreateIndex c && OnlineForms.applies(context, c)) {
      online().createIndex(c);
    } else if (change instanceof Change.DropIndex c && context.online(c.table())) {
      online().dropIndex(c);
    } else if (change instanceof Change.AddPrimaryKey c) {
      emit(
          alterTable(c.table())
              + "ADD CONSTRAINT "
              + quote(c.key().name())
              + " PRIMARY KEY ("
              + columnList(c.key().columns())
              + ")",
          isNew(c.table()) ? Risk.NONE : scanning(c.table(), Rule.ADD_PRIMARY_KEY));
    } else if (change instanceof Change.AddUnique c) {
      emit(
          alterTable(c.table()) + "ADD " + unique(c.constraint()),
          isNew(c.table()) ? Risk.NONE : scanning(c.table(), Rule.ADD_UNIQUE));
    } else if (change instanceof Change.AddCheck c) {
      emit(
          alterTable(c.table()) + "ADD " + check(c.constraint()),
          isNew(c.table()) ? Risk.NONE : scanning(c.table(), Rule.ADD_CHECK));
    } else if (change instanceof Change.AddForeignKey c) {
      addForeignKey(c);
    } else if (change instanceof Change.AddExclusion c) {
      // No online form: an exclusion constraint cannot be added NOT VALID, nor from an index.
      emit(
          alterTable(c.table()) + "ADD " + SqlFragments.exclusion(c.constraint()),
          isNew(c.table()) ? Risk.NONE : scanning(c.table(), Rule.ADD_EXCLUSION));
    } else if (change instanceof Change.DropConstraint c) {
      Object kept = context.keptUntilReplaced.get(List.of(c.table(), c.name()));
      if (kept != null) {
        deferrals.add(new Deferral.ConstraintKept(c.table(), kept));
      }
      List<TableLock> locks = new ArrayList<>();
      if (!isNew(c.table())) {
        locks.add(new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE));
      }
      if (c.referenced() != null && !c.referenced().equals(c.table()) && !isNew(c.referenced())) {
        locks.add(new TableLock(c.referenced(), LockMode.ACCESS_EXCLUSIVE));
      }
      emit(
          kept == null ? Stage.MAIN : Stage.VALIDATE,
          alterTable(c.table()) + "DROP CONSTRAINT " + quote(c.name()),
          new Risk(locks, false, false, false, false, List.of()));
    } else if (change instanceof Change.AlterForeignKeyDeferral c) {
      String deferral =
          switch (c.key().deferral()) {
            case NOT_DEFERRABLE -> "NOT DEFERRABLE";
            case DEFERRABLE_INITIALLY_IMMEDIATE -> "DEFERRABLE INITIALLY IMMEDIATE";
            case DEFERRABLE_INITIALLY_DEFERRED -> "DEFERRABLE INITIALLY DEFERRED";
          };
      emit(
          alterTable(c.table()) + "ALTER CONSTRAINT " + quote(c.key().name()) + " " + deferral,
          brief(c.table()));
    } else if (change instanceof Change.RenameConstraint c) {
      emit(
          alterTable(c.table()) + "RENAME CONSTRAINT " + quote(c.from()) + " TO " + quote(c.to()),
          brief(c.table()));
    } else if (change instanceof Change.CreateIndex c) {
      emit(
          SqlFragments.createIndex(c.table(), c.index()),
          isNew(c.table())
              ? Risk.NONE
              : new Risk(
                  List.of(new TableLock(c.table(), LockMode.SHARE)),
                  false,
                  true,
                  false,
                  false,
                  List.of(Rule.CREATE_INDEX_NON_CONCURRENT)));
    } else if (change instanceof Change.DropIndex c) {
      emit(
          "DROP INDEX " + qualified(c.table().schema(), c.name()),
          isNew(c.table())
              ? Risk.NONE
              : lock(c.table(), LockMode.ACCESS_EXCLUSIVE, Rule.DROP_INDEX_NON_CONCURRENT));
    } else if (change instanceof Change.RenameIndex c) {
      // PostgreSQL 12+ renames an index under SHARE UPDATE EXCLUSIVE on the index only.
      emit(
          "ALTER INDEX " + qualified(c.table().schema(), c.from()) + " RENAME TO " + quote(c.to()),
          isNew(c.table())
              ? Risk.NONE
              : new Risk(
                  List.of(
                      new TableLock(
                          new QualifiedName(c.table().schema(), c.from()),
                          LockMode.SHARE_UPDATE_EXCLUSIVE)),
                  false,
                  false,
                  false,
                  false,
                  List.of()));
    } else if (change instanceof Change.CreateView c) {
      createdViews.add(c.view().name());
      String kind = c.view().materialized() ? "MATERIALIZED VIEW " : "VIEW ";
      emit(
          "CREATE "
              + kind
              + qualified(c.view().name())
              + (c.view().options().isEmpty()
                  ? ""
                  : " WITH (" + SqlFragments.parameters(c.view().options()) + ")")
              + " AS\n"
              + SqlFragments.user(c.view().query()),
          c.view().materialized() ? risk(Rule.MATERIALIZED_VIEW_BUILD, false, false) : Risk.NONE);
    } else if (change instanceof Change.DropView c) {
      String kind = c.view().materialized() ? "MATERIALIZED VIEW " : "VIEW ";
      List<TableLock> locks = List.of(new TableLock(c.view().name(), LockMode.ACCESS_EXCLUSIVE));
      emit(
          "DROP " + kind + qualified(c.view().name()),
          c.recreated()
              ? new Risk(locks, false, false, false, false, List.of())
              : new Risk(
                  locks, false, false, c.view().materialized(), true, List.of(Rule.DROP_OBJECT)));
    } else if (change instanceof Change.RenameView c) {
      renameView(c);
    } else if (change instanceof Change.SetViewOptions c) {
      String kind = c.view().materialized() ? "MATERIALIZED VIEW " : "VIEW ";
      emit(
          "ALTER " + kind + qualified(c.view().name()) + " " + setAndReset(c.set(), c.reset()),
          lock(
              c.view().name(),
              c.view().materialized()
                  ? LockMode.SHARE_UPDATE_EXCLUSIVE
                  : LockMode.ACCESS_EXCLUSIVE));
    } else if (change instanceof Change.SetLogged c) {
      emit(
          alterTable(c.table()) + (c.logged() ? "SET LOGGED" : "SET UNLOGGED"),
          isNew(c.table()) ? Risk.NONE : rewrite(c.table(), Rule.SET_LOGGED_UNLOGGED));
    } else if (change instanceof Change.SetStorageParameters c) {
      boolean catalogTable =
          c.set().stream().anyMatch(p -> p.name().equals("user_catalog_table"))
              || c.reset().contains("user_catalog_table");
      emit(
          alterTable(c.table()) + setAndReset(c.set(), c.reset()),
          isNew(c.table())
              ? Risk.NONE
              : lock(
                  c.table(),
                  catalogTable ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE));
    } else if (change instanceof Change.SetRowSecurity c) {
      Risk lock = brief(c.table());
      emit(
          alterTable(c.table()) + (c.enabled() ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY",
          c.enabled() || isNew(c.table())
              ? lock
              : new Risk(
                  lock.locks(), false, false, false, false, List.of(Rule.ROW_SECURITY_DISABLED)));
    } else if (change instanceof Change.SetForceRowSecurity c) {
      emit(
          alterTable(c.table()) + (c.forced() ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY",
          brief(c.table()));
    } else if (change instanceof Change.CreatePolicy c) {
      emit(createPolicy(c.table(), c.policy()), brief(c.table()));
    } else if (change instanceof Change.DropPolicy c) {
      Risk lock = brief(c.table());
      emit(
          "DROP POLICY " + quote(c.policy().name()) + " ON " + qualified(c.table()),
          c.recreated() || isNew(c.table())
              ? lock
              : new Risk(lock.locks(), false, false, false, true, List.of(Rule.DROP_OBJECT)));
    } else if (change instanceof Change.AlterPolicy c) {
      emit(alterPolicy(c), brief(c.table()));
    } else if (GrantSql.handles(change)) {
      GrantSql.Sql grant = GrantSql.statement(change);
      emit(grant.sql(), grant.risk());
    } else if (TriggerSql.handles(change)) {
      TriggerSql.Sql trigger = TriggerSql.statement(change);
      emit(trigger.sql(), isNew(trigger.table()) ? Risk.NONE : trigger.risk());
    } else if (change instanceof Change.CommentOnTable c) {
      emit(
          "COMMENT ON TABLE " + qualified(c.table()) + " IS " + commentText(c.comment()),
          commentLock(c.table()));
    } else if (change instanceof Change.CommentOnColumn c) {
      emit(
          "COMMENT ON COLUMN "
              + qualified(c.table())
              + "."
              + quote(c.column())
              + " IS "
              + commentText(c.comment()),
          commentLock(c.table()));
    } else if (change instanceof Change.CommentOnView c) {
      emit(
          "COMMENT ON "
              + (c.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
              + qualified(c.view())
              + " IS "
              + commentText(c.comment()),
          createdViews.contains(c.view()) ? Risk.NONE : commentLock(c.view()));
    } else if (change instanceof Change.Backfill c) {
      boolean firstOfItsStep = out.stream().noneMatch(s -> s.stage() == Stage.BACKFILL);
      ExpandContractSql.backfill(c, context.online(c.table()), firstOfItsStep, this::emit);
    } else if (change instanceof Change.ContractColumn c) {
      ExpandContractSql.contract(c, this::emit);
    } else {
      throw new IllegalStateException("no SQL for " + change);
    }
  }

  private OnlineForms online() {
    return new OnlineForms(context, this::emit, deferrals::add);
  }

  /**
   * ALTER TYPE … ADD VALUE: alone in its own first migration when the plan is online or a later
   * statement uses the value (it can be used only once committed), under the type's name before
   * this plan's renames; else in the main migration.
   */
  private void addEnumValue(Change.AddEnumValue c) {
    String position =
        c.after() != null
            ? " AFTER " + literal(c.after())
            : c.before() != null ? " BEFORE " + literal(c.before()) : "";
    if (context.addsValuesEarly(c.type())) {
      emit(
          Stage.ENUM_VALUES,
          "ALTER TYPE "
              + qualified(context.enumNameBefore(c.type()))
              + " ADD VALUE IF NOT EXISTS "
              + literal(c.value())
              + position,
          Risk.NONE);
    } else {
      emit(
          "ALTER TYPE " + qualified(c.type()) + " ADD VALUE " + literal(c.value()) + position,
          risk(Rule.ADD_ENUM_VALUE, false, false));
    }
  }

  /**
   * COMMENT ON a table, column or view takes SHARE UPDATE EXCLUSIVE on the relation: it waits for,
   * and blocks, other DDL only.
   */
  private Risk commentLock(QualifiedName table) {
    return isNew(table)
        ? Risk.NONE
        : new Risk(
            List.of(new TableLock(table, LockMode.SHARE_UPDATE_EXCLUSIVE)),
            false,
            false,
            false,
            false,
            List.of());
  }

  private static boolean directionFlips(
      dev.shale.model.SequenceOptions from, dev.shale.model.SequenceOptions to) {
    long a = from.increment() == null ? 1 : from.increment();
    long b = to.increment() == null ? 1 : to.increment();
    return (a > 0) != (b > 0);
  }

  private static Risk risk(Rule rule, boolean dataLoss, boolean breaks) {
    return new Risk(List.of(), false, false, dataLoss, breaks, List.of(rule));
  }

  private static Risk rewrite(QualifiedName table, Rule rule) {
    return new Risk(
        List.of(new TableLock(table, LockMode.ACCESS_EXCLUSIVE)),
        true,
        false,
        false,
        false,
        List.of(rule));
  }

  private static Risk scanning(QualifiedName table, Rule rule) {
    return new Risk(
        List.of(new TableLock(table, LockMode.ACCESS_EXCLUSIVE)),
        false,
        true,
        false,
        false,
        List.of(rule));
  }

  private static String commentText(String comment) {
    return comment == null ? "NULL" : literal(comment);
  }

  private static String createEnum(QualifiedName name, List<String> values) {
    return "CREATE TYPE "
        + qualified(name)
        + " AS ENUM ("
        + values.stream().map(Identifiers::literal).collect(Collectors.joining(", "))
        + ")";
  }

  private void renameObject(String kind, QualifiedName from, QualifiedName to) {
    String target = "ALTER " + kind + " " + qualified(from);
    if (!from.schema().equals(to.schema())) {
      emit(target + " SET SCHEMA " + quote(to.schema()), risk(Rule.RENAME_OBJECT, false, true));
      target = "ALTER " + kind + " " + qualified(to.schema(), from.name());
    }
    if (!from.name().equals(to.name())) {
      emit(target + " RENAME TO " + quote(to.name()), risk(Rule.RENAME_OBJECT, false, true));
    }
  }

  /**
   * A view moved and renamed like {@link #renameObject}, under ACCESS EXCLUSIVE on the view as it
   * is named at each statement.
   */
  private void renameView(Change.RenameView c) {
    String kind = c.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    QualifiedName now = c.from();
    if (!c.from().schema().equals(c.to().schema())) {
      emit(
          "ALTER " + kind + " " + qualified(now) + " SET SCHEMA " + quote(c.to().schema()),
          renaming(now, Rule.RENAME_OBJECT));
      now = new QualifiedName(c.to().schema(), c.from().name());
    }
    if (!c.from().name().equals(c.to().name())) {
      emit(
          "ALTER " + kind + " " + qualified(now) + " RENAME TO " + quote(c.to().name()),
          renaming(now, Rule.RENAME_OBJECT));
    }
  }

  /** A table moved to its new schema, then renamed: each under ACCESS EXCLUSIVE on it as it is. */
  private void renameTable(Change.RenameTable c) {
    QualifiedName now = c.from();
    if (!c.from().schema().equals(c.to().schema())) {
      emit(
          "ALTER TABLE " + qualified(now) + " SET SCHEMA " + quote(c.to().schema()),
          renaming(now, Rule.RENAME_TABLE));
      now = new QualifiedName(c.to().schema(), c.from().name());
    }
    if (!c.from().name().equals(c.to().name())) {
      emit(
          "ALTER TABLE " + qualified(now) + " RENAME TO " + quote(c.to().name()),
          renaming(now, Rule.RENAME_TABLE));
    }
  }

  /**
   * ALTER SEQUENCE … OWNED BY takes SHARE ROW EXCLUSIVE on the sequence (nextval waits for the
   * transaction) and ACCESS SHARE on the new owner's table: measured on PostgreSQL 14, 17 and 18. A
   * sequence this plan creates is locked by nobody else.
   */
  private Risk owning(QualifiedName sequence) {
    return context.createsSequence(sequence)
        ? Risk.NONE
        : Risk.lockOnly(sequence, LockMode.SHARE_ROW_EXCLUSIVE);
  }

  private static Risk renaming(QualifiedName relation, Rule rule) {
    return new Risk(
        List.of(new TableLock(relation, LockMode.ACCESS_EXCLUSIVE)),
        false,
        false,
        false,
        true,
        List.of(rule));
  }

  /**
   * A new partition of a parent that exists locks the parent briefly (ACCESS EXCLUSIVE, measured on
   * 15) and reads the parent's default partition, if any, to check that no row there belongs to the
   * new one.
   */
  private Risk partitionCreated(Table table) {
    if (!table.isPartition() || isNew(table.partitioning().parent())) {
      return Risk.NONE;
    }
    QualifiedName parent = table.partitioning().parent();
    List<TableLock> locks = new ArrayList<>();
    locks.add(new TableLock(parent, LockMode.ACCESS_EXCLUSIVE));
    Table defaultPartition = defaultPartition(parent);
    if (defaultPartition != null) {
      locks.add(new TableLock(defaultPartition.name(), LockMode.ACCESS_EXCLUSIVE));
    }
    return new Risk(
        locks,
        false,
        defaultPartition != null,
        false,
        false,
        defaultPartition == null ? List.of() : List.of(Rule.DEFAULT_PARTITION_SCAN));
  }

  /**
   * A new partition of a parent that exists gets its copies of the parent's keys and indexes from
   * CREATE TABLE … PARTITION OF, named past the names then in use: one may take the name of an
   * index the partition declares, which is made next. Such copies are renamed to the names
   * PostgreSQL would have given them had the partition's own indexes been there first (as it names
   * them when the parent's index comes after), the last first so that no new name is still held.
   */
  private void renameCopiesInTheWay(Table table) {
    if (!table.isPartition() || isNew(table.partitioning().parent()) || table.indexes().isEmpty()) {
      return;
    }
    String schema = table.name().schema();
    QualifiedName parent = table.partitioning().parent();
    String partition = table.name().name();
    Set<String> inUse = context.before().relationNames(schema);
    List<String> made =
        PartitionCopies.of(context.before(), parent, partition, inUse::contains).names();
    Set<String> own = new HashSet<>();
    table.indexes().forEach(i -> own.add(i.name()));
    if (made.stream().noneMatch(own::contains)) {
      return;
    }
    Set<String> planned = relationNames(schema);
    planned.addAll(own);
    List<String> wanted =
        PartitionCopies.of(context.before(), parent, partition, planned::contains).names();
    for (int i = made.size() - 1; i >= 0; i--) {
      if (!made.get(i).equals(wanted.get(i))) {
        emit(
            "ALTER INDEX " + qualified(schema, made.get(i)) + " RENAME TO " + quote(wanted.get(i)),
            Risk.NONE);
      }
    }
  }

  /**
   * A plain DETACH PARTITION (measured on 17): ACCESS EXCLUSIVE on the parent and the partition,
   * SHARE ROW EXCLUSIVE on what the parent's foreign keys reference.
   */
  private Risk detached(QualifiedName parent, QualifiedName partition) {
    List<TableLock> locks = new ArrayList<>();
    locks.add(new TableLock(parent, LockMode.ACCESS_EXCLUSIVE));
    locks.add(new TableLock(partition, LockMode.ACCESS_EXCLUSIVE));
    context.before().table(parent).stream()
        .flatMap(t -> t.foreignKeys().stream())
        .map(fk -> fk.targetTable())
        .filter(t -> !t.equals(parent))
        .distinct()
        .forEach(t -> locks.add(new TableLock(t, LockMode.SHARE_ROW_EXCLUSIVE)));
    return new Risk(
        locks, false, false, false, false, List.of(Rule.DETACH_PARTITION_NON_CONCURRENT));
  }

  /**
   * The check that DETACH PARTITION … CONCURRENTLY leaves on the table in place of its bound (named
   * as PostgreSQL names it), for the next step to drop; null where Shale cannot tell its name or
   * the name is a declared check's: the detach then takes its plain form.
   */
  private CheckConstraint detachCheck(Change.DetachPartition c) {
    dev.shale.model.PartitionKey key =
        context.before().table(c.parent()).map(t -> t.partitioning().key()).orElse(null);
    String check = PartitionSql.boundCheck(key, c.was().bound());
    if (check == null) {
      return null;
    }
    String name = PgNames.makeObjectName(c.table().name(), key.elements().get(0).column(), "check");
    boolean declared =
        context.before().table(c.table()).stream()
            .anyMatch(t -> t.checks().stream().anyMatch(k -> k.name().equals(name)));
    return declared ? null : new CheckConstraint(name, check, false);
  }

  /**
   * The partitions of a live partitioned table that a new index of it is built on one by one
   * (concurrently) before it is made on the parent and they are attached to it; null where the
   * index takes its plain form: not online, a new table, a partition partitioned in turn, or
   * partitions created, attached or detached in the same change.
   */
  private List<Table> partitionsForOnlineIndex(Change.CreateIndex c) {
    if (!context.options.online()
        || isNew(c.table())
        || !context.before().table(c.table()).map(Table::isPartitioned).orElse(false)) {
      return null;
    }
    for (Change other : changes) {
      boolean reshaped =
          other instanceof Change.CreateTable t
                  && t.definition().isPartition()
                  && t.definition().partitioning().parent().equals(c.table())
              || other instanceof Change.AttachPartition a && a.parent().equals(c.table())
              || other instanceof Change.DetachPartition d && d.parent().equals(c.table());
      if (reshaped) {
        return null;
      }
    }
    List<Table> partitions =
        context.before().partitionsOf(c.table()).stream()
            .filter(p -> !droppedTables.contains(p.name()))
            .toList();
    return partitions.stream().anyMatch(Table::isPartitioned) ? null : partitions;
  }

  /**
   * An index of a live partitioned table without blocking writes (PostgreSQL builds none
   * concurrently on the parent): each partition's is built concurrently, then, in the next step,
   * the parent's is made {@code ON ONLY} (no build) and each partition's attached to it, which
   * makes it valid. Measured on 15: SHARE on the parent and ACCESS SHARE on the partitions,
   * briefly.
   */
  private boolean createdPartitionByPartition(Change.CreateIndex c) {
    List<Table> partitions = partitionsForOnlineIndex(c);
    if (partitions != null) {
      createPartitionedIndex(c, partitions);
    }
    return partitions != null;
  }

  private void createPartitionedIndex(Change.CreateIndex c, List<Table> partitions) {
    Index index = c.index();
    java.util.Set<String> taken = relationNames(c.table().schema());
    List<Deferral.PartitionIndex> children = new ArrayList<>();
    for (Table partition : partitions) {
      Set<String> names =
          partition.name().schema().equals(c.table().schema())
              ? taken
              : relationNames(partition.name().schema());
      String name = PgNames.indexName(partition.name().name(), index, names::contains);
      names.add(name);
      Index child = index.withName(name);
      children.add(new Deferral.PartitionIndex(partition.name(), child));
      deferrals.add(new Deferral.IndexChanged(partition.name(), null, child));
      emit(
          Stage.INDEXES,
          SqlFragments.createIndex(partition.name(), child, name, true),
          Risk.lockOnly(partition.name(), LockMode.SHARE_UPDATE_EXCLUSIVE));
    }
    deferrals.add(new Deferral.PartitionedIndexAttached(c.table(), index, children));
    emit(
        Stage.VALIDATE,
        SqlFragments.createIndex(c.table(), index, index.name(), false, true),
        Risk.lockOnly(c.table(), LockMode.SHARE));
    for (Deferral.PartitionIndex child : children) {
      emit(
          Stage.VALIDATE,
          "ALTER INDEX "
              + qualified(c.table().schema(), index.name())
              + " ATTACH PARTITION "
              + qualified(child.partition().schema(), child.index().name()),
          Risk.lockOnly(child.partition(), LockMode.ACCESS_SHARE));
    }
  }

  /** The names of the relations of a schema, before and after this change. */
  private Set<String> relationNames(String schema) {
    Set<String> names = context.before().relationNames(schema);
    context.claimedNames.stream()
        .filter(n -> n.schema().equals(schema))
        .forEach(n -> names.add(n.name()));
    for (Change other : changes) {
      if (other instanceof Change.CreateIndex i && i.table().schema().equals(schema)) {
        names.add(i.index().name());
      }
    }
    return names;
  }

  private Table defaultPartition(QualifiedName parent) {
    return context.before().partitionsOf(parent).stream()
        .filter(p -> p.partitioning().bound().kind() == dev.shale.model.PartitionBound.Kind.DEFAULT)
        .findFirst()
        .orElse(null);
  }

  /**
   * A table that exists joins a parent: where a check can stand for the bound, it is added NOT
   * VALID, validated in the next step (reads and writes go on), and then ATTACH PARTITION proves
   * the rows fit without reading them, and the check goes. Otherwise ATTACH reads the whole table
   * under ACCESS EXCLUSIVE.
   */
  private void attachPartition(Change.AttachPartition c) {
    String attach =
        alterTable(c.parent()) + "ATTACH PARTITION " + qualified(c.table()) + " " + c.bound().sql();
    String check = PartitionSql.boundCheck(c.key(), c.bound());
    Table defaultPartition = defaultPartition(c.parent());
    String detach =
        c.was() != null && c.was().isPartition()
            ? alterTable(c.was().parent()) + "DETACH PARTITION " + qualified(c.table())
            : null;
    Risk detached = detach == null ? null : detached(c.was().parent(), c.table());
    List<TableLock> attachLocks = new ArrayList<>();
    attachLocks.add(new TableLock(c.parent(), LockMode.SHARE_UPDATE_EXCLUSIVE));
    attachLocks.add(new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE));
    if (defaultPartition != null) {
      attachLocks.add(new TableLock(defaultPartition.name(), LockMode.ACCESS_EXCLUSIVE));
    }
    if (check == null || !context.options.online()) {
      for (CheckConstraint k : c.parentChecks()) {
        emit(
            alterTable(c.table()) + "ADD " + check(k),
            new Risk(
                List.of(new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE)),
                false,
                true,
                false,
                false,
                List.of()));
      }
      if (detach != null) {
        emit(detach, detached);
      }
      emit(
          attach,
          new Risk(
              attachLocks,
              false,
              true,
              false,
              false,
              defaultPartition == null
                  ? List.of(Rule.ATTACH_PARTITION_SCAN)
                  : List.of(Rule.ATTACH_PARTITION_SCAN, Rule.DEFAULT_PARTITION_SCAN)));
      return;
    }
    for (CheckConstraint k : c.parentChecks()) {
      emit(alterTable(c.table()) + "ADD " + check(k) + " NOT VALID", brief(c.table()));
    }
    String checkName = PartitionSql.boundCheckName(c.table());
    String name = quote(checkName);
    emit(
        alterTable(c.table()) + "ADD CONSTRAINT " + name + " CHECK (" + check + ") NOT VALID",
        brief(c.table()));
    deferrals.add(
        new Deferral.PartitionAttached(
            c.table(), c.beforeAttach(), new CheckConstraint(checkName, check, true)));
    for (CheckConstraint k : c.parentChecks()) {
      emit(
          Stage.VALIDATE,
          alterTable(c.table()) + "VALIDATE CONSTRAINT " + quote(k.name()),
          Risk.lockOnly(c.table(), LockMode.SHARE_UPDATE_EXCLUSIVE));
    }
    emit(
        Stage.VALIDATE,
        alterTable(c.table()) + "VALIDATE CONSTRAINT " + name,
        Risk.lockOnly(c.table(), LockMode.SHARE_UPDATE_EXCLUSIVE));
    if (detach != null) {
      emit(Stage.VALIDATE, detach, detached);
    }
    emit(
        Stage.VALIDATE,
        attach,
        defaultPartition == null
            ? new Risk(attachLocks, false, false, false, false, List.of())
            : new Risk(
                attachLocks, false, true, false, false, List.of(Rule.DEFAULT_PARTITION_SCAN)));
    emit(Stage.VALIDATE, alterTable(c.table()) + "DROP CONSTRAINT " + name, brief(c.table()));
  }

  private String createTable(Table table) {
    if (table.isPartition()) {
      return createPartition(table);
    }
    List<String> lines = new ArrayList<>();
    for (Column column : table.columns()) {
      lines.add(columnDefinition(column));
    }
    lines.addAll(constraintLines(table));
    TableStorage storage = table.storageOrNone();
    return "CREATE "
        + (storage.unlogged() ? "UNLOGGED " : "")
        + "TABLE "
        + qualified(table.name())
        + " (\n  "
        + String.join(",\n  ", lines)
        + "\n)"
        + (table.isPartitioned() ? " " + PartitionSql.partitionBy(table.partitioning().key()) : "")
        + (storage.parameters().isEmpty()
            ? ""
            : " WITH (" + SqlFragments.parameters(storage.parameters()) + ")");
  }

  /** The keys, checks (but NOT VALID ones) and exclusions written inside CREATE TABLE. */
  private List<String> constraintLines(Table table) {
    List<String> lines = new ArrayList<>();
    if (table.primaryKey() != null) {
      lines.add(
          "CONSTRAINT "
              + quote(table.primaryKey().name())
              + " PRIMARY KEY ("
              + columnList(table.primaryKey().columns())
              + ")");
    }
    for (UniqueConstraint u : table.uniques()) {
      lines.add(unique(u));
    }
    for (CheckConstraint c : table.checks()) {
      if (!c.notValid()) {
        lines.add(check(c));
      }
    }
    for (dev.shale.model.ExclusionConstraint x : table.exclusions()) {
      lines.add(SqlFragments.exclusion(x));
    }
    return lines;
  }

  /**
   * {@code CREATE TABLE p PARTITION OF parent (own constraints) FOR VALUES … [PARTITION BY …]}: the
   * columns, and what the parent declares, come from the parent.
   */
  private String createPartition(Table table) {
    List<String> lines = constraintLines(table);
    TableStorage storage = table.storageOrNone();
    return "CREATE "
        + (storage.unlogged() ? "UNLOGGED " : "")
        + "TABLE "
        + qualified(table.name())
        + " PARTITION OF "
        + qualified(table.partitioning().parent())
        + (lines.isEmpty() ? "" : " (\n  " + String.join(",\n  ", lines) + "\n)")
        + " "
        + table.partitioning().bound().sql()
        + (table.isPartitioned() ? " " + PartitionSql.partitionBy(table.partitioning().key()) : "")
        + (storage.parameters().isEmpty()
            ? ""
            : " WITH (" + SqlFragments.parameters(storage.parameters()) + ")");
  }

  /** {@code SET (a = 1), RESET (b)}, either part left out when empty. */
  private static String setAndReset(List<TableStorage.Parameter> set, List<String> reset) {
    List<String> actions = new ArrayList<>();
    if (!set.isEmpty()) {
      actions.add("SET (" + SqlFragments.parameters(set) + ")");
    }
    if (!reset.isEmpty()) {
      actions.add("RESET (" + String.join(", ", reset) + ")");
    }
    return String.join(", ", actions);
  }

  static String unique(UniqueConstraint u) {
    return "CONSTRAINT "
        + quote(u.name())
        + " UNIQUE"
        + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
        + " ("
        + columnList(u.columns())
        + ")";
  }

  static String check(CheckConstraint c) {
    return "CONSTRAINT " + quote(c.name()) + " CHECK (" + SqlFragments.user(c.expression()) + ")";
  }

  private void addColumn(Change.AddColumn c) {
    Column column = c.column();
    String sql = alterTable(c.table()) + "ADD COLUMN " + columnDefinition(column);
    if (isNew(c.table())) {
      emit(sql);
      return;
    }
    List<Rule> rules = new ArrayList<>();
    boolean rewrite = false;
    if (column.generatedExpression() != null) {
      rules.add(Rule.ADD_GENERATED_COLUMN);
      rewrite = true;
    } else if (column.defaultExpression() != null
            && VOLATILE.matcher(column.defaultExpression()).find()
        || column.type().isSerial()) {
      rules.add(Rule.ADD_COLUMN_VOLATILE_DEFAULT);
      rewrite = true;
    } else if (column.identity() != null) {
      rules.add(Rule.ADD_COLUMN_VOLATILE_DEFAULT);
      rewrite = true;
    }
    if ((column.notNull() || c.requiredByType())
        && column.defaultExpression() == null
        && column.identity() == null
        && column.generatedExpression() == null
        && !column.type().isSerial()) {
      rules.add(Rule.ADD_REQUIRED_COLUMN);
    }
    emit(
        sql,
        new Risk(
            List.of(new TableLock(c.table(), LockMode.ACCESS_EXCLUSIVE)),
            rewrite,
            false,
            false,
            false,
            rules));
  }

  private void addForeignKey(Change.AddForeignKey c) {
    String sql = alterTable(c.table()) + "ADD " + SqlFragments.foreignKey(c.key());
    if (c.key().notValid()) {
      sql += " NOT VALID";
    }
    if (isNew(c.table())) {
      emit(
          sql,
          isNew(c.key().targetTable())
              ? Risk.NONE
              : lock(c.key().targetTable(), LockMode.SHARE_ROW_EXCLUSIVE));
      return;
    }
    List<TableLock> locks = new ArrayList<>();
    locks.add(new TableLock(c.table(), LockMode.SHARE_ROW_EXCLUSIVE));
    if (!c.key().targetTable().equals(c.table()) && !isNew(c.key().targetTable())) {
      locks.add(new TableLock(c.key().targetTable(), LockMode.SHARE_ROW_EXCLUSIVE));
    }
    boolean scans = !c.key().notValid();
    emit(
        sql,
        new Risk(
            locks, false, scans, false, false, scans ? List.of(Rule.ADD_FOREIGN_KEY) : List.of()));
  }

  private void alterColumnType(Change.AlterColumnType c) {
    String column = quote(c.column());
    ColumnType from = c.from();
    ColumnType to = c.to();
    String prefix = alterColumn(c.table(), c.column());
    String sequence =
        qualified(c.table().schema(), PgNames.makeObjectName(c.table().name(), c.column(), "seq"));
    if (c.dropDefault() != null || from.isSerial()) {
      emit(prefix + "DROP DEFAULT", brief(c.table()));
    }
    if (from.isSerial() && !to.isSerial()) {
      emit("DROP SEQUENCE " + sequence);
    }
    ColumnType fromBase =
        from.isSerial() ? dev.shale.model.ColumnType.builtin(SqlFragments.integerBase(from)) : from;
    ColumnType toBase =
        to.isSerial() ? dev.shale.model.ColumnType.builtin(SqlFragments.integerBase(to)) : to;
    if (!fromBase.equals(toBase) || c.collationChanges()) {
      String target = type(toBase);
      String using =
          c.explicitCast() ? " USING " + usingExpression(column, fromBase, toBase, target) : "";
      // Without COLLATE, the column would take the new type's default collation.
      String collate = c.toCollation() == null ? "" : " " + SqlFragments.collate(c.toCollation());
      Risk risk =
          isNew(c.table())
              ? Risk.NONE
              : !fromBase.equals(toBase) && !Casts.binaryCoercible(fromBase, toBase)
                  ? rewrite(c.table(), Rule.CHANGE_COLUMN_TYPE)
                  : c.collationChanges()
                      ? collationChange(c.table(), c.readAgain())
                      : brief(c.table());
      emit(prefix + "TYPE " + target + collate + using, risk);
    }
    if (to.isSerial()) {
      String base = SqlFragments.integerBase(to);
      if (!from.isSerial()) {
        emit(
            "CREATE SEQUENCE "
                + sequence
                + " AS "
                + base
                + " OWNED BY "
                + qualified(c.table())
                + "."
                + column);
        emit(
            "SELECT setval("
                + literal(sequence)
                + ", coalesce(max("
                + column
                + "), 0) + 1, false) FROM "
                + qualified(c.table()));
      } else {
        emit("ALTER SEQUENCE " + sequence + " AS " + base);
      }
      emit(prefix + "SET DEFAULT nextval(" + literal(sequence) + "::regclass)", brief(c.table()));
    } else if (c.restoreDefault() != null) {
      emit(prefix + "SET DEFAULT " + SqlFragments.user(c.restoreDefault()), brief(c.table()));
    }
  }

  /**
   * A new collation keeps the rows as they are, under ACCESS EXCLUSIVE; PostgreSQL rebuilds the
   * indexes on the column (their order changes) and re-validates its checks: a scan of the table
   * when there are any ({@code readAgain}), none otherwise.
   */
  private static Risk collationChange(QualifiedName table, boolean readAgain) {
    return new Risk(
        List.of(new TableLock(table, LockMode.ACCESS_EXCLUSIVE)),
        false,
        readAgain,
        false,
        false,
        List.of());
  }

  private static String usingExpression(
      String column, ColumnType from, ColumnType to, String target) {
    if (from.isUserDefined() && from.dimensions() == to.dimensions()) {
      // An enum converts to other types only through its text form.
      return column + "::" + (from.isArray() ? "text[]" : "text") + "::" + target;
    }
    if (to.isUserDefined()
        && !from.isUserDefined()
        && from.dimensions() == to.dimensions()
        && !Casts.textual(from)) {
      // Only text casts to an enum: a number or a boolean goes through its text form.
      return column + "::" + (from.isArray() ? "text[]" : "text") + "::" + target;
    }
    // Enum values travel as text: the source may be an enum that this very migration rebuilt.
    String element = from.isUserDefined() ? column + "::text" : column;
    if (!from.isArray() && to.isArray()) {
      return "ARRAY[" + element + "]::" + target;
    }
    if (from.isArray() && !to.isArray()) {
      return "(" + column + "[1])" + (from.isUserDefined() ? "::text" : "") + "::" + target;
    }
    if (Casts.base(from).equals("boolean") && !Casts.base(to).equals("boolean") && !to.isArray()) {
      // boolean casts only to integer; other numbers go through it.
      return Casts.base(to).equals("integer")
          ? column + "::integer"
          : column + "::integer::" + target;
    }
    if (Casts.base(to).equals("boolean") && dev.shale.model.TypeNames.isInteger(Casts.base(from))) {
      return "(" + column + " <> 0)";
    }
    if (Casts.base(to).equals("boolean")
        && !Casts.base(from).toLowerCase(Locale.ROOT).contains("char")
        && !Casts.base(from).equals("text")) {
      return column + "::text::" + target;
    }
    if (Casts.onlyThroughText(from, to)) {
      // e.g. uuid or a date to an integer: no cast but to text, which casts to anything
      return column + "::text::" + target;
    }
    return column + "::" + target;
  }

  /**
   * The type renamed away (no table lock: the rule's warning goes here, before the rebuild), a new
   * one created, and each column converted under ACCESS EXCLUSIVE on its own table, its default
   * dropped and restored around the conversion (each a brief ACCESS EXCLUSIVE).
   */
  private void rebuildEnum(Change.RebuildEnum c) {
    QualifiedName name = c.to().name();
    String retired = PgNames.makeObjectName(name.name(), null, "old");
    emit(
        "ALTER TYPE " + qualified(name) + " RENAME TO " + quote(retired),
        risk(Rule.REBUILD_ENUM, false, false));
    emit(createEnum(name, c.to().values()));
    for (Change.EnumColumn column : c.columns()) {
      String prefix = alterColumn(column.table(), column.column());
      String target = qualified(name) + "[]".repeat(column.dimensions());
      String textual = column.dimensions() > 0 ? "text[]" : "text";
      emit(prefix + "DROP DEFAULT", brief(column.table()));
      emit(
          prefix
              + "TYPE "
              + target
              + " USING "
              + quote(column.column())
              + "::"
              + textual
              + "::"
              + target,
          isNew(column.table()) ? Risk.NONE : rewrite(column.table(), Rule.REBUILD_ENUM));
      if (column.restoreDefault() != null) {
        emit(prefix + "SET DEFAULT " + column.restoreDefault(), brief(column.table()));
      }
    }
  }
}
