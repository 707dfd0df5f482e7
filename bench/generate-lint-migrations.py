#!/usr/bin/env python3
"""Writes a Flyway-style folder of N migration files, 5 statements each, for `shale check` vs Squawk.

Usage: generate-lint-migrations.py OUT [-n 1000] [--seed 9]

OUT is emptied first, then holds OUT/V1__<name>.sql … OUT/V<N>__<name>.sql (nothing else, so that
`OUT/*.sql` and `OUT` name the same files). The output depends only on N and the seed.

Every file holds exactly 5 SQL statements (comments are no statements; a DO block or a function with
semicolons in its dollar-quoted body is one). The files read like a real project's history: the
first files create tables, later ones change tables created by earlier files, and every statement
applies on PostgreSQL 14+ when the files run in order. Kinds of file, chosen at random by weight:

  create-table    CREATE TABLE (identity PK, varchar/text/numeric/jsonb/timestamptz columns,
                  named UNIQUE and CHECK, an FK to an earlier table), CREATE INDEX on the new
                  table (no lock risk: it is empty), COMMENT ON TABLE / COLUMN
  index           `-- shale:no-transaction` files: SET lock_timeout, CREATE [UNIQUE] INDEX
                  CONCURRENTLY, DROP INDEX CONCURRENTLY, ANALYZE; or (in a transaction) plain
                  CREATE INDEX on an existing table
  add-column      SET lock_timeout, ADD COLUMN with and without (constant or volatile) defaults,
                  COMMENT ON COLUMN
  not-null        UPDATE backfill of NULLs, ADD CHECK (col IS NOT NULL) NOT VALID, VALIDATE,
                  SET NOT NULL, DROP CONSTRAINT; sometimes a bare SET NOT NULL
  foreign-key     ADD COLUMN, ADD CONSTRAINT … FOREIGN KEY (NOT VALID or not), VALIDATE,
                  CREATE INDEX on the referencing column
  alter-type      ALTER COLUMN TYPE (varchar growth, varchar → text, numeric precision growth,
                  integer → bigint with USING), SET/DROP DEFAULT
  drop-rename     DROP COLUMN, RENAME COLUMN, RENAME TABLE (later files use the new name),
                  ALTER INDEX … RENAME, DROP INDEX
  function        CREATE FUNCTION (plpgsql, semicolons in $$ … $$), CREATE TRIGGER, a DO block,
                  COMMENT ON FUNCTION
  data            batched UPDATE backfills, INSERT … SELECT, DELETE, with comments that hold
                  DDL-looking text (`-- DROP TABLE …`) and strings with semicolons
"""
import argparse
import os
import random
import shutil

WORDS = [
    "customers", "orders", "invoices", "payments", "products", "shipments", "accounts", "users",
    "sessions", "events", "refunds", "carts", "coupons", "reviews", "suppliers", "warehouses",
    "tickets", "messages", "projects", "tasks", "teams", "audits", "plans", "subscriptions",
]


class Table:
    def __init__(self, name):
        self.name = name
        self.cols = {}          # name -> type, in order
        self.nullable = set()   # nullable columns
        self.extra = []         # columns added by later files (may be dropped or renamed)
        self.indexes = []       # index names on this table (not constraint indexes)

    def add(self, col, typ, nullable=True, extra=False):
        self.cols[col] = typ
        if nullable:
            self.nullable.add(col)
        if extra:
            self.extra.append(col)


