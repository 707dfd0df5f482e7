package dev.shale.lint;

import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.Rule;
import dev.shale.sql.parse.ParsedScript;
import dev.shale.sql.parse.Span;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code shale check} as a library: resolves the files, splits them into context (read for what
 * they create) and files to lint, lints them, and adds the folder guard's findings in project mode.
 */
public final class Check {
  private Check() {}

  /**
   * What a run found.
   *
   * @param files the files linted, with their text (for reporters that quote lines)
   */
  public record Outcome(
      List<Finding> findings,
      List<SqlFile> files,
      int statements,
      List<LintInput> context,
      List<LintInput> linted,
      boolean oneDeploy) {
    public Outcome {
      findings = List.copyOf(findings);
      files = List.copyOf(files);
      context = List.copyOf(context);
      linted = List.copyOf(linted);
    }

    /** These findings in place of the outcome's (the trace's verdicts added). */
    public Outcome withFindings(List<Finding> replaced) {
      return new Outcome(replaced, files, statements, context, linted, oneDeploy);
    }
  }

  /**
   * @param schema loads the declared schema for the folder guard, or null to skip that check
   */
  public static Outcome run(
      CheckRequest request,
      LintSettings settings,
      Supplier<SchemaModel> schema,
      InputStream stdin) {
    List<SqlFile> all =
        request.projectMode()
            ? projectFiles(request)
            : LintFiles.resolve(request.workingDir(), request.paths(), stdin);
    List<SqlFile> context = new ArrayList<>();
    List<SqlFile> checked = new ArrayList<>();
    Set<Path> changed =
        request.since() == null ? null : GitChanges.since(request.workingDir(), request.since());
    boolean skipping = request.startAfter() != null;
    for (SqlFile file : all) {
      boolean skip =
          skipping
              || (changed != null
                  && file.path() != null
                  && !changed.contains(GitChanges.real(file.path())));
      (skip ? context : checked).add(file);
      if (skipping && file.stem().equals(request.startAfter())) {
        skipping = false;
      }
    }
    if (request.startAfter() != null && skipping) {
      throw new LintFiles.BadInputException(
          "startAfter names "
              + request.startAfter()
              + ", but no migration has that stem: give the file name without .sql");
    }
    LintSettings effective =
        new LintSettings(
            settings.pgVersion(),
            settings.include(),
            settings.exclude(),
            request.projectMode() && request.toolLockTimeout());
    Linter linter = new Linter(effective);
    List<LintInput> contextInputs = inputs(context, request);
    List<LintInput> checkedInputs = inputs(checked, request);
    LintResult result = linter.lint(contextInputs, checkedInputs, changed != null);
    List<Finding> findings = new ArrayList<>();
    for (SqlFile file : checked) {
      if (file.unreadable() != null) {
        SqlFile.Place place = file.place();
        findings.add(
            new Finding(
                file.name(),
                place == null
                    ? new Span(1, 1, 1, 1)
                    : new Span(place.line(), place.column(), place.line(), place.column()),
                Rule.SYNTAX_ERROR,
                file.unreadable(),
                null,
                "",
                Finding.Origin.STATIC));
      }
    }
    findings.addAll(result.findings());
    if (request.projectMode() && request.project() != null) {
      findings.addAll(
          0,
          new FolderGuard(request.project(), request.workingDir())
              .check(schema, settings.pgVersion()));
    }
    return new Outcome(
        findings, checked, result.statements(), contextInputs, checkedInputs, changed != null);
  }

  /**
   * Whether a tool that wraps files in a transaction would run this one outside, by itself, if it
   * holds a statement that PostgreSQL refuses in a transaction block (CREATE INDEX CONCURRENTLY,
   * VACUUM, …): Flyway does for a file of its naming ({@code V1__x.sql}). The linter decides from
   * its own parse of the file ({@link LintInput#inToolTransaction(ParsedScript)}).
   */
  private static boolean outsideIfRefused(SqlFile file) {
    return file.path() != null && LintFiles.flywayVersion(file.path()) != null;
  }

  private static List<SqlFile> projectFiles(CheckRequest request) {
    List<Path> paths =
        request.project().migrationFiles().stream()
            .map(path -> path.toAbsolutePath().normalize())
            .toList();
    return LintFiles.readAll(request.workingDir(), paths, null);
  }

  private static List<LintInput> inputs(List<SqlFile> files, CheckRequest request) {
    List<LintInput> inputs = new ArrayList<>();
    for (SqlFile file : files) {
      if (file.unreadable() != null) {
        continue; // reported instead
      }
      boolean inTransaction =
          !MigrationScript.isNoTransaction(file.text())
              && (request.projectMode() || request.assumeInTransaction());
      inputs.add(
          new LintInput(
              file.name(),
              file.text(),
              inTransaction,
              !request.projectMode() && outsideIfRefused(file),
              !request.projectMode() && ToolConventions.oneQueryString(file.path())));
    }
    return inputs;
  }
}
