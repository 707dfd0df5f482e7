package dev.shale.sql.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for fuzzing the parser, from a seed: token soups (keywords, names, literals, comments,
 * quotes and dollar quotes, some left open, punctuation) and real statements from the golden cases
 * with characters or tokens deleted, inserted, swapped or cut off.
 */
final class FuzzInputs {
  private static final String[] VOCABULARY = {
    "ALTER",
    "TABLE",
    "ADD",
    "COLUMN",
    "DROP",
    "CONSTRAINT",
    "CREATE",
    "INDEX",
    "UNIQUE",
    "CONCURRENTLY",
    "IF",
    "NOT",
    "EXISTS",
    "ONLY",
    "ON",
    "USING",
    "INCLUDE",
    "WHERE",
    "TYPE",
    "SET",
    "LOCAL",
    "SESSION",
    "RESET",
    "DEFAULT",
    "NULL",
    "CHECK",
    "PRIMARY",
    "KEY",
    "FOREIGN",
    "REFERENCES",
    "VALID",
    "VALIDATE",
    "RENAME",
    "TO",
    "SCHEMA",
    "GENERATED",
    "ALWAYS",
    "AS",
    "STORED",
    "VIRTUAL",
    "IDENTITY",
    "BY",
    "PARTITION",
    "OF",
    "FOR",
    "VALUES",
    "FROM",
    "IN",
    "WITH",
    "ATTACH",
    "DETACH",
    "FINALIZE",
    "BEGIN",
    "ATOMIC",
    "END",
    "COMMIT",
    "ROLLBACK",
    "SAVEPOINT",
    "RELEASE",
    "DO",
    "FUNCTION",
    "PROCEDURE",
    "TRIGGER",
    "LANGUAGE",
    "TRUNCATE",
    "VACUUM",
    "FULL",
    "CLUSTER",
    "REFRESH",
    "MATERIALIZED",
    "VIEW",
    "LOCK",
    "MODE",
    "SELECT",
    "set_config",
    "INSERT",
    "INTO",
    "UPDATE",
    "DELETE",
    "EXCLUDE",
    "DEFERRABLE",
    "INITIALLY",
    "DEFERRED",
    "ENUM",
    "VALUE",
    "BEFORE",
    "AFTER",
    "COMMENT",
    "IS",
    "GRANT",
    "REVOKE",
    "users",
    "public",
    "\"Quoted.Name\"",
    "\"a\"\"b\"",
    "U&\"d\\0061t\"",
    "varchar",
    "(10)",
    "numeric(12,2)",
    "int[]",
    "timestamp",
    "with time zone",
    "double",
    "precision",
    "'text'",
    "'it''s'",
    "E'\\''",
    "E'a\\\\'",
    "B'101'",
    "X'ff'",
    "$$ body; $$",
    "$t$ ; $$ ; $t$",
    "$1",
    "42",
    "3.14",
    "1e10",
    ".5",
    "(",
    ")",
    "[",
    "]",
    ",",
    ";",
    ".",
    "::",
    "=",
    "<>",
    "||",
    "*",
    "-",
    "+",
    "/*",
    "*/",
    "--",
    "/* c; */",
    "-- c;\n",
    "\n",
    "\r\n",
    "\t",
    "'",
    "\"",
    "$",
    "$$",
    "$q$",
    "E'",
    "\\",
    "\\i x\n",
    "é",
    "😀",
    "\uFEFF",
    "U&'x'",
    "N'n'"
  };

  private static final List<String> STATEMENTS = goldenStatements();

  private FuzzInputs() {}

  /** Input number {@code n} of the stream for {@code seed}: a soup or a mutant, alternately. */
  static String input(long seed) {
    Random random = new Random(seed);
    return random.nextInt(3) == 0 ? soup(random) : mutant(random);
  }

  static String soup(Random random) {
    int n = random.nextInt(40);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
      int gap = random.nextInt(6);
      out.append(gap == 0 ? "" : gap == 1 ? "\n" : " ");
    }
    return out.toString();
  }

  static String mutant(Random random) {
    StringBuilder s = new StringBuilder(STATEMENTS.get(random.nextInt(STATEMENTS.size())));
    if (random.nextBoolean()) {
      s.append(";\n").append(STATEMENTS.get(random.nextInt(STATEMENTS.size())));
    }
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && s.length() > 0; m++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(5)) {
        case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(12)));
        case 1 -> s.insert(at, " " + VOCABULARY[random.nextInt(VOCABULARY.length)] + " ");
        case 2 -> s.setLength(at);
        case 3 -> {
          int other = random.nextInt(s.length());
          char c = s.charAt(at);
          s.setCharAt(at, s.charAt(other));
          s.setCharAt(other, c);
        }
        default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(20))));
      }
    }
    return s.toString();
  }

  private static List<String> goldenStatements() {
    List<String> statements = new ArrayList<>();
    try (Stream<Path> files = Files.list(ParseGoldenTest.CASES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        for (String piece : Files.readString(f, StandardCharsets.UTF_8).split(";\n")) {
          if (!piece.isBlank()) {
            statements.add(piece);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return statements;
  }
}
