package dev.shale.roundtrip;

import dev.shale.loader.DeclaredObjects;
import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.loader.ModelTranslator;
import dev.shale.model.SchemaModel;
import dev.shale.schema.CheckDef;
import dev.shale.schema.Column;
import dev.shale.schema.DataType;
import dev.shale.schema.ExclusionDef;
import dev.shale.schema.FkAction;
import dev.shale.schema.ForeignKeyDef;
import dev.shale.schema.IndexDef;
import dev.shale.schema.IndexKey;
import dev.shale.schema.Pg;
import dev.shale.schema.PgEnum;
import dev.shale.schema.PgExtension;
import dev.shale.schema.PgFunction;
import dev.shale.schema.PgRole;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.PolicyDef;
import dev.shale.schema.Privilege;
import dev.shale.schema.Table;
import dev.shale.schema.TablePart;
import dev.shale.schema.UniqueDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the DSL objects a user would have written for a spec, and runs the real translator. */
final class SpecToModel {
  private SpecToModel() {}

  /** The domains and composites of the spec being translated, for {@link #type}. */
  private static final ThreadLocal<Map<String, dev.shale.schema.UserType>> USER_TYPES =
      ThreadLocal.withInitial(HashMap::new);

  static SchemaModel model(Spec spec) {
    Map<String, PgEnum> enums = new HashMap<>();
    Map<String, dev.shale.schema.UserType> userTypes = USER_TYPES.get();
    userTypes.clear();
    List<Declared<dev.shale.schema.UserType>> declaredTypes = new ArrayList<>();
    List<Declared<PgEnum>> declaredEnums = new ArrayList<>();
    for (Spec.EnumSpec e : spec.enums) {
      PgEnum type = Pg.schema(e.schema).enumType(e.name, e.values.toArray(String[]::new));
      enums.put(e.schema + "." + e.name, type);
      declaredEnums.add(new Declared<>(type, "Spec." + e.name));
    }
    for (Spec.DomainSpec d : spec.domains) {
      dev.shale.schema.PgDomain domain = Pg.domain(d.name, type(d.base, enums));
      if (d.notNull) {
        domain.notNull();
      }
      if (d.defaultSql != null) {
        domain.defaultTo(d.defaultSql);
      }
      for (String check : d.checks) {
        domain.check(check, d.checkExpression());
      }
      userTypes.put("domain:public." + d.name, domain);
      declaredTypes.add(new Declared<>(domain, "Spec." + d.name));
    }
    for (Spec.CompositeSpec c : spec.composites) {
      dev.shale.schema.PgComposite composite = Pg.compositeType(c.name);
      for (int i = 0; i < c.fieldNames.size(); i++) {
        composite.field(c.fieldNames.get(i), type(c.fieldTypes.get(i), enums));
      }
      userTypes.put("composite:public." + c.name, composite);
      declaredTypes.add(new Declared<>(composite, "Spec." + c.name));
    }
    List<Declared<PgSequence>> sequences = new ArrayList<>();
    for (Spec.SequenceSpec s : spec.sequences) {
      PgSequence sequence = Pg.schema(s.schema).sequence(s.name).as(type(s.type, enums));
      if (s.start != null) {
        sequence.startWith(s.start);
      }
      if (s.increment != null) {
        sequence.incrementBy(s.increment);
      }
      if (s.cycle) {
        sequence.cycle();
      }
      s.grants.forEach(g -> grant(g, sequence::grant, sequence::grantWithGrantOption));
      String[] owner = spec.owner(s);
      if (owner != null) {
        sequence.ownedBy(owner[0], owner[1]);
      }
      sequences.add(new Declared<>(sequence, "Spec." + s.name));
    }
    List<Declared<Table>> tables = new ArrayList<>();
    for (Spec.TableSpec t : spec.tables) {
      tables.add(new Declared<>(table(t, enums), "Spec." + t.name));
    }
    for (Declared<Table> each : PartitionSpecs.tables(spec)) {
      partitionGrants(spec, each.object().name())
          .forEach(g -> grant(g, each.object()::grant, each.object()::grantWithGrantOption));
      tables.add(each);
    }
    List<Declared<PgView>> views = new ArrayList<>();
    for (Spec.ViewSpec v : spec.views) {
      String query =
          "SELECT " + String.join(", ", v.columns) + " FROM " + qualified(v.tableSchema, v.table);
      PgSchema schema = Pg.schema(v.schema);
      PgView view =
          v.materialized ? schema.materializedView(v.name, query) : schema.view(v.name, query);
      if (v.materialized && v.fillfactor != null) {
        view.with("fillfactor", String.valueOf(v.fillfactor));
      }
      if (v.materialized) {
        Spec.TableSpec table = spec.table(v.tableSchema, v.table);
        v.indexPositions.stream()
            .distinct()
            .filter(p -> p < v.columns.size())
            .map(v.columns::get)
            .filter(c -> indexable(table, c))
            .forEach(c -> view.indexes(Pg.index(c)));
      }
      if (!v.materialized && v.securityBarrier) {
        view.securityBarrier();
      }
      if (!v.materialized && "local".equals(v.checkOption)) {
        view.withLocalCheckOption();
      } else if (!v.materialized && "cascaded".equals(v.checkOption)) {
        view.withCheckOption();
      }
      v.grants.forEach(g -> grant(g, view::grant, view::grantWithGrantOption));
      views.add(new Declared<>(view, "Spec." + v.name));
    }
    List<Declared<PgExtension>> extensions = new ArrayList<>();
    for (Spec.ExtensionSpec x : spec.extensions) {
      PgExtension extension = Pg.schema(x.schema).extension(x.name);
      if (x.version != null) {
        extension.version(x.version);
      }
      extensions.add(new Declared<>(extension, "Spec." + x.name));
    }
    List<Declared<PgFunction>> functions = new ArrayList<>();
    for (Spec.FunctionSpec f : spec.functions) {
      PgFunction fn = function(f);
      f.grants.forEach(g -> grant(g, fn::grant, fn::grantWithGrantOption));
      if (f.revokeExecuteFromPublic) {
        fn.revokeExecuteFromPublic();
      }
      functions.add(new Declared<>(fn, "Spec." + f.name));
    }
    for (Spec.TriggerFunctionSpec f : spec.triggerFunctions) {
      functions.add(new Declared<>(triggerFunction(f), "Spec." + f.name));
    }
    List<Declared<PgSchema>> schemas = new ArrayList<>();
    if (!spec.publicSchemaGrants.isEmpty()) {
      PgSchema publicSchema = Pg.schema("public");
      spec.publicSchemaGrants.forEach(
          g -> grant(g, publicSchema::grant, publicSchema::grantWithGrantOption));
      schemas.add(new Declared<>(publicSchema, "Spec.public"));
    }
    return ModelTranslator.translate(
        new DeclaredObjects(
            schemas,
            declaredEnums,
            sequences,
            tables,
            views,
            extensions,
            functions,
            List.of(),
            declaredTypes,
            roles(spec)));
  }

