#!/usr/bin/env python3
"""Scores `shale check` and Squawk on Shale's labelled lint corpus: TP/FP/FN, recall and precision per rule.

Usage: lint-corpus-score.py [--corpus shale-core/src/test/resources/lint] [--shale "java -jar shale-cli/target/shale.jar"]
                            [--squawk bench/node_modules/.bin/squawk] [--tools "shale squawk"]
                            [--jobs 2] [--misses FILE]

Each corpus file `<corpus>/<rule-id>/*.sql` says what it must give, as LintCorpus.java reads it:
  -- expect: id, id            (or `none`; an id may repeat: it must be reported that many times)
  -- lint: pg=11 transaction=none|tool lock-timeout=none include=a,b      (optional)
Defaults: in a transaction unless the first line is `-- shale:no-transaction`; a lock_timeout set by
the migrator (so missing-lock-timeout is not expected unless lock-timeout=none); PostgreSQL 14.

Each file is linted on its own (one process per file and tool, so nothing one file creates is known
to another), from an empty temporary directory (no shale.toml, no .squawk.toml):
  shale check --no-schema --format json --fail-on never --pg-version N [--assume-in-transaction]
              [--include a,b] [--exclude missing-lock-timeout   unless lock-timeout=none] FILE
  squawk --reporter json --pg-version N.0 [--assume-in-transaction]
         --exclude require-statement-timeout[,require-lock-timeout   unless lock-timeout=none]
         [--exclude the squawk rules whose Shale counterpart is a hygiene rule (off by default in
          Shale) that the file does not include] FILE

Scoring (the same as LintCorpusTest): per file, each expected id is a true positive if the tool
reported that id (each report counts once), else a false negative; each report left over is a false
positive of its id. Squawk's rule ids are mapped to Shale's with SQUAWK_TO_SHALE below; Squawk is
scored only on the Shale rules that some Squawk rule maps to, and files holding `shale:ignore`
comments (Shale's own suppression syntax) are left out of its score. Where a Squawk rule covers
several Shale rules (constraint-missing-not-valid covers CHECK, FOREIGN KEY, UNIQUE … and VALIDATE in
the same transaction), its finding counts as whichever of them the file expects, else as the first;
two different Squawk rules reporting the same Shale rule on the same line count once, and so do
two Squawk findings of one rule at the same line and column (its parser may report one bad
statement twice). Squawk rules
without a Shale counterpart (SQUAWK_UNSCORED) are listed with their number of findings, not scored.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

# Squawk rule id -> the Shale rule ids it covers, the closest first. Read from squawk's
# crates/squawk_linter/src/rules/ and docs/docs/*.md (sbdchd/squawk, v2.6x).
SQUAWK_TO_SHALE = {
    "require-concurrent-index-creation": ["create-index-non-concurrent"],
    "require-concurrent-index-deletion": ["drop-index-non-concurrent"],
    "require-concurrent-reindex": ["reindex-non-concurrent"],
    "require-concurrent-partition-detach": ["detach-partition-non-concurrent"],
    "ban-concurrent-index-creation-in-transaction": ["concurrently-in-transaction"],
    # any ADD CONSTRAINT without NOT VALID on an existing table, and VALIDATE in the transaction
    # that added the constraint NOT VALID
    "constraint-missing-not-valid": [
        "constraint-missing-not-valid", "add-foreign-key", "validate-in-same-transaction",
        "add-unique-constraint", "add-primary-key", "add-exclusion-constraint",
    ],
    "adding-foreign-key-constraint": ["add-foreign-key"],
    "disallowed-unique-constraint": ["add-unique-constraint"],
    "adding-serial-primary-key-field": ["add-primary-key"],
    # a volatile default (any default before PostgreSQL 11) or a generated column
    "adding-field-with-default": ["adding-field-with-volatile-default", "adding-stored-generated-column"],
    "adding-not-nullable-field": ["set-not-null", "set-not-null-existing-nulls"],
    "adding-required-field": ["adding-required-field"],
    "changing-column-type": ["changing-column-type"],
    "ban-drop-column": ["drop-column"],
    "ban-drop-table": ["drop-table"],
    "ban-drop-database": ["drop-database"],
    "ban-drop-not-null": ["dropping-not-null"],
    "ban-truncate-cascade": ["truncate-cascade"],
    "renaming-column": ["renaming-column"],
    "renaming-table": ["renaming-table"],
    "transaction-nesting": ["transaction-nesting"],
    "require-lock-timeout": ["missing-lock-timeout"],
    "require-timeout-settings": ["missing-lock-timeout"],  # the alias older versions report
    "prefer-repack": ["vacuum-full", "cluster-table"],  # only with --pg-version 19+
    "prefer-bigint-over-int": ["prefer-bigint-over-int"],
    "prefer-bigint-over-smallint": ["prefer-bigint-over-int"],
    "prefer-identity": ["prefer-identity"],
    "prefer-text-field": ["prefer-text-field"],
    "prefer-timestamp-tz": ["prefer-timestamptz"],
    "ban-char-field": ["ban-char-field"],
    "syntax-error": ["syntax-error"],
}

# Squawk rules with no Shale counterpart: their findings are counted, not scored.
SQUAWK_UNSCORED = {
    "prefer-robust-stmts": "IF [NOT] EXISTS on every statement (re-runnable files)",
    "require-statement-timeout": "statement_timeout (Shale checks lock_timeout only)",
    "ban-create-domain-with-constraint": "domains with constraints",
    "ban-alter-domain-with-add-constraint": "domains with constraints",
    "ban-uncommitted-transaction": "BEGIN without COMMIT at the end of the file",
    "require-enum-value-ordering": "ADD VALUE without BEFORE/AFTER",
    "require-table-schema": "schema-qualified table names (opt-in)",
    "identifier-too-long": "names over 63 bytes",
    "ban-duplicate-column-assignments": "the same column set twice in one UPDATE",
    "unused-ignore": "Squawk's own ignore comments",
}

# Shale's hygiene rules: off unless included (onByDefault() false in shale-core/src/main/java/dev/shale/lint/rules).
SHALE_OFF_BY_DEFAULT = {
    "prefer-bigint-over-int", "prefer-identity", "prefer-text-field", "prefer-timestamptz", "ban-char-field",
}

DEFAULT_PG = 14
NO_TRANSACTION = "-- shale:no-transaction"
EXPECT = re.compile(r"(?m)^-- expect:(.*)$")
OPTIONS = re.compile(r"(?m)^-- lint:(.*)$")
NEXT_MIGRATION = "-- in a later migration:"


class Case:
    """One corpus file and how to lint it (LintCorpus.read)."""

    def __init__(self, path, root):
        self.path = path
        self.name = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        m = EXPECT.search(self.text)
        if not m:
            raise SystemExit("%s: no '-- expect:' header" % path)
        self.expected = [x.strip() for x in m.group(1).split(",") if x.strip() and x.strip() != "none"]
        self.pg = DEFAULT_PG
        self.lock_timeout = True
        self.no_transaction_header = is_no_transaction(self.text)
        self.in_transaction = not self.no_transaction_header
        self.include = []
        o = OPTIONS.search(self.text)
        if o:
            for option in o.group(1).split():
                key, _, value = option.partition("=")
                if key == "pg":
                    self.pg = int(value)
                elif key == "transaction":
                    self.in_transaction = value == "tool"
                elif key == "lock-timeout":
                    self.lock_timeout = value != "none"
                elif key == "include":
                    self.include += [x for x in value.split(",") if x]
                else:
                    raise SystemExit("%s: unknown lint option %s" % (path, option))
        self.uses_shale_ignore = "shale:ignore" in self.text
        # A line "-- in a later migration:" starts another migration file of the case: both tools
        # get the parts as separate files, in order.
        parts = self.text.split(NEXT_MIGRATION)
        self.files = [self.path]
        if len(parts) > 1:
            folder = tempfile.mkdtemp(prefix="shale-corpus-")
            self.files = []
            for i, part in enumerate(parts):
                file = os.path.join(folder, "%02d.sql" % (i + 1))
                with open(file, "w", encoding="utf-8") as f:
                    f.write(part if i == 0 else part.lstrip("\n"))
                self.files.append(file)

    def shale_args(self):
        args = ["check", "--no-schema", "--format", "json", "--fail-on", "never", "--pg-version", str(self.pg)]
        if self.in_transaction:
            args.append("--assume-in-transaction")
        if self.include:
            args += ["--include", ",".join(self.include)]
        if self.lock_timeout:
            args += ["--exclude", "missing-lock-timeout"]
        return args + self.files

    def squawk_args(self):
        args = ["--reporter", "json", "--pg-version", "%d.0" % self.pg]
        if self.in_transaction:
            args.append("--assume-in-transaction")
        exclude = ["require-statement-timeout"]
        if self.lock_timeout:
            exclude += ["require-lock-timeout"]
        for rule, targets in SQUAWK_TO_SHALE.items():
            if all(t in SHALE_OFF_BY_DEFAULT for t in targets) and not set(targets) & set(self.include):
                exclude.append(rule)
        return args + ["--exclude", ",".join(exclude)] + self.files


def is_no_transaction(text):
    first = text[1:] if text.startswith("\ufeff") else text
    return first.splitlines()[0].rstrip() == NO_TRANSACTION if first else False


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def lint_shale(case, shale, cwd):
    rc, out, err = run(shale + case.shale_args(), cwd)
    if rc != 0:
        return None, "exit %d: %s" % (rc, (err or out).strip().splitlines()[:1])
    try:
        return [(f["rule"], f.get("line")) for f in json.loads(out)["findings"]], None
    except (ValueError, KeyError) as e:
        return None, "unreadable output (%s)" % e


def lint_squawk(case, squawk, cwd):
    rc, out, err = run(squawk + case.squawk_args(), cwd)
    if rc not in (0, 1):
        return None, "exit %d: %s" % (rc, (err or out).strip().splitlines()[:1])
    try:
        found = json.loads(out) if out.strip() else []
        # Squawk's parser may report one bad statement twice at the same place: count that once
        unique = {(f["rule_name"], f.get("line"), f.get("column")): None for f in found}
        return [(rule, line) for rule, line, _ in unique], None
    except (ValueError, KeyError, TypeError) as e:
        return None, "unreadable output (%s)" % e


def squawk_as_shale(case, findings, scored):
    """Squawk's findings in Shale's ids (see the module doc), and the unscored ones by Squawk id."""
    remaining = collections.Counter(e for e in case.expected if e in scored)
    at_line = {}  # (shale id, line) -> the squawk rules that reported it there
    reported, unscored, unknown = [], collections.Counter(), collections.Counter()
    # rules with one counterpart first, so that a wider rule takes what is left
    for rule, line in sorted(findings, key=lambda f: len(SQUAWK_TO_SHALE.get(f[0], ())) > 1):
        targets = SQUAWK_TO_SHALE.get(rule)
        if targets is None:
            (unscored if rule in SQUAWK_UNSCORED else unknown)[rule] += 1
            continue
        choice = next((t for t in targets if remaining[t] > 0), None)
        if choice is None:
            dup = next((t for t in targets if at_line.get((t, line), {rule}) - {rule}), None)
            if dup is not None:
                at_line[(dup, line)].add(rule)
                continue
            choice = targets[0]
        else:
            remaining[choice] -= 1
        at_line.setdefault((choice, line), set()).add(rule)
        reported.append(choice)
    return reported, unscored, unknown


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


def score(scores, expected, reported, misses, name, tool):
    left = list(reported)
    for e in expected:
        s = scores.setdefault(e, Score())
        if e in left:
            left.remove(e)
            s.tp += 1
        else:
            s.fn += 1
            misses.append("%s %s: missed %s (reported %s)" % (tool, name, e, sorted(reported) or "nothing"))
    for r in left:
        scores.setdefault(r, Score()).fp += 1
        misses.append("%s %s: unexpected %s (expected %s)" % (tool, name, r, sorted(expected) or "none"))


def fmt(x):
    return "–" if x is None else "%.2f" % x


def main():
    bench = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(bench)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(root, "shale-core", "src", "test", "resources", "lint"))
    ap.add_argument("--shale", default=os.environ.get("SHALE") or "java -jar %s" % os.path.join(root, "shale-cli", "target", "shale.jar"))
    ap.add_argument("--squawk", default=os.path.join(bench, "node_modules", ".bin", "squawk"))
    ap.add_argument("--tools", default="shale squawk")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--misses", help="write every false positive and false negative, one a line, to FILE")
    args = ap.parse_args()
    tools = args.tools.split()
    shale = shlex.split(args.shale)
    squawk = shlex.split(args.squawk)

    # Cases live in one folder per rule; files directly under the corpus (the trace's fixture) are none.
    paths = sorted(
        os.path.join(d, f)
        for d, _, fs in os.walk(args.corpus)
        for f in fs
        if f.endswith(".sql") and os.path.normpath(d) != os.path.normpath(args.corpus)
    )
    if not paths:
        raise SystemExit("no .sql files under %s" % args.corpus)
    cases = [Case(p, args.corpus) for p in paths]
    scored_by_squawk = {t for targets in SQUAWK_TO_SHALE.values() for t in targets}

    with tempfile.TemporaryDirectory(prefix="shale-corpus-") as cwd:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            jobs = {}
            for c in cases:
                if "shale" in tools:
                    jobs[(c.name, "shale")] = pool.submit(lint_shale, c, shale, cwd)
                if "squawk" in tools and not c.uses_shale_ignore:
                    jobs[(c.name, "squawk")] = pool.submit(lint_squawk, c, squawk, cwd)
            results = {k: f.result() for k, f in jobs.items()}

    scores = {"shale": {}, "squawk": {}}
    misses, failures, notes = [], [], []
    unscored, unknown = collections.Counter(), collections.Counter()
    for c in cases:
        if c.in_transaction and c.no_transaction_header:
            notes.append("%s: transaction=tool on a `%s` file; shale check runs it outside a transaction"
                         % (c.name, NO_TRANSACTION))
        if "shale" in tools:
            found, error = results[(c.name, "shale")]
            if error:
                failures.append("shale %s: %s" % (c.name, error))
            else:
                score(scores["shale"], c.expected, [r for r, _ in found], misses, c.name, "shale")
        if (c.name, "squawk") in results:
            found, error = results[(c.name, "squawk")]
            if error:
                failures.append("squawk %s: %s" % (c.name, error))
            else:
                reported, u, k = squawk_as_shale(c, found, scored_by_squawk)
                unscored.update(u)
                unknown.update(k)
                score(scores["squawk"], [e for e in c.expected if e in scored_by_squawk], reported, misses, c.name, "squawk")

    # ---- report ---------------------------------------------------------------------------
    expecting = collections.Counter(e for c in cases for e in c.expected)
    rules = sorted(set(scores["shale"]) | set(scores["squawk"]) | set(expecting))
    squawk_names = collections.defaultdict(list)
    for s, targets in SQUAWK_TO_SHALE.items():
        if s != "require-timeout-settings":
            for t in targets[:1] if s == "constraint-missing-not-valid" else targets:
                squawk_names[t].append(s)
    skipped = sum(1 for c in cases if c.uses_shale_ignore)
    print("Labelled corpus: %d files in %d folders (%s); %d expected findings, %d files expecting none."
          % (len(cases), len({os.path.dirname(c.name) for c in cases}), os.path.relpath(args.corpus, root),
             sum(len(c.expected) for c in cases), sum(1 for c in cases if not c.expected)))
    print()
    print("| Shale rule | expected | shale TP/FP/FN | recall | precision | squawk rule | squawk TP/FP/FN | recall | precision |")
    print("|---|---:|---|---:|---:|---|---|---:|---:|")
    for r in rules:
        sh = scores["shale"].get(r, Score())
        row = "| %s | %d | %d/%d/%d | %s | %s |" % (r, expecting[r], sh.tp, sh.fp, sh.fn, fmt(sh.recall()), fmt(sh.precision()))
        if r in scored_by_squawk and "squawk" in tools:
            sq = scores["squawk"].get(r, Score())
            row += " %s | %d/%d/%d | %s | %s |" % (", ".join(squawk_names[r]) or "(constraint-missing-not-valid)",
                                                  sq.tp, sq.fp, sq.fn, fmt(sq.recall()), fmt(sq.precision()))
        else:
            row += " – | | | |"
        print(row)
    print()
    print("| tool | rules scored | TP | FP | FN | recall | precision |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    totals = []
    if "shale" in tools:
        totals.append(("shale check, all rules", "shale", None))
    if "squawk" in tools:
        totals.append(("shale check, rules Squawk has", "shale", scored_by_squawk))
        totals.append(("squawk %s" % squawk_version(squawk), "squawk", scored_by_squawk))
    for label, tool, only in totals:
        t = Score()
        n = 0
        for r, s in scores[tool].items():
            if only is None or r in only:
                t.add(s)
                n += 1
        if tool == "squawk":
            label += " (%d files with shale:ignore left out)" % skipped if skipped else ""
        print("| %s | %d | %d | %d | %d | %s | %s |" % (label, n, t.tp, t.fp, t.fn, fmt(t.recall()), fmt(t.precision())))
    if "squawk" in tools:
        print()
        print("Squawk rules without a Shale counterpart (not scored; findings on the corpus): "
              + "; ".join("%s %d" % (r, unscored[r]) for r in sorted(SQUAWK_UNSCORED)) + ".")
        if unknown:
            print("Squawk rules missing from the mapping in lint-corpus-score.py: "
                  + ", ".join("%s (%d)" % kv for kv in sorted(unknown.items())))
    for n in notes:
        print("Note: " + n)
    if failures:
        print()
        print("Failed runs (not scored):")
        for f in failures:
            print("- " + f)
    if args.misses:
        with open(args.misses, "w") as f:
            f.write("\n".join(misses + ["FAILED " + x for x in failures]) + "\n")
    return 1 if failures else 0


def squawk_version(squawk):
    try:
        return subprocess.run(squawk + ["--version"], capture_output=True, text=True).stdout.split()[-1]
    except (OSError, IndexError):
        return "?"


if __name__ == "__main__":
    sys.exit(main())
