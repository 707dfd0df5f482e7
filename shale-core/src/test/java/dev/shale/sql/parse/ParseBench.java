package dev.shale.sql.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cold-start measure of the parser: {@code ParseBench generate DIR} writes 1,000 migration files of
 * 5 statements each; {@code ParseBench DIR} parses every {@code .sql} file below DIR and prints the
 * counts and the time spent in this JVM (run it under {@code time} for the whole, JVM start
 * included).
 */
public final class ParseBench {
  private static final String[] TEMPLATES = {
    "SET lock_timeout = '2s'",
    "ALTER TABLE t%1$d ADD COLUMN c%1$d varchar(%2$d) DEFAULT 'x' NOT NULL",
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS t%1$d_c_idx ON public.t%1$d USING btree (lower(c%1$d),"
        + " id) WHERE deleted_at IS NULL",
    "ALTER TABLE t%1$d ADD CONSTRAINT t%1$d_fk FOREIGN KEY (o_id) REFERENCES orgs (id) NOT VALID",
    "CREATE TABLE t%1$d (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        + "  name text NOT NULL CHECK (name <> ''),\n  created_at timestamptz DEFAULT now()\n)",
    "ALTER TABLE t%1$d ALTER COLUMN c%1$d TYPE numeric(12,2) USING c%1$d::numeric",
    "DROP INDEX CONCURRENTLY IF EXISTS t%1$d_old_idx",
    "UPDATE t%1$d SET c%1$d = 'y' WHERE id < %2$d",
    "DO $$ BEGIN RAISE NOTICE 'ALTER TABLE x DROP COLUMN y;'; END $$",
    "ALTER TYPE mood%1$d ADD VALUE IF NOT EXISTS 'v%2$d' AFTER 'ok'",
  };

  private ParseBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("generate")) {
      generate(Path.of(args[1]));
      return;
    }
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    int statements = 0;
    int opaque = 0;
    int problems = 0;
    for (Path f : files) {
      ParsedScript s = SqlParser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
      statements += s.statements().size();
      problems += s.problems().size();
      for (ParsedStatement st : s.statements()) {
        if (st instanceof ParsedStatement.Opaque) {
          opaque++;
        }
      }
    }
    System.out.printf(
        "%d files, %d statements (%d opaque, %d problems) in %d ms after JVM start%n",
        files.size(), statements, opaque, problems, (System.nanoTime() - start) / 1_000_000);
  }

  private static void generate(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int f = 0; f < 1000; f++) {
      StringBuilder sql = new StringBuilder("-- generated migration ").append(f).append('\n');
      for (int k = 0; k < 5; k++) {
        String t = TEMPLATES[(f * 5 + k) % TEMPLATES.length];
        sql.append(String.format(t, f, 10 + k)).append(";\n");
      }
      Files.writeString(
          dir.resolve(String.format("%014d_m%d.sql", 20250101000000L + f, f)), sql.toString());
    }
  }
}
