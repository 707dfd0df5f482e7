#!/usr/bin/env python3
"""Writes two equivalent N-table PostgreSQL schemas, one for Shale (Java DSL) and one for
Drizzle (drizzle-orm pg-core TypeScript), each in two variants:

  initial  the base schema
  edit     the base schema plus one new nullable column per table (`note text`)

Layout written under OUT_DIR:

  shale/initial/{shale.toml, schema/Enums.java, schema/Tables00.java, ...}
  shale/edit/...
  drizzle/initial/{drizzle.config.ts, schema/enums.ts, schema/tables00.ts, ...}
  drizzle/edit/...

Every table (t0000 ... t0999) has 9 or 10 columns: a bigint identity primary key, varchar(200)
with a named unique constraint, text, integer with a default, boolean with a default,
timestamptz default now(), jsonb, numeric(10,2), a column of one of five shared enums, and (for
i > 0) a bigint FK to the previous table ON DELETE CASCADE. Indexes: one on created_at, and one on
parent_id for i > 0. Constraint and index names are given explicitly on both sides so that both
tools generate the same objects.

The Drizzle files import 'drizzle-orm/pg-core' and 'drizzle-kit', so OUT_DIR must lie under a
directory whose node_modules holds them (bench/work/ under bench/, as run.sh does).

Standard library only.
"""

import argparse
import os
import shutil

# name -> values; shared across tables (table i uses ENUMS[i % len(ENUMS)]).
ENUMS = [
    ("status", ["active", "pending", "archived", "deleted"]),
    ("priority", ["low", "medium", "high", "urgent"]),
    ("visibility", ["public", "internal", "private"]),
    ("region", ["us", "eu", "apac", "latam", "mea"]),
    ("tier", ["free", "pro", "team", "enterprise"]),
]


def tname(i):
    return "t%04d" % i


def camel(snake):
    head, *rest = snake.split("_")
    return head + "".join(p.capitalize() for p in rest)


# ---- Shale (Java DSL) --------------------------------------------------------------------------


def java_enums():
    out = [
        "import static dev.shale.schema.Pg.*;",
        "",
        "import dev.shale.schema.*;",
        "",
        "public final class Enums {",
        "  private Enums() {}",
        "",
    ]
    for name, values in ENUMS:
        vals = ", ".join('"%s"' % v for v in values)
        out.append('  public static final PgEnum %s = enumType("%s", %s);' % (name.upper(), name, vals))
    out.append("}")
    return "\n".join(out) + "\n"


def java_table(i, edit):
    t = tname(i)
    ename, evalues = ENUMS[i % len(ENUMS)]
    cols = [
        'column("id", bigint()).generatedAlwaysAsIdentity().primaryKey()',
        'column("name", varchar(200)).notNull().unique("%s_name_key")' % t,
        'column("description", text())',
        'column("quantity", integer()).notNull().defaultValue(0)',
        'column("is_active", bool()).notNull().defaultValue(true)',
        'column("created_at", timestamptz()).notNull().defaultNow()',
        'column("metadata", jsonb())',
        'column("price", numeric(10, 2))',
        'column("%s", Enums.%s).notNull().defaultValue("%s")' % (ename, ename.upper(), evalues[0]),
    ]
    if i > 0:
        cols.append('column("parent_id", bigint()).references("%s", "id").onDelete(CASCADE)' % tname(i - 1))
    if edit:
        cols.append('column("note", text())')
    cols.append('index("created_at").name("%s_created_at_idx")' % t)
    if i > 0:
        cols.append('index("parent_id").name("%s_parent_id_idx")' % t)
    body = ",\n      ".join(cols)
    return '  public static final Table %s = table("%s",\n      %s);\n' % (t.upper(), t, body)


def java_tables_file(cls, indices, edit):
    out = [
        "import static dev.shale.schema.Pg.*;",
        "",
        "import dev.shale.schema.*;",
        "",
        "public final class %s {" % cls,
        "  private %s() {}" % cls,
        "",
    ]
    out.append("\n".join(java_table(i, edit) for i in indices))
    out.append("}")
    return "\n".join(out) + "\n"


SHALE_TOML = """schema = ["schema/*.java"]
migrations = "migrations"
snapshots = "snapshots"
"""


# ---- Drizzle (TypeScript, drizzle-orm pg-core) -------------------------------------------------