  /** The grants of the partitioned table or partition named {@code name}. */
  private static List<Spec.GrantSpec> partitionGrants(Spec spec, String name) {
    for (Spec.PartitionedSpec p : spec.partitioned) {
      if (p.name.equals(name)) {
        return p.grants;
      }
      for (Spec.PartSpec part : p.parts) {
        if (part.name.equals(name)) {
          return part.grants;
        }
      }
    }
    return List.of();
  }

  /** A grant made through the object's grant or grantWithGrantOption. */
  private static void grant(
      Spec.GrantSpec g,
      java.util.function.BiConsumer<String, Privilege[]> plain,
      java.util.function.BiConsumer<String, Privilege[]> withOption) {
    Privilege[] privileges =
        g.privileges.stream().map(Privilege::valueOf).toArray(Privilege[]::new);
    (g.grantable ? withOption : plain).accept(g.grantee, privileges);
  }

  /**
   * The shale_rt_ roles that grants name, declared, each with the same attributes always (tries
   * share the cluster's roles).
   */
  private static List<Declared<PgRole>> roles(Spec spec) {
    java.util.Set<String> named = new java.util.TreeSet<>();
    java.util.function.Consumer<List<Spec.GrantSpec>> collect =
        grants -> grants.forEach(g -> named.add(g.grantee));
    collect.accept(spec.publicSchemaGrants);
    spec.sequences.forEach(s -> collect.accept(s.grants));
    spec.functions.forEach(f -> collect.accept(f.grants));
    spec.tables.forEach(t -> collect.accept(t.grants));
    spec.views.forEach(v -> collect.accept(v.grants));
    spec.partitioned.forEach(
        p -> {
          collect.accept(p.grants);
          p.parts.forEach(part -> collect.accept(part.grants));
        });
    List<Declared<PgRole>> roles = new ArrayList<>();
    for (String name : named) {
      if (name.startsWith("shale_rt_")) {
        PgRole role = Pg.role(name);
        if (name.equals("shale_rt_writer")) {
          role.login().noInherit();
        }
        roles.add(new Declared<>(role, "Spec." + name));
      }
    }
    return roles;
  }