class Gen:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.tables = []
        self.seq = 0            # makes every new name unique
        self.functions = []

    def uid(self):
        self.seq += 1
        return self.seq

    def pick(self, k=1):
        # favour recent tables a little, as real migrations do
        n = len(self.tables)
        if k == 1:
            i = n - 1 - min(int(self.rnd.expovariate(1 / 12.0)), n - 1)
            return self.tables[i]
        return self.rnd.sample(self.tables, k)

    # ---- kinds of file -----------------------------------------------------------------

    def create_table(self):
        word = self.rnd.choice(WORDS)
        t = Table("%s_%d" % (word, self.uid()))
        ref = self.pick() if self.tables else None
        t.add("id", "bigint", nullable=False)
        cols = ["  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"]
        if ref:
            t.add("%s_id" % ref.name, "bigint")
            cols.append("  %s_id bigint REFERENCES %s (id) ON DELETE SET NULL" % (ref.name, ref.name))
        t.add("code", "varchar(64)", nullable=False)
        t.add("title", "text")
        t.add("amount", "numeric(10,2)")
        t.add("qty", "integer", nullable=False)
        t.add("status", "varchar(20)", nullable=False)
        attrs_required = self.rnd.random() < 0.5
        t.add("attrs", "jsonb", nullable=not attrs_required)
        t.add("created_at", "timestamptz", nullable=False)
        t.add("updated_at", "timestamptz", nullable=False)
        cols += [
            "  code varchar(64) NOT NULL",
            "  title text",
            "  amount numeric(10,2) CHECK (amount >= 0)",
            "  qty integer NOT NULL DEFAULT 0",
            "  status varchar(20) NOT NULL DEFAULT 'new'",
            "  attrs jsonb NOT NULL DEFAULT '{}'::jsonb" if attrs_required else "  attrs jsonb",
            "  created_at timestamptz NOT NULL DEFAULT now()",
            "  updated_at timestamptz NOT NULL DEFAULT now()",
            "  CONSTRAINT %s_code_key UNIQUE (code)" % t.name,
            "  CONSTRAINT %s_status_check CHECK (status IN ('new', 'active', 'closed'))" % t.name,
        ]
        stmts = ["CREATE TABLE %s (\n%s\n)" % (t.name, ",\n".join(cols))]
        idx = "%s_status_created_idx" % t.name
        stmts.append("CREATE INDEX %s ON %s (status, created_at DESC)" % (idx, t.name))
        t.indexes.append(idx)
        if ref:
            idx = "%s_%s_id_idx" % (t.name, ref.name)
            stmts.append("CREATE INDEX %s ON %s (%s_id)" % (idx, t.name, ref.name))
        else:
            idx = "%s_title_idx" % t.name
            stmts.append("CREATE INDEX %s ON %s (lower(title))" % (idx, t.name))
        t.indexes.append(idx)
        stmts.append("COMMENT ON TABLE %s IS '%s of the shop; one row per %s'" % (t.name, word.capitalize(), word[:-1]))
        stmts.append("COMMENT ON COLUMN %s.code IS 'external code; unique, never reused'" % t.name)
        self.tables.append(t)
        head = "-- %s: a new table\n" % t.name
        return "create_%s" % t.name, head, stmts

    def index(self):
        t = self.pick()
        candidates = [c for c in t.cols if c not in ("id",) and t.cols[c] != "jsonb"]
        c1, c2 = self.rnd.sample(candidates, 2)
        n = self.uid()
        if self.rnd.random() < 0.6:
            head = "-- shale:no-transaction\n-- Built without blocking writes: CONCURRENTLY cannot run in a transaction.\n"
            i1 = "%s_%s_%d_idx" % (t.name, c1, n)
            i2 = "%s_%s_%s_%d_idx" % (t.name, c1, c2, n)
            stmts = [
                "SET lock_timeout = '%ds'" % self.rnd.choice([2, 3, 5, 10]),
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS %s ON %s (%s)" % (i1, t.name, c1),
                "CREATE INDEX CONCURRENTLY %s ON %s (%s, %s) WHERE %s IS NOT NULL" % (i2, t.name, c1, c2, c1),
            ]
            if t.indexes and self.rnd.random() < 0.5:
                old = t.indexes.pop(0)
                stmts.append("DROP INDEX CONCURRENTLY IF EXISTS %s" % old)
            else:
                stmts.append("RESET lock_timeout")
            stmts.append("ANALYZE %s" % t.name)
            t.indexes += [i1, i2]
            return "index_%s_concurrently" % t.name, head, stmts
        i1 = "%s_%s_%d_idx" % (t.name, c1, n)
        stmts = [
            "SET lock_timeout = '5s'",
            "CREATE INDEX %s ON %s USING btree (%s)" % (i1, t.name, c1),
            "COMMENT ON INDEX %s IS 'for the %s report'" % (i1, c1),
        ]
        t.indexes.append(i1)
        if t.indexes[:-1] and self.rnd.random() < 0.5:
            old = t.indexes.pop(0)
            stmts.append("DROP INDEX IF EXISTS %s" % old)
        else:
            stmts.append("SET statement_timeout = '15min'")
        stmts.append("ANALYZE %s (%s)" % (t.name, c1))
        return "index_%s" % t.name, "", stmts

    def add_column(self):
        t = self.pick()
        n = self.uid()
        a, b, c = "note_%d" % n, "priority_%d" % n, "seen_at_%d" % n
        default = self.rnd.choice(["", " DEFAULT 0", " NOT NULL DEFAULT 0", " DEFAULT 1"])
        volatile = self.rnd.choice(["DEFAULT now()", "DEFAULT clock_timestamp()", "", "DEFAULT '2020-01-01 00:00:00+00'"])
        stmts = [
            "SET lock_timeout = '3s'",
            "ALTER TABLE %s ADD COLUMN %s text" % (t.name, a),
            "ALTER TABLE %s ADD COLUMN IF NOT EXISTS %s integer%s" % (t.name, b, default),
            ("ALTER TABLE %s ADD COLUMN %s timestamptz %s" % (t.name, c, volatile)).rstrip(),
            "COMMENT ON COLUMN %s.%s IS 'free text; ''internal'' only'" % (t.name, a),
        ]
        t.add(a, "text", extra=True)
        t.add(b, "integer", nullable="NOT NULL" not in default, extra=True)
        t.add(c, "timestamptz", extra=True)
        return "add_columns_to_%s" % t.name, "", stmts

    def not_null(self):
        t = self.pick()
        cols = sorted(c for c in t.nullable if t.cols[c] in ("text", "integer", "timestamptz", "numeric(10,2)"))
        if not cols:
            return self.add_column()
        c = self.rnd.choice(cols)
        fill = {"text": "''", "integer": "0", "timestamptz": "now()"}.get(t.cols[c], "0")
        t.nullable.discard(c)
        if self.rnd.random() < 0.25:
            stmts = [
                "SET lock_timeout = '2s'",
                "UPDATE %s SET %s = %s WHERE %s IS NULL" % (t.name, c, fill, c),
                "ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s" % (t.name, c, fill),
                "ALTER TABLE %s ALTER COLUMN %s SET NOT NULL" % (t.name, c),
                "RESET lock_timeout",
            ]
            return "require_%s_%s" % (t.name, c), "-- Small table: a plain SET NOT NULL is fine here.\n", stmts
        con = "%s_%s_not_null" % (t.name, c)
        stmts = [
            "UPDATE %s SET %s = %s WHERE %s IS NULL" % (t.name, c, fill, c),
            "ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s IS NOT NULL) NOT VALID" % (t.name, con, c),
            "ALTER TABLE %s VALIDATE CONSTRAINT %s" % (t.name, con),
            "ALTER TABLE %s ALTER COLUMN %s SET NOT NULL" % (t.name, c),
            "ALTER TABLE %s DROP CONSTRAINT %s" % (t.name, con),
        ]
        head = "-- NOT NULL without a long ACCESS EXCLUSIVE scan: a valid CHECK proves it first.\n"
        return "not_null_%s_%s" % (t.name, c), head, stmts

    def foreign_key(self):
        if len(self.tables) < 2:
            return self.create_table()
        a, b = self.pick(2)
        n = self.uid()
        col = "%s_ref_%d" % (b.name, n)
        con = "%s_%s_fkey" % (a.name, col)
        not_valid = self.rnd.random() < 0.6
        stmts = [
            "ALTER TABLE %s ADD COLUMN %s bigint" % (a.name, col),
            "ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (id)%s"
            % (a.name, con, col, b.name, " NOT VALID" if not_valid else ""),
        ]
        if not_valid:
            stmts.append("ALTER TABLE %s VALIDATE CONSTRAINT %s" % (a.name, con))
        else:
            stmts.append("SET lock_timeout = '4s'")
        idx = "%s_%s_idx" % (a.name, col)
        stmts.append("CREATE INDEX %s ON %s (%s)" % (idx, a.name, col))
        stmts.append("COMMENT ON CONSTRAINT %s ON %s IS 'each row may point at one %s row'" % (con, a.name, b.name))
        a.add(col, "bigint", extra=True)
        a.indexes.append(idx)
        return "fk_%s_to_%s" % (a.name, b.name), "", stmts

    def alter_type(self):
        t = self.pick()
        stmts = ["SET lock_timeout = '5s'"]
        changes = []
        for c, typ in list(t.cols.items()):
            if typ.startswith("varchar(") and c != "status":
                size = int(typ[8:-1])
                changes.append((c, "varchar(%d)" % (size * 2) if self.rnd.random() < 0.6 else "text", ""))
            elif typ == "numeric(10,2)":
                changes.append((c, "numeric(14,2)", ""))
            elif typ == "integer":
                changes.append((c, "bigint", " USING %s::bigint" % c))
            elif typ == "text" and c != "title":
                changes.append((c, "varchar(500)", ""))
        self.rnd.shuffle(changes)
        for c, typ, using in changes[:2]:
            stmts.append("ALTER TABLE %s ALTER COLUMN %s TYPE %s%s" % (t.name, c, typ, using))
            t.cols[c] = typ
        while len(stmts) < 4:
            stmts.append("ALTER TABLE %s ALTER COLUMN qty SET DEFAULT %d" % (t.name, self.rnd.randint(1, 9)))
        stmts.append("ALTER TABLE %s ALTER COLUMN title DROP DEFAULT" % t.name)
        return "alter_types_of_%s" % t.name, "", stmts

    def drop_rename(self):
        t = self.pick()
        stmts = ["SET lock_timeout = '2s'"]
        extra = [c for c in t.extra if c in t.cols]
        if extra:
            c = extra[0]
            t.extra.remove(c)
            del t.cols[c]
            t.nullable.discard(c)
            # dropping a column drops its indexes too
            t.indexes = [i for i in t.indexes if c not in i]
            stmts.append("ALTER TABLE %s DROP COLUMN IF EXISTS %s" % (t.name, c))
        else:
            stmts.append("ALTER TABLE %s ALTER COLUMN status SET DEFAULT 'active'" % t.name)
        if "title" in t.cols and self.rnd.random() < 0.5:
            new = "headline_%d" % self.uid()
            stmts.append("ALTER TABLE %s RENAME COLUMN title TO %s" % (t.name, new))
            t.cols = {(new if k == "title" else k): v for k, v in t.cols.items()}
            if "title" in t.nullable:
                t.nullable.discard("title")
                t.nullable.add(new)
            t.add("title", "text")  # re-added right after, as a rename-and-replace does
            stmts.append("ALTER TABLE %s ADD COLUMN title text" % t.name)
        else:
            old_name = t.name
            t.name = "%s_v%d" % (t.name.rsplit("_v", 1)[0], self.uid())
            stmts.append("ALTER TABLE %s RENAME TO %s" % (old_name, t.name))
            stmts.append("COMMENT ON TABLE %s IS 'renamed from %s'" % (t.name, old_name))
        if t.indexes:
            old = t.indexes.pop()
            new = "%s_idx_%d" % (t.name, self.uid())
            stmts.append("ALTER INDEX IF EXISTS %s RENAME TO %s" % (old, new))
            t.indexes.append(new)
        else:
            stmts.append("RESET lock_timeout")
        return "drop_and_rename_in_%s" % t.name.rsplit("_v", 1)[0], "", stmts

    def function(self):
        t = self.pick()
        n = self.uid()
        fn = "%s_touch_%d" % (t.name, n)
        self.functions.append(fn)
        enum = "%s_kind_%d" % (t.name, n)
        stmts = [
            "CREATE OR REPLACE FUNCTION %s() RETURNS trigger\nLANGUAGE plpgsql AS $fn$\nBEGIN\n"
            "  -- ALTER TABLE %s DROP COLUMN code;  (text in a body is no statement)\n"
            "  NEW.updated_at := now();\n  IF NEW.status = 'closed' THEN\n    NEW.qty := 0;\n  END IF;\n"
            "  RETURN NEW;\nEND;\n$fn$" % (fn, t.name),
            "CREATE TRIGGER %s_trg BEFORE UPDATE ON %s\n  FOR EACH ROW EXECUTE FUNCTION %s()" % (fn, t.name, fn),
            "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = '%s') THEN\n"
            "    CREATE TYPE %s AS ENUM ('small', 'large');\n  END IF;\nEND\n$$" % (enum, enum),
            "COMMENT ON FUNCTION %s() IS 'keeps updated_at current; see %s'" % (fn, t.name),
            "SET lock_timeout TO '3s'",
        ]
        return "trigger_on_%s" % t.name, "/* Triggers: every UPDATE stamps updated_at. */\n", stmts

    def data(self):
        t = self.pick()
        src = self.pick()
        lo = self.rnd.randint(0, 50) * 10000
        stmts = [
            "UPDATE %s SET status = 'active' WHERE status = 'new' AND id BETWEEN %d AND %d" % (t.name, lo, lo + 9999),
            "UPDATE %s SET attrs = attrs || '{\"migrated\": true}'::jsonb WHERE attrs IS NOT NULL AND id < %d" % (t.name, lo + 10000),
            "INSERT INTO %s (code, title, qty, status)\nSELECT 'copy-' || code, 'copied; from %s', 0, 'new' FROM %s WHERE id < 100\nON CONFLICT (code) DO NOTHING"
            % (t.name, src.name, src.name),
            "DELETE FROM %s WHERE status = 'closed' AND updated_at < now() - interval '2 years'" % t.name,
            "SELECT setval(pg_get_serial_sequence('%s', 'id'), greatest((SELECT max(id) FROM %s), 1))" % (t.name, t.name),
        ]
        head = "-- Data fix.\n-- DROP TABLE %s;  (a comment, not a statement)\n" % t.name
        return "backfill_%s" % t.name, head, stmts

    KINDS = [
        ("create_table", 18), ("index", 12), ("add_column", 14), ("not_null", 10),
        ("foreign_key", 10), ("alter_type", 9), ("drop_rename", 9), ("function", 6), ("data", 12),
    ]

    def one(self, i):
        if i <= 5:
            kind = "create_table"
        else:
            kinds, weights = zip(*self.KINDS)
            kind = self.rnd.choices(kinds, weights)[0]
        name, head, stmts = getattr(self, kind)()
        assert len(stmts) == 5, (kind, stmts)
        body = head + "".join(s + ";\n" + ("\n" if "\n" in s else "") for s in stmts)
        return name, body


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("-n", "--files", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    gen = Gen(args.seed)
    for i in range(1, args.files + 1):
        name, body = gen.one(i)
        with open(os.path.join(args.out, "V%d__%s.sql" % (i, name)), "w") as f:
            f.write(body)
    print("wrote %d files, %d statements, into %s" % (args.files, 5 * args.files, args.out))


if __name__ == "__main__":
    main()