def ts_enums():
    out = ["import { pgEnum } from 'drizzle-orm/pg-core';", ""]
    for name, values in ENUMS:
        vals = ", ".join("'%s'" % v for v in values)
        out.append("export const %sEnum = pgEnum('%s', [%s]);" % (name, name, vals))
    return "\n".join(out) + "\n"


def ts_table(i, edit):
    t = tname(i)
    ename, evalues = ENUMS[i % len(ENUMS)]
    cols = [
        "id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity()",
        "name: varchar('name', { length: 200 }).notNull().unique('%s_name_key')" % t,
        "description: text('description')",
        "quantity: integer('quantity').notNull().default(0)",
        "isActive: boolean('is_active').notNull().default(true)",
        "createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()",
        "metadata: jsonb('metadata')",
        "price: numeric('price', { precision: 10, scale: 2 })",
        "%s: %sEnum('%s').notNull().default('%s')" % (camel(ename), ename, ename, evalues[0]),
    ]
    if i > 0:
        cols.append(
            "parentId: bigint('parent_id', { mode: 'number' })"
            ".references(() => %s.id, { onDelete: 'cascade' })" % tname(i - 1)
        )
    if edit:
        cols.append("note: text('note')")
    idx = ["index('%s_created_at_idx').on(t.createdAt)" % t]
    if i > 0:
        idx.append("index('%s_parent_id_idx').on(t.parentId)" % t)
    return (
        "export const %s = pgTable(\n  '%s',\n  {\n    %s,\n  },\n  (t) => [\n    %s,\n  ],\n);\n"
        % (t, t, ",\n    ".join(cols), ",\n    ".join(idx))
    )


def ts_tables_file(indices, prev_module, edit):
    enums_used = sorted({ENUMS[i % len(ENUMS)][0] for i in indices})
    out = [
        "import { bigint, boolean, index, integer, jsonb, numeric, pgTable, text, timestamp, varchar }"
        " from 'drizzle-orm/pg-core';",
        "import { %s } from './enums';" % ", ".join(e + "Enum" for e in enums_used),
    ]
    first = indices[0]
    if first > 0:
        out.append("import { %s } from './%s';" % (tname(first - 1), prev_module))
    out.append("")
    out.append("\n".join(ts_table(i, edit) for i in indices))
    return "\n".join(out)


DRIZZLE_CONFIG = """import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './schema/*.ts',
  out: './migrations',
});
"""


# ---- main --------------------------------------------------------------------------------------


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", help="output directory (its shale/ and drizzle/ subdirs are replaced)")
    ap.add_argument("-n", "--tables", type=int, default=1000, help="number of tables (default 1000)")
    ap.add_argument("--per-file", type=int, default=50,
                    help="tables per source file (default 50; keeps each Java static initializer well under 64KB)")
    args = ap.parse_args()
    if args.tables < 1 or args.per_file < 1:
        ap.error("--tables and --per-file must be positive")

    chunks = [list(range(s, min(s + args.per_file, args.tables))) for s in range(0, args.tables, args.per_file)]
    width = max(2, len(str(len(chunks) - 1)))

    for tool in ("shale", "drizzle"):
        shutil.rmtree(os.path.join(args.out_dir, tool), ignore_errors=True)

    for variant in ("initial", "edit"):
        edit = variant == "edit"
        sdir = os.path.join(args.out_dir, "shale", variant)
        write(os.path.join(sdir, "shale.toml"), SHALE_TOML)
        write(os.path.join(sdir, "schema", "Enums.java"), java_enums())
        ddir = os.path.join(args.out_dir, "drizzle", variant)
        write(os.path.join(ddir, "drizzle.config.ts"), DRIZZLE_CONFIG)
        write(os.path.join(ddir, "schema", "enums.ts"), ts_enums())
        for k, indices in enumerate(chunks):
            cls = "Tables%0*d" % (width, k)
            write(os.path.join(sdir, "schema", cls + ".java"), java_tables_file(cls, indices, edit))
            mod = "tables%0*d" % (width, k)
            prev = "tables%0*d" % (width, k - 1)
            write(os.path.join(ddir, "schema", mod + ".ts"), ts_tables_file(indices, prev, edit))

    print("wrote %d tables in %d files per tool into %s/{shale,drizzle}/{initial,edit}"
          % (args.tables, len(chunks), args.out_dir))


if __name__ == "__main__":
    main()