  /** A trigger function that lets every row through (NEW, or OLD on DELETE). */
  private static PgFunction triggerFunction(Spec.TriggerFunctionSpec f) {
    String body =
        "BEGIN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END"
            + (f.version == 0 ? "" : " -- v" + f.version);
    return Pg.function(f.name).returns("trigger").language("plpgsql").body(body);
  }

  static dev.shale.schema.TriggerDef trigger(Spec.TriggerSpec g) {
    dev.shale.schema.TriggerDef trigger = Pg.trigger(g.name);
    if (g.constraint) {
      trigger.constraint();
      if (g.initiallyDeferred) {
        trigger.initiallyDeferred();
      } else if (g.deferrable) {
        trigger.deferrable();
      }
    } else if (g.before) {
      trigger.before();
    } else {
      trigger.after();
    }
    for (String event : g.events) {
      switch (event) {
        case "INSERT" -> trigger.onInsert();
        case "DELETE" -> trigger.onDelete();
        case "TRUNCATE" -> trigger.onTruncate();
        default -> trigger.onUpdate(g.updateColumns.toArray(String[]::new));
      }
    }
    if (g.row && !g.constraint) {
      trigger.forEachRow();
    }
    if (g.whenColumn != null) {
      trigger.when("new." + g.whenColumn + " IS NOT NULL");
    }
    if (g.transition != null) {
      if (g.events.contains("INSERT")) {
        trigger.referencingNewTable(g.transition);
      } else {
        trigger.referencingOldTable(g.transition);
      }
    }
    trigger.execute(g.function, g.arguments.toArray(String[]::new));
    switch (g.state) {
      case "disabled" -> trigger.disabled();
      case "replica" -> trigger.enabledReplica();
      case "always" -> trigger.enabledAlways();
      default -> {}
    }
    return trigger;
  }

  /** A function whose body the server stores verbatim and accepts for its language and result. */
  private static PgFunction function(Spec.FunctionSpec f) {
    PgFunction fn = f.procedure ? Pg.procedure(f.name) : Pg.function(f.name);
    for (int i = 0; i < f.argumentTypes.size(); i++) {
      fn.argument(f.argumentNames.get(i), Pg.customType(f.argumentTypes.get(i)));
    }
    fn.language(f.language);
    String value = "'" + f.result + "'::" + f.returns;
    String body;
    if (f.procedure) {
      body = f.multiline ? "\nBEGIN\n  PERFORM " + f.result + ";\nEND\n" : "BEGIN NULL; END";
    } else {
      fn.returns(Pg.customType(f.returns));
      if (f.language.equals("sql")) {
        body = f.multiline ? "\nSELECT\n  " + value + "\n" : "SELECT " + value;
      } else {
        body =
            f.multiline
                ? "\nBEGIN\n\tRETURN " + value + ";  \nEND;\n"
                : "BEGIN RETURN " + value + "; END";
      }
      if (f.volatility.equals("stable")) {
        fn.stable();
      } else if (f.volatility.equals("immutable")) {
        fn.immutable();
      }
      if (f.strict) {
        fn.strict();
      }
    }
    if (f.securityDefiner) {
      fn.securityDefiner().set("search_path", "public, pg_temp");
    }
    return fn.body(body);
  }

