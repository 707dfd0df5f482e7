package dev.shale.roundtrip;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.schema.PartitionBoundDef;
import dev.shale.schema.Pg;
import dev.shale.schema.Table;
import dev.shale.schema.TablePart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Partitioned tables in random schemas: drawn, edited (partitions added, dropped, widened, a
 * default partition, an index and a column on the parent) and turned into DSL tables.
 */
final class PartitionSpecs {
  private PartitionSpecs() {}

  static Spec.PartitionedSpec partitioned(SpecGenerator gen, Spec spec) {
    Spec.PartitionedSpec p = new Spec.PartitionedSpec();
    p.name = gen.name("pt");
    p.strategy = gen.pick(List.of("range", "range", "list", "hash"));
    p.primaryKey = gen.chance(0.5);
    p.indexOnV = gen.chance(0.3);
    p.extra = gen.chance(0.3);
    if (p.strategy.equals("hash")) {
      int modulus = 1 + gen.random.nextInt(3);
      for (int r = 0; r < modulus; r++) {
        Spec.PartSpec part = part(gen);
        part.modulus = modulus;
        part.remainder = r;
        p.parts.add(part);
      }
    } else {
      int count = 1 + gen.random.nextInt(3);
      for (int i = 0; i < count; i++) {
        addPart(gen, p);
      }
      if (gen.chance(0.3)) {
        Spec.PartSpec part = part(gen);
        part.isDefault = true;
        p.parts.add(part);
      }
    }
    if (gen.chance(0.3)) {
      addTrigger(gen, spec, p, p.triggers);
    }
    if (gen.chance(0.15)) {
      addTrigger(gen, spec, p, gen.pick(p.parts).triggers);
    }
    return p;
  }

  /**
   * A random trigger on the parent (or on one of its partitions, {@code into} being that
   * partition's list), reading the parent's columns. PostgreSQL has no row trigger with transition
   * tables on a partitioned table or a partition.
   */
  static void addTrigger(
      SpecGenerator gen, Spec spec, Spec.PartitionedSpec p, List<Spec.TriggerSpec> into) {
    Spec.TableSpec shadow = new Spec.TableSpec();
    for (String name : p.extra ? List.of("id", "k", "v", "extra") : List.of("id", "k", "v")) {
      Spec.ColumnSpec column = new Spec.ColumnSpec();
      column.name = name;
      shadow.columns.add(column);
    }
    shadow.triggers = into;
    gen.addTrigger(spec, shadow);
    Spec.TriggerSpec added = into.get(into.size() - 1);
    if (added.row) {
      added.transition = null;
    }
  }

  /** Every trigger of {@code p} and its partitions. */
  static List<List<Spec.TriggerSpec>> triggerLists(Spec.PartitionedSpec p) {
    List<List<Spec.TriggerSpec>> lists = new ArrayList<>();
    lists.add(p.triggers);
    p.parts.forEach(x -> lists.add(x.triggers));
    return lists;
  }

  private static Spec.PartSpec part(SpecGenerator gen) {
    Spec.PartSpec part = new Spec.PartSpec();
    part.name = gen.name("p");
    part.ownIndex = gen.chance(0.2);
    return part;
  }

  /** A new range after the others (sometimes with a gap) or a new list value. */
  private static void addPart(SpecGenerator gen, Spec.PartitionedSpec p) {
    Spec.PartSpec part = part(gen);
    int top =
        p.parts.stream()
            .filter(x -> !x.isDefault)
            .mapToInt(x -> p.strategy.equals("range") ? x.hi : max(x.values))
            .max()
            .orElse(0);
    if (p.strategy.equals("range")) {
      part.lo = top + (gen.chance(0.4) ? 5 : 0);
      part.hi = part.lo + 10;
    } else {
      part.values.add(top + 1);
      if (gen.chance(0.3)) {
        part.values.add(top + 2);
      }
    }
    p.parts.add(part);
  }

  private static int max(List<Integer> values) {
    return values.stream().max(Comparator.naturalOrder()).orElse(0);
  }

