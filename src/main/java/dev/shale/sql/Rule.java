package dev.shale.sql;

/**
 * The rule catalog: the single source of the safety facts that generate's review, push's
 * confirmation and check's findings print. Each rule has a stable id.
 */
public enum Rule {
  CREATE_INDEX_NON_CONCURRENT(
      "create-index-non-concurrent",
      "CREATE INDEX without CONCURRENTLY holds a SHARE lock that blocks every write to the table"
          + " while the whole table is read and the index built",
      "all",
      "CREATE INDEX CONCURRENTLY in a migration of its own that starts with"
          + " -- shale:no-transaction (what shale generate writes by default)"),
  DROP_INDEX_NON_CONCURRENT(
      "drop-index-non-concurrent",
      "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes until"
          + " every running query on it ends",
      "all",
      "DROP INDEX CONCURRENTLY in a migration of its own that starts with"
          + " -- shale:no-transaction (what shale generate writes by default)"),
  ADD_FOREIGN_KEY(
      "add-foreign-key",
      "ADD FOREIGN KEY locks both tables against writes (SHARE ROW EXCLUSIVE) while it checks"
          + " every existing row",
      "all",
      "ADD CONSTRAINT … NOT VALID now, then ALTER TABLE … VALIDATE CONSTRAINT in a later"
          + " migration (it takes only SHARE UPDATE EXCLUSIVE); what shale generate writes by"
          + " default"),
  ADD_CHECK(
      "constraint-missing-not-valid",
      "ADD CHECK holds an ACCESS EXCLUSIVE lock while it scans every row",
      "all",
      "ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT in a later migration"
          + " (what shale generate writes by default)"),
  SET_NOT_NULL(
      "set-not-null",
      "SET NOT NULL holds an ACCESS EXCLUSIVE lock while it scans every row, and fails if a row"
          + " holds NULL",
      "all",
      "ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT in a later"
          + " migration; then SET NOT NULL skips the scan and the check is dropped (what shale"
          + " generate writes by default)"),
  NOT_NULL_AFTER_DEFAULT(
      "set-not-null-existing-nulls",
      "a column gets a default and NOT NULL at once: the default fills new rows only, so rows that"
          + " already hold NULL keep it, and the NOT NULL check fails on them",
      "all",
      "backfill first (UPDATE … SET col = … WHERE col IS NULL, in batches on a big table) in a"
          + " migration that runs before the one that validates the NOT NULL"),
  ADD_UNIQUE(
      "add-unique-constraint",
      "ADD UNIQUE builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes for"
          + " the whole build",
      "all",
      "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX (what shale"
          + " generate writes by default)"),
  ADD_PRIMARY_KEY(
      "add-primary-key",
      "ADD PRIMARY KEY builds its index (and checks NOT NULL) under an ACCESS EXCLUSIVE lock",
      "all",
      "make the columns NOT NULL as set-not-null says, CREATE UNIQUE INDEX CONCURRENTLY, then"
          + " ADD CONSTRAINT … PRIMARY KEY USING INDEX (what shale generate writes by default)"),
  CHANGE_COLUMN_TYPE(
      "changing-column-type",
      "ALTER COLUMN … TYPE rewrites the table and its indexes under an ACCESS EXCLUSIVE lock"
          + " (except binary-compatible changes such as widening a varchar)",
      "all",
      "add a new column, backfill it in batches, switch the application, then drop the old one"),
  ADD_COLUMN_VOLATILE_DEFAULT(
      "adding-field-with-volatile-default",
      "ADD COLUMN with a volatile default (random(), gen_random_uuid(), clock_timestamp(), …)"
          + " rewrites the whole table under an ACCESS EXCLUSIVE lock",
      "PostgreSQL 11+ (before 11 any default rewrites)",
      "add the column without a default, set the default, backfill existing rows in batches"),
  ADD_GENERATED_COLUMN(
      "adding-stored-generated-column",
      "a stored generated column is computed for every existing row: the table is rewritten"
          + " under an ACCESS EXCLUSIVE lock",
      "all",
      "add a plain column, backfill it in batches and keep it current from the application or a"
          + " trigger"),
  SET_GENERATED_EXPRESSION(
      "set-generated-expression",
      "SET EXPRESSION rewrites the table under an ACCESS EXCLUSIVE lock",
      "PostgreSQL 17+",
      "add a new generated column on a quiet table, or compute the value in the application"),
  ADD_REQUIRED_COLUMN(
      "adding-required-field",
      "ADD COLUMN … NOT NULL without a default fails as soon as the table has a row",
      "all",
      "give the column a default, or add it nullable, backfill, then SET NOT NULL"),
  DROP_COLUMN(
      "drop-column",
      "DROP COLUMN loses the column's data, and application code still reading it breaks",
      "all",
      "stop reading and writing the column in a deploy first, then drop it"),
  DROP_ADD_SUSPECTED_RENAME(
      "drop-add-suspected-rename",
      "a column is dropped and a column of the same type added: if this is a rename, the data is"
          + " lost",
      "all",
      "answer --rename column:TABLE.OLD=TABLE.NEW to keep the data"),
  DROP_TABLE(
      "drop-table",
      "DROP TABLE loses every row, and application code still using the table breaks",
      "all",
      "stop using the table in a deploy first; keep a backup"),
  RENAME_COLUMN(
      "renaming-column",
      "renaming a column breaks every running application instance that still uses the old name",
      "all",
      "expand and contract: add the new column, write both, backfill, switch reads, drop the old"),
  RENAME_TABLE(
      "renaming-table",
      "renaming a table breaks every running application instance that still uses the old name",
      "all",
      "rename, then create a view with the old name until every instance is deployed"),
  RENAME_OBJECT(
      "renaming-object",
      "running application code that uses the old name breaks",
      "all",
      "deploy code that no longer uses the old name first"),
  REBUILD_ENUM(
      "enum-value-removed",
      "removing or reordering enum values rebuilds the type: every column using it is rewritten"
          + " under an ACCESS EXCLUSIVE lock, and the conversion fails if a row still holds a"
          + " removed value",
      "all",
      "update rows off the removed value first; on big tables convert through a new column"),
  ADD_ENUM_VALUE(
      "enum-value-added",
      "a value added to an enum cannot be used in the same transaction that adds it",
      "PostgreSQL 12+ (before 12 ADD VALUE cannot run inside a transaction at all)",
      "add the value in a migration of its own and use it in a later one (what shale generate"
          + " writes)"),
  DROP_OBJECT(
      "drop-object",
      "running application code that uses the dropped object breaks",
      "all",
      "stop using it in a deploy first"),
  DROP_ENUM(
      "drop-enum",
      "running application code that uses the dropped type breaks",
      "all",
      "stop using it in a deploy first"),
  MATERIALIZED_VIEW_BUILD(
      "materialized-view-build",
      "creating a materialized view runs its whole query once",
      "all",
      "create it WITH NO DATA and REFRESH it when the database is quiet"),
  ACCESS_EXCLUSIVE_BRIEF(
      "access-exclusive-lock",
      "takes an ACCESS EXCLUSIVE lock briefly; behind a long-running query it waits, and every"
          + " query on the table queues behind it",
      "all",
      "run with a short lock_timeout and retry (shale migrate does)");

  private final String id;
  private final String why;
  private final String versions;
  private final String safeAlternative;

  Rule(String id, String why, String versions, String safeAlternative) {
    this.id = id;
    this.why = why;
    this.versions = versions;
    this.safeAlternative = safeAlternative;
  }

  public String id() {
    return id;
  }

  public String why() {
    return why;
  }

  public String versions() {
    return versions;
  }

  public String safeAlternative() {
    return safeAlternative;
  }
}
