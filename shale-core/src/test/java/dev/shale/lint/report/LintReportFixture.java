package dev.shale.lint.report;

import dev.shale.lint.Finding;
import dev.shale.lint.LintInput;
import dev.shale.lint.LintSettings;
import dev.shale.lint.Linter;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.Span;
import dev.shale.sql.parse.SqlParser;
import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed report that the golden files print: the real linter's findings on two migrations of
 * {@code lint-report/}, and a finding made by hand, as the trace would report it, whose span covers
 * two lines.
 */
final class LintReportFixture {
  static final Path DIR = ProjectFiles.testResources("lint-report");
  static final List<String> LINTED =
      List.of("V2__orders_customer_index.sql", "V3__users_email_required.sql");
  static final String HAND_MADE = "V4__orders_total_numeric.sql";

  private LintReportFixture() {}

  static LintReport report() {
    Map<String, String> texts = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    int statements = 0;
    Linter linter = new Linter(LintSettings.defaults());
    for (String file : LINTED) {
      String name = "migrations/" + file;
      String text = read(file);
      texts.put(name, text);
      findings.addAll(linter.lint(new LintInput(name, text, true)));
      statements += SqlParser.parse(name, text).statements().size();
    }
    String name = "migrations/" + HAND_MADE;
    String text = read(HAND_MADE);
    texts.put(name, text);
    statements += SqlParser.parse(name, text).statements().size();
    findings.add(handMade(name, text));
    return new LintReport(findings, texts, LINTED.size() + 1, statements);
  }

  static Finding handMade(String name, String text) {
    String statement = text.substring(text.indexOf("ALTER TABLE"), text.lastIndexOf(';'));
    return new Finding(
        name,
        new Span(3, 2, 4, 30),
        Rule.CHANGE_COLUMN_TYPE,
        "ALTER COLUMN total TYPE numeric(12, 2) rewrote \"café_orders\": 100% of its pages, under"
            + " an ACCESS EXCLUSIVE lock",
        null,
        statement,
        Finding.Origin.TRACE);
  }

  static String read(String file) {
    try {
      return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
