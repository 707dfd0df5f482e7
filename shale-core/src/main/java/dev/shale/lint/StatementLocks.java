package dev.shale.lint;

import dev.shale.sql.parse.ParsedStatement;
import dev.shale.sql.parse.SqlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statement of a run of files with the table locks it takes, read in order so that what
 * earlier files create is known (an index's table, say). Each file is its own deploy, as {@code
 * migrate} runs them: a relation created earlier in the same file takes no lock worth showing.
 */
public final class StatementLocks {
  private StatementLocks() {}

  /** A statement of a file: its kind, where it is, its text, and the locks it takes. */
  public record Reviewed(String kind, dev.shale.sql.parse.Span span, String sql, List<Lock> locks) {
    public Reviewed {
      locks = List.copyOf(locks);
    }
  }

  /** Each file's statements by the file's name, in the order given. */
  public static Map<String, List<Reviewed>> of(List<LintInput> files, int pgVersion) {
    KnownSchema schema = new KnownSchema();
    Map<String, List<Reviewed>> reviewed = new LinkedHashMap<>();
    for (LintInput file : files) {
      schema.startDeploy();
      List<Reviewed> statements = new ArrayList<>();
      for (ParsedStatement statement : SqlParser.parse(file.name(), file.text()).statements()) {
        statements.add(
            new Reviewed(
                kind(statement),
                statement.source().span(),
                statement.source().sql(),
                StaticLocks.of(statement, schema, pgVersion)));
        schema.apply(statement);
      }
      reviewed.put(file.name(), statements);
    }
    return reviewed;
  }

  private static String kind(ParsedStatement statement) {
    if (statement instanceof ParsedStatement.Opaque opaque) {
      return opaque.kind();
    }
    if (statement instanceof ParsedStatement.Unparsed unparsed) {
      return unparsed.kind();
    }
    return statement.getClass().getSimpleName();
  }
}
