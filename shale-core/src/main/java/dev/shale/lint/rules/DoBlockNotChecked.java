package dev.shale.lint.rules;

import dev.shale.lint.LintRule;
import dev.shale.lint.Report;
import dev.shale.lint.StatementContext;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedStatement.DoBlock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DO block that runs DDL on tables: the block runs at once, as one statement, and no other rule
 * reads its PL/pgSQL body, so its locks go unreported. Drizzle Kit wrote every foreign key this way
 * ({@code DO $$ BEGIN ALTER TABLE … ADD CONSTRAINT … EXCEPTION WHEN duplicate_object THEN null; END
 * $$}). Functions are not DO blocks: their bodies run later, when called.
 */
public final class DoBlockNotChecked implements LintRule {
  /** Comments and string literals: text in them is no statement of the block. */
  private static final Pattern NOT_CODE =
      Pattern.compile("(?s)--[^\\n]*|/\\*.*?\\*/|[eE]?'(?:[^']|'')*'");

  private static final Pattern DDL =
      Pattern.compile(
          "(?i)\\b(ALTER\\s+TABLE|CREATE\\s+(?:UNIQUE\\s+)?INDEX|DROP\\s+(?:TABLE|INDEX)"
              + "|TRUNCATE|VACUUM|CLUSTER|REINDEX|REFRESH\\s+MATERIALIZED\\s+VIEW|LOCK\\s+TABLE)\\b");

  /** The string an EXECUTE runs, directly or through format(…): dynamic SQL is SQL too. */
  private static final Pattern EXECUTED =
      Pattern.compile("(?is)\\bEXECUTE\\s+(?:format\\s*\\(\\s*)?[eE]?'((?:[^']|'')*)'");

  private static Matcher dynamicDdl(String body) {
    Matcher executed = EXECUTED.matcher(NOT_CODE_BUT_STRINGS.matcher(body).replaceAll(" "));
    while (executed.find()) {
      Matcher ddl = DDL.matcher(executed.group(1));
      if (ddl.find()) {
        return ddl;
      }
    }
    return null;
  }

  /** Comments only: the strings an EXECUTE runs are kept. */
  private static final Pattern NOT_CODE_BUT_STRINGS = Pattern.compile("(?s)--[^\\n]*|/\\*.*?\\*/");

  @Override
  public Rule rule() {
    return Rule.DO_BLOCK_NOT_CHECKED;
  }

  @Override
  public Example example() {
    return new Example(
        "DO $$ BEGIN\n"
            + "  ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id);\n"
            + "EXCEPTION WHEN duplicate_object THEN null;\n"
            + "END $$;",
        "ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_customer_fk;\n"
            + "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
            + " REFERENCES customers (id) NOT VALID;");
  }

  @Override
  public void check(StatementContext context, Report out) {
    if (!(context.statement() instanceof DoBlock block)) {
      return;
    }
    Matcher ddl = DDL.matcher(NOT_CODE.matcher(block.body()).replaceAll(" "));
    if (!ddl.find()) {
      ddl = dynamicDdl(block.body());
      if (ddl == null) {
        return;
      }
    }
    out.add(
        context.source(),
        "this DO block runs "
            + ddl.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)
            + ", which check does not look into: its locks, rewrites and scans go unreported",
        null);
  }
}