  private static String qualified(String schema, String name) {
    return schema.equals("public") ? name : schema + "." + name;
  }

  private static Table table(Spec.TableSpec t, Map<String, PgEnum> enums) {
    List<TablePart> parts = new ArrayList<>();
    for (Spec.ColumnSpec c : t.columns) {
      Column column = Pg.column(c.name, type(c.type, enums));
      if (c.notNull) {
        column.notNull();
      }
      if (c.defaultSql != null) {
        column.defaultSql(c.defaultSql);
      }
      if (c.identity != null) {
        var options =
            c.identityStart == null
                ? Pg.sequenceOptions()
                : Pg.sequenceOptions().startWith(c.identityStart);
        if (c.identity.equals("always")) {
          column.generatedAlwaysAsIdentity(options);
        } else {
          column.generatedByDefaultAsIdentity(options);
        }
      }
      if (c.generatedFrom != null) {
        column.generatedAlwaysAs(c.generatedFrom + " * " + c.generatedFactor);
      }
      if (c.collation != null) {
        column.collate(c.collation);
      }
      if (c.comment != null) {
        column.comment(c.comment);
      }
      if (c.replacesReverse != null) {
        column.replaces(c.replaces, c.replacesUsing, c.replacesReverse);
      } else if (c.replacesUsing != null) {
        column.replaces(c.replaces, c.replacesUsing);
      } else if (c.replaces != null) {
        column.replaces(c.replaces);
      }
      parts.add(column);
    }
    if (!t.primaryKey.isEmpty()) {
      parts.add(Pg.primaryKey(t.primaryKey.toArray(String[]::new)));
    }
    for (Spec.UniqueSpec u : t.uniques) {
      UniqueDef unique = Pg.unique(u.columns.toArray(String[]::new));
      if (u.nullsNotDistinct) {
        unique.nullsNotDistinct();
      }
      if (u.name != null) {
        unique.name(u.name);
      }
      parts.add(unique);
    }
    for (Spec.CheckSpec c : t.checks) {
      CheckDef check =
          Pg.check(
              c.kind.equals("ge0")
                  ? c.column + " >= " + c.bound
                  : "length(" + c.column + ") < " + c.bound);
      parts.add(c.notValid ? check.notValid() : check);
    }
    for (Spec.IndexSpec i : t.indexes) {
      IndexKey key = i.lower ? Pg.expr("lower(" + i.column + ")") : Pg.key(i.column);
      if (i.descending) {
        key = key.desc();
      }
      IndexDef index = Pg.index(key);
      if (i.unique) {
        index.unique();
      }
      if (i.partial) {
        index.where((i.predicateColumn == null ? i.column : i.predicateColumn) + " IS NOT NULL");
      }
      if (i.name != null) {
        index.name(i.name);
      }
      if (i.fillfactor != null) {
        index.with("fillfactor", String.valueOf(i.fillfactor));
      }
      parts.add(index);
    }
    for (Spec.ForeignKeySpec f : t.foreignKeys) {
      ForeignKeyDef key =
          Pg.foreignKey(f.column)
              .references(f.targetSchema + "." + f.targetTable, f.targetColumn)
              .onDelete(FkAction.valueOf(f.onDelete));
      parts.add(f.notValid ? key.notValid() : key);
    }
    if (t.rowSecurity > 0) {
      parts.add(t.rowSecurity == 2 ? Pg.rowLevelSecurity().force() : Pg.rowLevelSecurity());
    }
    for (Spec.PolicySpec p : t.policies) {
      PolicyDef policy = Pg.policy(p.name);
      if (p.restrictive) {
        policy.restrictive();
      }
      switch (p.command) {
        case "SELECT" -> policy.forSelect();
        case "INSERT" -> policy.forInsert();
        case "UPDATE" -> policy.forUpdate();
        case "DELETE" -> policy.forDelete();
        default -> policy.forAll();
      }
      if (!p.roles.isEmpty()) {
        policy.to(p.roles.toArray(String[]::new));
      }
      if (p.usingColumn != null) {
        policy.using(p.usingColumn + " IS NOT NULL");
      }
      if (p.checkColumn != null) {
        policy.withCheck(p.checkColumn + " IS NOT NULL");
      }
      parts.add(policy);
    }
    if (t.exclusion > 0 && !t.primaryKey.isEmpty()) {
      ExclusionDef exclusion =
          Pg.exclude(
              "btree",
              t.primaryKey.stream()
                  .map(c -> Pg.element(c, "="))
                  .toArray(ExclusionDef.Element[]::new));
      parts.add(
          t.exclusion == 2 ? exclusion.where(t.primaryKey.get(0) + " IS NOT NULL") : exclusion);
    }
    for (Spec.TriggerSpec g : t.triggers) {
      parts.add(trigger(g));
    }
    Table table = Pg.schema(t.schema).table(t.name, parts.toArray(TablePart[]::new));
    if (t.comment != null) {
      table.comment(t.comment);
    }
    if (t.unlogged) {
      table.unlogged();
    }
    if (t.fillfactor != null) {
      table.with("fillfactor", String.valueOf(t.fillfactor));
    }
    if (t.autovacuumOff) {
      table.with("autovacuum_enabled", "off");
    }
    t.grants.forEach(g -> grant(g, table::grant, table::grantWithGrantOption));
    return table;
  }