  /** One edit of the spec's partitioned tables. */
  static void mutate(SpecGenerator gen, Spec spec, List<String> log) {
    if (spec.partitioned.isEmpty() || gen.chance(0.15)) {
      Spec.PartitionedSpec p = partitioned(gen, spec);
      spec.partitioned.add(p);
      log.add("add partitioned table " + p.name);
      return;
    }
    Spec.PartitionedSpec p = gen.pick(spec.partitioned);
    List<Spec.PartSpec> ranged = p.parts.stream().filter(x -> !x.isDefault).toList();
    switch (gen.random.nextInt(9)) {
      case 0 -> {
        spec.partitioned.remove(p);
        log.add("drop partitioned table " + p.name);
      }
      case 1 -> {
        if (!p.strategy.equals("hash")) {
          addPart(gen, p);
          log.add("add partition of " + p.name);
        }
      }
      case 2 -> {
        if (!p.strategy.equals("hash") && !ranged.isEmpty()) {
          Spec.PartSpec gone = gen.pick(ranged);
          p.parts.remove(gone);
          log.add("drop partition " + gone.name);
        }
      }
      case 3 -> {
        // Widened: the rows in it still fit.
        for (Spec.PartSpec x : ranged) {
          if (p.strategy.equals("range") && gap(p, x) > 0) {
            x.hi += gap(p, x);
            log.add("widen partition " + x.name);
            return;
          }
          if (p.strategy.equals("list")) {
            int value = max(p.parts.stream().flatMap(y -> y.values.stream()).toList()) + 1;
            x.values.add(value);
            log.add("widen partition " + x.name);
            return;
          }
        }
      }
      case 4 -> {
        if (p.strategy.equals("hash")) {
          return;
        }
        if (p.parts.removeIf(x -> x.isDefault)) {
          log.add("drop default partition of " + p.name);
        } else {
          Spec.PartSpec part = part(gen);
          part.isDefault = true;
          p.parts.add(part);
          log.add("add default partition of " + p.name);
        }
      }
      case 5 -> {
        p.indexOnV = !p.indexOnV;
        log.add("toggle index on " + p.name);
      }
      case 6 -> triggers(gen, spec, p, p.triggers, p.name, log);
      case 7 -> {
        Spec.PartSpec x = gen.pick(p.parts);
        triggers(gen, spec, p, x.triggers, x.name, log);
      }
      default -> {
        p.extra = !p.extra;
        if (!p.extra) {
          triggerLists(p)
              .forEach(
                  list ->
                      list.removeIf(
                          g -> g.updateColumns.contains("extra") || "extra".equals(g.whenColumn)));
        }
        log.add("toggle column extra of " + p.name);
      }
    }
  }

  /** Adds, drops, changes or renames a trigger of the parent or of one partition. */
  private static void triggers(
      SpecGenerator gen,
      Spec spec,
      Spec.PartitionedSpec p,
      List<Spec.TriggerSpec> triggers,
      String table,
      List<String> log) {
    if (triggers.isEmpty() || gen.chance(0.3)) {
      addTrigger(gen, spec, p, triggers);
      log.add("add trigger on " + table);
      return;
    }
    Spec.TriggerSpec g = gen.pick(triggers);
    switch (gen.random.nextInt(3)) {
      case 0 -> {
        triggers.remove(g);
        log.add("drop trigger " + g.name + " on " + table);
      }
      case 1 -> {
        triggers.remove(g);
        addTrigger(gen, spec, p, triggers);
        Spec.TriggerSpec changed = triggers.get(triggers.size() - 1);
        changed.name = g.name;
        log.add("change trigger " + g.name + " on " + table);
      }
      default -> {
        String old = g.name;
        g.name = gen.name("tg");
        log.add("rename trigger " + old + " on " + table + " to " + g.name);
      }
    }
  }

  /** How far a range partition can grow before the next one starts (0 when none is free). */
  private static int gap(Spec.PartitionedSpec p, Spec.PartSpec x) {
    int next =
        p.parts.stream()
            .filter(y -> !y.isDefault && y.lo >= x.hi)
            .mapToInt(y -> y.lo)
            .min()
            .orElse(x.hi + 3);
    return next - x.hi;
  }

  /** The parent and its partitions as DSL tables. */
  static List<Declared<Table>> tables(Spec spec) {
    List<Declared<Table>> tables = new ArrayList<>();
    for (Spec.PartitionedSpec p : spec.partitioned) {
      List<TablePart> parts = new ArrayList<>();
      parts.add(Pg.column("id", Pg.bigint()).notNull());
      parts.add(Pg.column("k", Pg.integer()).notNull());
      parts.add(Pg.column("v", Pg.text()));
      if (p.extra) {
        parts.add(Pg.column("extra", Pg.text()));
      }
      if (p.primaryKey) {
        parts.add(Pg.primaryKey("id", "k"));
      }
      if (p.indexOnV) {
        parts.add(Pg.index("v"));
      }
      p.triggers.forEach(g -> parts.add(SpecToModel.trigger(g)));
      Table parent = Pg.table(p.name, parts.toArray(TablePart[]::new));
      switch (p.strategy) {
        case "range" -> parent.partitionByRange("k");
        case "list" -> parent.partitionByList("k");
        default -> parent.partitionByHash("k");
      }
      tables.add(new Declared<>(parent, "Spec." + p.name));
      for (Spec.PartSpec x : p.parts) {
        List<TablePart> own = new ArrayList<>();
        if (x.ownIndex) {
          own.add(Pg.index("id"));
        }
        x.triggers.forEach(g -> own.add(SpecToModel.trigger(g)));
        Table partition = Pg.table(x.name, own.toArray(TablePart[]::new));
        partition.partitionOf(() -> parent, bound(p, x));
        tables.add(new Declared<>(partition, "Spec." + x.name));
      }
    }
    return tables;
  }

  private static PartitionBoundDef bound(Spec.PartitionedSpec p, Spec.PartSpec x) {
    if (x.isDefault) {
      return Pg.defaultPartition();
    }
    return switch (p.strategy) {
      case "range" -> Pg.valuesFrom(x.lo).to(x.hi);
      case "list" -> Pg.valuesIn(x.values.toArray());
      default -> Pg.valuesWith(x.modulus, x.remainder);
    };
  }
}
