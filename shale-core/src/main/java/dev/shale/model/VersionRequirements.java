package dev.shale.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a schema needs of the PostgreSQL it runs on: each feature newer than the target version
 * ({@code pgVersion}) is a problem that names the object and the version that has it, so that
 * {@code generate} never writes SQL the target refuses.
 */
public final class VersionRequirements {
  private VersionRequirements() {}

  /** The problems of {@code schema} on PostgreSQL {@code pgVersion}, in schema order. */
  public static List<String> problems(SchemaModel schema, int pgVersion) {
    List<String> problems = new ArrayList<>();
    partitionedTableProblems(schema, pgVersion, problems);
    if (pgVersion < 17) {
      for (Grant grant : schema.grants()) {
        if (!grant.revoked() && grant.privileges().contains("MAINTAIN")) {
          problems.add(
              grant.on()
                  + " "
                  + grant.schema()
                  + "."
                  + grant.name()
                  + ": the grant of MAINTAIN to "
                  + grant.grantee()
                  + " needs PostgreSQL 17");
        }
      }
    }
    if (pgVersion >= 15) {
      return problems;
    }
    for (View view : schema.views()) {
      if (view.option("security_invoker").isPresent()) {
        problems.add(view.name() + ": the view option security_invoker needs PostgreSQL 15");
      }
    }
    for (Table table : schema.tables()) {
      for (UniqueConstraint u : table.uniques()) {
        if (u.nullsNotDistinct()) {
          problems.add(
              table.name()
                  + ": unique constraint "
                  + u.name()
                  + " is NULLS NOT DISTINCT, which needs PostgreSQL 15");
        }
      }
      for (Index index : table.indexes()) {
        if (index.nullsNotDistinct()) {
          problems.add(
              table.name()
                  + ": index "
                  + index.name()
                  + " is NULLS NOT DISTINCT, which needs PostgreSQL 15");
        }
      }
      for (Column column : table.columns()) {
        if (TypeNames.needsPostgres15(column.type().name())) {
          problems.add(
              table.name()
                  + "."
                  + column.name()
                  + ": "
                  + column.type()
                  + " has a scale outside 0 to its precision, which needs PostgreSQL 15");
        }
      }
    }
    return problems;
  }

  /** Exclusion constraints (17+) and NOT VALID foreign keys (18+) of partitioned tables. */
  private static void partitionedTableProblems(
      SchemaModel schema, int pgVersion, List<String> problems) {
    for (Table table : schema.tables()) {
      if (!table.isPartitioned()) {
        continue;
      }
      if (pgVersion < 17) {
        for (ExclusionConstraint x : table.exclusions()) {
          problems.add(
              table.name()
                  + ": exclusion constraint "
                  + x.name()
                  + " is on a partitioned table, which needs PostgreSQL 17 (or put it on each"
                  + " partition)");
        }
      }
      if (pgVersion < 18) {
        for (ForeignKey fk : table.foreignKeys()) {
          if (fk.notValid()) {
            problems.add(
                table.name()
                    + ": foreign key "
                    + fk.name()
                    + " is NOT VALID on a partitioned table, which needs PostgreSQL 18 (or leave"
                    + " out notValid())");
          }
        }
      }
    }
  }

  /**
   * @throws InvalidSchemaException listing every problem, with what to do
   */
  public static void check(SchemaModel schema, int pgVersion) {
    List<String> problems = problems(schema, pgVersion);
    if (!problems.isEmpty()) {
      throw new InvalidSchemaException(
          problems,
          "The target is PostgreSQL "
              + pgVersion
              + " (pgVersion in shale.toml"
              + (pgVersion == 14 ? ", 14 when unset" : "")
              + "): raise pgVersion if every database you migrate runs a newer one, or change"
              + " the schema.");
    }
  }
}