  static DataType type(String type, Map<String, PgEnum> enums) {
    if (type.startsWith("enum:")) {
      return enums.get(type.substring(5)).type();
    }
    if (type.startsWith("domain:") || type.startsWith("composite:")) {
      return USER_TYPES.get().get(type).type();
    }
    return switch (type) {
      case "integer" -> Pg.integer();
      case "serial" -> Pg.serial();
      case "bigserial" -> Pg.bigserial();
      case "bigint" -> Pg.bigint();
      case "smallint" -> Pg.smallint();
      case "text" -> Pg.text();
      case "varchar50" -> Pg.varchar(50);
      case "varchar200" -> Pg.varchar(200);
      case "bool" -> Pg.bool();
      case "numeric" -> Pg.numeric(10, 2);
      case "numeric12" -> Pg.numeric(12, 2);
      case "numeric14_4" -> Pg.numeric(14, 4);
      case "timestamptz" -> Pg.timestamptz();
      case "date" -> Pg.date();
      case "uuid" -> Pg.uuid();
      case "jsonb" -> Pg.jsonb();
      case "text[]" -> Pg.text().array();
      case "integer[]" -> Pg.integer().array();
      default -> throw new IllegalArgumentException(type);
    };
  }

  static String describe(Spec spec) {
    return spec.tables.stream()
        .map(
            t ->
                t.schema
                    + "."
                    + t.name
                    + t.columns.stream()
                        .map(c -> c.name + ":" + c.type)
                        .collect(Collectors.joining(",", "(", ")")))
        .collect(Collectors.joining(" "));
  }

  /** Whether a materialized view's column (named as the table's) takes a plain btree index. */
  private static boolean indexable(Spec.TableSpec table, String column) {
    return table != null
        && table.columns.stream()
            .anyMatch(
                c -> c.name.equals(column) && !c.type.equals("jsonb") && !c.type.endsWith("[]"));
  }
}
