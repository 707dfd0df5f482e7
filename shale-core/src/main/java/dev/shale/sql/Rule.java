package dev.shale.sql;

/**
 * The rule catalog: the single source of the safety facts that generate's review, push's
 * confirmation and check's findings print. Each rule has a stable id.
 */
public enum Rule {
  CREATE_INDEX_NON_CONCURRENT(
      "create-index-non-concurrent",
      Severity.ERROR,
      "CREATE INDEX without CONCURRENTLY holds a SHARE lock that blocks every write to the table"
          + " while the whole table is read and the index built",
      "all",
      "CREATE INDEX CONCURRENTLY in a migration of its own that starts with"
          + " -- shale:no-transaction (what shale generate writes by default)"),
  DROP_INDEX_NON_CONCURRENT(
      "drop-index-non-concurrent",
      Severity.ERROR,
      "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes until"
          + " every running query on it ends",
      "all",
      "DROP INDEX CONCURRENTLY in a migration of its own that starts with"
          + " -- shale:no-transaction (what shale generate writes by default)"),
  ADD_FOREIGN_KEY(
      "add-foreign-key",
      Severity.ERROR,
      "ADD FOREIGN KEY locks both tables against writes (SHARE ROW EXCLUSIVE) while it checks"
          + " every existing row",
      "all",
      "ADD CONSTRAINT … NOT VALID now, then ALTER TABLE … VALIDATE CONSTRAINT in a later"
          + " migration (it takes only SHARE UPDATE EXCLUSIVE); what shale generate writes by"
          + " default"),
  ADD_CHECK(
      "constraint-missing-not-valid",
      Severity.ERROR,
      "ADD CHECK holds an ACCESS EXCLUSIVE lock while it scans every row",
      "all",
      "ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT in a later migration"
          + " (what shale generate writes by default)"),
  SET_NOT_NULL(
      "set-not-null",
      Severity.ERROR,
      "SET NOT NULL holds an ACCESS EXCLUSIVE lock while it scans every row, and fails if a row"
          + " holds NULL",
      "all",
      "ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT in a later"
          + " migration; then SET NOT NULL skips the scan and the check is dropped (what shale"
          + " generate writes by default)"),
  NOT_NULL_AFTER_DEFAULT(
      "set-not-null-existing-nulls",
      Severity.ERROR,
      "a column gets a default and NOT NULL at once: the default fills new rows only, so rows that"
          + " already hold NULL keep it, and the NOT NULL check fails on them",
      "all",
      "backfill first (UPDATE … SET col = … WHERE col IS NULL, in batches on a big table) in a"
          + " migration that runs before the one that validates the NOT NULL"),
  ADD_UNIQUE(
      "add-unique-constraint",
      Severity.ERROR,
      "ADD UNIQUE builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes for"
          + " the whole build",
      "all",
      "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX (what shale"
          + " generate writes by default)"),
  ADD_PRIMARY_KEY(
      "add-primary-key",
      Severity.ERROR,
      "ADD PRIMARY KEY builds its index (and checks NOT NULL) under an ACCESS EXCLUSIVE lock",
      "all",
      "make the columns NOT NULL as set-not-null says, CREATE UNIQUE INDEX CONCURRENTLY, then"
          + " ADD CONSTRAINT … PRIMARY KEY USING INDEX (what shale generate writes by default)"),
  CHANGE_COLUMN_TYPE(
      "changing-column-type",
      Severity.ERROR,
      "ALTER COLUMN … TYPE rewrites the table and its indexes under an ACCESS EXCLUSIVE lock"
          + " (except binary-compatible changes such as widening a varchar)",
      "all",
      "add a new column, backfill it in batches, switch the application, then drop the old one"),
  ADD_COLUMN_VOLATILE_DEFAULT(
      "adding-field-with-volatile-default",
      Severity.ERROR,
      "ADD COLUMN with a volatile default (random(), gen_random_uuid(), clock_timestamp(), …)"
          + " rewrites the whole table under an ACCESS EXCLUSIVE lock",
      "PostgreSQL 11+ (before 11 any default rewrites)",
      "add the column without a default, set the default, backfill existing rows in batches"),
  ADD_GENERATED_COLUMN(
      "adding-stored-generated-column",
      Severity.ERROR,
      "a stored generated column is computed for every existing row: the table is rewritten"
          + " under an ACCESS EXCLUSIVE lock",
      "all",
      "add a plain column, backfill it in batches and keep it current from the application or a"
          + " trigger"),
  SET_GENERATED_EXPRESSION(
      "set-generated-expression",
      Severity.ERROR,
      "SET EXPRESSION rewrites the table under an ACCESS EXCLUSIVE lock",
      "PostgreSQL 17+",
      "add a new generated column on a quiet table, or compute the value in the application"),
  ADD_REQUIRED_COLUMN(
      "adding-required-field",
      Severity.ERROR,
      "ADD COLUMN … NOT NULL without a default fails as soon as the table has a row",
      "all",
      "give the column a default, or add it nullable, backfill, then SET NOT NULL"),
  DROP_COLUMN(
      "drop-column",
      Severity.WARNING,
      "DROP COLUMN loses the column's data, and application code still reading it breaks",
      "all",
      "stop reading and writing the column in a deploy first, then drop it"),
  CONTRACT_COLUMN(
      "contract-column",
      Severity.WARNING,
      "the contract of expand and contract drops the old column and puts the new one in its place:"
          + " an application instance still using the old column, or the old type, breaks",
      "all",
      "deploy code that uses only the new column everywhere first, and keep replaces(…) in the"
          + " schema until then; never ship the contract in the same deploy as its expand"),
  DROP_ADD_SUSPECTED_RENAME(
      "drop-add-suspected-rename",
      Severity.WARNING,
      "a column is dropped and a column of the same type added: if this is a rename, the data is"
          + " lost",
      "all",
      "answer --rename column:TABLE.OLD=TABLE.NEW to keep the data"),
  DROP_TABLE(
      "drop-table",
      Severity.WARNING,
      "DROP TABLE loses every row, and application code still using the table breaks",
      "all",
      "stop using the table in a deploy first; keep a backup"),
  RENAME_COLUMN(
      "renaming-column",
      Severity.WARNING,
      "renaming a column breaks every running application instance that still uses the old name",
      "all",
      "expand and contract: add the new column, write both, backfill, switch reads, drop the old"),
  RENAME_TABLE(
      "renaming-table",
      Severity.WARNING,
      "renaming a table breaks every running application instance that still uses the old name",
      "all",
      "rename, then create a view with the old name until every instance is deployed"),
  RENAME_OBJECT(
      "renaming-object",
      Severity.WARNING,
      "running application code that uses the old name breaks",
      "all",
      "deploy code that no longer uses the old name first"),
  REBUILD_ENUM(
      "enum-value-removed",
      Severity.ERROR,
      "removing or reordering enum values rebuilds the type: every column using it is rewritten"
          + " under an ACCESS EXCLUSIVE lock, and the conversion fails if a row still holds a"
          + " removed value",
      "all",
      "update rows off the removed value first; on big tables convert through a new column"),
  ADD_ENUM_VALUE(
      "enum-value-added",
      Severity.ERROR,
      "a value added to an enum cannot be used in the same transaction that adds it",
      "PostgreSQL 12+ (before 12 ADD VALUE cannot run inside a transaction at all)",
      "add the value in a migration of its own and use it in a later one (what shale generate"
          + " writes)"),
  DROP_OBJECT(
      "drop-object",
      Severity.WARNING,
      "running application code that uses the dropped object breaks",
      "all",
      "stop using it in a deploy first"),
  ROW_SECURITY_DISABLED(
      "row-security-disabled",
      Severity.WARNING,
      "DISABLE ROW LEVEL SECURITY stops every policy of the table: each role with privileges on it reads and writes all its rows",
      "all",
      "keep row level security on and change the policies; disable it only on a table whose rows every role may see"),
  ROLE_NOT_DECLARED(
      "role-not-declared",
      Severity.WARNING,
      "the grant names a role the schema does not declare: roles belong to the cluster, not the database, and the migration fails where no role of that name exists",
      "all",
      "create the role on every server before migrating, or declare it with role(name) so that the migration creates it when it is missing"),
  DROP_ENUM(
      "drop-enum",
      Severity.WARNING,
      "running application code that uses the dropped type breaks",
      "all",
      "stop using it in a deploy first"),
  MATERIALIZED_VIEW_BUILD(
      "materialized-view-build",
      Severity.WARNING,
      "creating a materialized view runs its whole query once",
      "all",
      "create it WITH NO DATA and REFRESH it when the database is quiet"),
  ACCESS_EXCLUSIVE_BRIEF(
      "access-exclusive-lock",
      Severity.WARNING,
      "takes an ACCESS EXCLUSIVE lock briefly; behind a long-running query it waits, and every"
          + " query on the table queues behind it",
      "all",
      "run with a short lock_timeout and retry (shale migrate does)"),
  ADD_EXCLUSION(
      "add-exclusion-constraint",
      Severity.ERROR,
      "ADD CONSTRAINT … EXCLUDE builds its index and checks every row under an ACCESS EXCLUSIVE lock; it cannot be NOT VALID",
      "all",
      "none online: add it when the table is created, or in a maintenance window"),
  ADD_SERIAL_OR_IDENTITY(
      "adding-serial-or-identity-column",
      Severity.ERROR,
      "ADD COLUMN of a serial or identity column fills every existing row from the sequence: the table is rewritten under an ACCESS EXCLUSIVE lock",
      "all",
      "add a plain nullable column, attach a sequence default, backfill in batches, then SET NOT NULL as set-not-null says"),
  CONCURRENTLY_IN_TRANSACTION(
      "concurrently-in-transaction",
      Severity.ERROR,
      "a CONCURRENTLY statement cannot run inside a transaction block: the migration fails",
      "all",
      "put it in a migration of its own that starts with -- shale:no-transaction (or your tool's equivalent)"),
  NOT_IN_TRANSACTION(
      "transaction-disallowed-statement",
      Severity.ERROR,
      "VACUUM, CREATE/DROP DATABASE, CREATE/DROP TABLESPACE, ALTER SYSTEM and REINDEX SYSTEM/DATABASE cannot run inside a transaction block: the migration fails",
      "all",
      "run it in a migration of its own that starts with -- shale:no-transaction, or outside migrations"),
  VALIDATE_SAME_TRANSACTION(
      "validate-in-same-transaction",
      Severity.ERROR,
      "VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID: the strong lock of the ADD is still held while every row is scanned, so NOT VALID gains nothing",
      "all",
      "commit between the two: VALIDATE CONSTRAINT in a later migration (what shale generate writes)"),
  AFTER_ACCESS_EXCLUSIVE(
      "statements-after-access-exclusive",
      Severity.WARNING,
      "a statement runs after one that took an ACCESS EXCLUSIVE lock in the same transaction: the table stays blocked for reads and writes until the transaction ends",
      "all",
      "end the transaction right after the statement that takes the ACCESS EXCLUSIVE lock; move the rest to another migration"),
  MULTIPLE_ALTER_SAME_TABLE(
      "multiple-alter-same-table",
      Severity.WARNING,
      "several ALTER TABLE statements on one table in one transaction: each takes its lock again and may scan or rewrite the table again, and the strongest lock is held until the end",
      "all",
      "combine the actions into one ALTER TABLE statement"),
  MISSING_LOCK_TIMEOUT(
      "missing-lock-timeout",
      Severity.WARNING,
      "a statement that blocks reads or writes runs without lock_timeout: if it waits behind a long query, every query on the table queues behind it",
      "all",
      "SET lock_timeout = '5s' at the start of the migration (SET LOCAL inside a transaction), and retry on failure; shale migrate sets one for every statement"),
  SET_LOCAL_OUTSIDE_TRANSACTION(
      "set-local-outside-transaction",
      Severity.WARNING,
      "SET LOCAL outside a transaction block has no effect: the setting is gone before the next statement runs",
      "all",
      "use SET (session level), or put the statements in a transaction"),
  DROP_NOT_NULL(
      "dropping-not-null",
      Severity.WARNING,
      "DROP NOT NULL lets NULL in: running application code that reads the column as never null breaks on the first NULL",
      "all",
      "make sure every reader handles NULL before the change is deployed"),
  FK_MISSING_INDEX(
      "fk-missing-index",
      Severity.WARNING,
      "a foreign key without an index that starts with its columns: every DELETE or key UPDATE on the referenced table scans the referencing table",
      "all",
      "CREATE INDEX CONCURRENTLY on the referencing columns (a plain CREATE INDEX on a table the same deploy creates)"),
  UNIQUE_DATA_DEPENDENT(
      "unique-data-dependent",
      Severity.WARNING,
      "a unique index or constraint added to a table that holds rows fails if any two rows are equal, and a failed CONCURRENTLY build leaves an INVALID index behind",
      "all",
      "look for duplicates first (SELECT cols, count(*) … GROUP BY cols HAVING count(*) > 1), and drop an INVALID index before retrying"),
  TRUNCATE(
      "truncate-table",
      Severity.WARNING,
      "TRUNCATE removes every row at once under an ACCESS EXCLUSIVE lock",
      "all",
      "delete in batches, or make sure the data is not needed and the table is not in use"),
  TRUNCATE_CASCADE(
      "truncate-cascade",
      Severity.ERROR,
      "TRUNCATE … CASCADE also empties every table that references these, recursively, which the statement does not name",
      "all",
      "name every table to empty explicitly"),
  VACUUM_FULL(
      "vacuum-full",
      Severity.ERROR,
      "VACUUM FULL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock",
      "all",
      "pg_repack or pg_squeeze, outside migrations"),
  CLUSTER(
      "cluster-table",
      Severity.ERROR,
      "CLUSTER rewrites the table and its indexes under an ACCESS EXCLUSIVE lock",
      "all",
      "pg_repack (which reorders online), outside migrations"),
  SET_LOGGED_UNLOGGED(
      "set-logged-unlogged",
      Severity.ERROR,
      "SET LOGGED / SET UNLOGGED rewrites the table under an ACCESS EXCLUSIVE lock",
      "all",
      "create the table with the persistence it needs, or change it in a maintenance window"),
  SET_TABLESPACE(
      "set-tablespace",
      Severity.ERROR,
      "SET TABLESPACE copies the whole table, index or materialized view into the new tablespace under an ACCESS EXCLUSIVE lock (ALL IN TABLESPACE copies every one it moves)",
      "all",
      "create the object in the tablespace it needs (the TABLESPACE clause, or default_tablespace); move a big table online with pg_repack --tablespace, outside migrations"),
  REINDEX_NON_CONCURRENT(
      "reindex-non-concurrent",
      Severity.ERROR,
      "REINDEX without CONCURRENTLY blocks writes to the table (and reads that use the index) while the index is rebuilt",
      "PostgreSQL 12+ (CONCURRENTLY does not exist before 12)",
      "REINDEX … CONCURRENTLY in a migration of its own that starts with -- shale:no-transaction"),
  DETACH_PARTITION_NON_CONCURRENT(
      "detach-partition-non-concurrent",
      Severity.ERROR,
      "DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table, blocking every query on all its partitions",
      "PostgreSQL 14+ (CONCURRENTLY does not exist before 14)",
      "DETACH PARTITION … CONCURRENTLY in a migration of its own that starts with -- shale:no-transaction"),
  ATTACH_PARTITION_SCAN(
      "attach-partition-scan",
      Severity.WARNING,
      "ATTACH PARTITION scans the whole partition under an ACCESS EXCLUSIVE lock to check its bound, unless a valid CHECK constraint already implies the bound",
      "all",
      "add a CHECK matching the bound NOT VALID, VALIDATE it in a later migration, then ATTACH (no scan) and drop the CHECK"),
  DEFAULT_PARTITION_SCAN(
      "default-partition-scan",
      Severity.WARNING,
      "a partition created or attached next to a default partition makes PostgreSQL read the whole default partition under an ACCESS EXCLUSIVE lock, and the statement fails if a row there belongs to the new bound",
      "all",
      "move the default partition's rows of the new range out first, and give the default partition a CHECK that excludes the range (NOT VALID, then VALIDATE) so that PostgreSQL can skip the scan"),
  REFRESH_MATVIEW_BLOCKING(
      "refresh-materialized-view-blocking",
      Severity.ERROR,
      "REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks every read of the view while its query runs",
      "all",
      "REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view)"),
  PREFER_JSONB(
      "prefer-jsonb",
      Severity.WARNING,
      "a json column has no equality operator: DISTINCT, GROUP BY, UNION and unique indexes on it fail, and every read parses the text again",
      "all",
      "use jsonb"),
  ENUM_VALUE_IN_TRANSACTION(
      "enum-value-in-transaction",
      Severity.ERROR,
      "ALTER TYPE … ADD VALUE cannot run inside a transaction block",
      "PostgreSQL before 12 (from 12 it can, but the value cannot be used in that transaction)",
      "add the value in a migration of its own that starts with -- shale:no-transaction"),
  TRANSACTION_NESTING(
      "transaction-nesting",
      Severity.ERROR,
      "BEGIN inside a transaction is ignored with a warning and its COMMIT ends the outer transaction early; a COMMIT in a migration that its tool runs in a transaction ends that transaction, so what follows runs outside it",
      "all",
      "leave transaction control to the tool, or mark the file -- shale:no-transaction and manage transactions yourself"),
  UNBATCHED_BACKFILL(
      "unbatched-backfill",
      Severity.WARNING,
      "an UPDATE or DELETE of every row of a table in a migration locks every row it touches until the transaction ends and bloats the table",
      "all",
      "backfill in batches of a few thousand rows, each in its own transaction, outside the schema migration"),
  LOCK_TABLE(
      "lock-table",
      Severity.WARNING,
      "LOCK TABLE takes the named lock until the transaction ends, blocking queries that conflict with it for the rest of the migration",
      "all",
      "take no explicit lock; if one is needed, set a short lock_timeout and keep the transaction short"),
  DROP_DATABASE(
      "drop-database",
      Severity.ERROR,
      "DROP DATABASE destroys every object and row in it",
      "all",
      "never drop a database from a migration"),
  PREFER_BIGINT(
      "prefer-bigint-over-int",
      Severity.WARNING,
      "an integer or smallint key runs out (2,147,483,647 for integer) and widening it later rewrites the table and every referencing table",
      "all",
      "use bigint (or bigserial / a bigint identity)"),
  PREFER_IDENTITY(
      "prefer-identity",
      Severity.WARNING,
      "serial columns own a sequence with separate permissions and dump quirks; identity columns are the SQL-standard form",
      "PostgreSQL 10+",
      "use bigint GENERATED ALWAYS AS IDENTITY (or BY DEFAULT)"),
  PREFER_TIMESTAMPTZ(
      "prefer-timestamptz",
      Severity.WARNING,
      "timestamp without time zone stores local times with no zone: values shift when the server or session time zone differs",
      "all",
      "use timestamp with time zone (timestamptz)"),
  BAN_CHAR_FIELD(
      "ban-char-field",
      Severity.WARNING,
      "char(n) pads values with spaces, compares surprisingly and is no faster than text",
      "all",
      "use text or varchar"),
  PREFER_TEXT_FIELD(
      "prefer-text-field",
      Severity.WARNING,
      "a varchar(n) limit is a constraint that shrinking (or a type change to anything but a longer varchar or text) enforces with a table rewrite under an ACCESS EXCLUSIVE lock",
      "all",
      "use text with a CHECK (length(col) <= n) NOT VALID, which changes without a rewrite"),
  DO_BLOCK_NOT_CHECKED(
      "do-block-not-checked",
      Severity.WARNING,
      "a DO block runs DDL that check cannot look into: the block is PL/pgSQL run as one statement, so the locks, rewrites and scans of the statements in it go unreported",
      "all",
      "write the DDL as plain statements (IF NOT EXISTS, IF EXISTS and NOT VALID make them safe to run again), or review the block's locks by hand and suppress this"),
  UNUSED_IGNORE(
      "unused-ignore",
      Severity.WARNING,
      "a shale:ignore comment names a rule that reports nothing on its statement (or file): it hides nothing and may hide the next real finding",
      "all",
      "remove the comment, or the rule id from it"),
  SYNTAX_ERROR(
      "syntax-error",
      Severity.ERROR,
      "the statement does not parse: PostgreSQL will reject it, and no rule could look at it",
      "all",
      "fix the statement; the message says where parsing stopped"),
  TRACE_UNLISTED_RISK(
      "trace-unlisted-risk",
      Severity.WARNING,
      "the trace saw the server take a lock that blocks reads or writes, rewrite or scan a table that held rows, where no static rule reported anything",
      "all",
      "read what the statement does to the table; run it when the table is quiet or find its online form"),
  TRACE_CONTRADICTS_RULE(
      "trace-contradicts-rule",
      Severity.WARNING,
      "a static rule reported a lock, rewrite or scan that the server did not do when the trace ran the statement",
      "all",
      "check the finding: the static rule may be too strict for this case (suppress it with -- shale:ignore), or the trace's data did not exercise it"),
  FOLDER_OUT_OF_STEP(
      "folder-out-of-step",
      Severity.ERROR,
      "a migration has no snapshot, or a snapshot no migration: the next shale generate would repeat or miss changes",
      "all",
      "restore the missing file from version control; hand-written SQL belongs in a migration made with shale generate --custom"),
  SNAPSHOT_CHAIN_BROKEN(
      "snapshot-chain-broken",
      Severity.ERROR,
      "two snapshots name the same parent (two branches each generated a migration), or a snapshot names a parent that does not exist: the migrations no longer form one history",
      "all",
      "run shale generate --rebase: it keeps the migrations of the main branch and regenerates the others on top"),
  SCHEMA_NOT_GENERATED(
      "schema-changed-without-migration",
      Severity.ERROR,
      "the Java schema differs from the newest snapshot: the schema changed but no migration was generated, so the database will not get the change",
      "all",
      "run shale generate and commit the migration and snapshot it writes"),
  SNAPSHOT_UNREADABLE(
      "snapshot-unreadable",
      Severity.ERROR,
      "a snapshot cannot be read (not JSON, a field missing or of the wrong kind, a future format): generate, diff and status cannot use the folder",
      "all",
      "restore the file from version control; the message says where it is broken");

  /** How a finding of the rule fails a build: see {@code failOn}. */
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String id;
  private final Severity severity;
  private final String why;
  private final String versions;
  private final String safeAlternative;

  Rule(String id, Severity severity, String why, String versions, String safeAlternative) {
    this.id = id;
    this.severity = severity;
    this.why = why;
    this.versions = versions;
    this.safeAlternative = safeAlternative;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    return null;
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
