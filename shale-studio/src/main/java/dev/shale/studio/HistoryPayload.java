package dev.shale.studio;

import dev.shale.db.AppliedMigration;
import dev.shale.db.MigrationStatus;
import dev.shale.diff.Change;
import dev.shale.diff.Comparison;
import dev.shale.lint.Finding;
import dev.shale.lint.Lock;
import dev.shale.lint.StatementLocks;
import dev.shale.model.SchemaModel;
import dev.shale.push.AppliedDrift;
import dev.shale.snapshot.MigrationFile;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.sql.MigrationScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migrations folder as a timeline: each migration with its changes, the notes and risks Shale
 * wrote in its header, its statements with the locks they take and the check's findings, its SQL,
 * and, with a database, its state there.
 */
final class HistoryPayload {
  private static final Pattern STAMP = Pattern.compile("^(\\d{14})_(.*)$");
  private static final Pattern CHANGE = Pattern.compile("^--\\s{3}(.*?)(?:\\s{2}\\[(.*)])?\\s*$");
  private static final DateTimeFormatter STAMP_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  record ChangeView(String text, String risk) {}

  record FindingView(
      String rule,
      String severity,
      String message,
      String fix,
      int line,
      int column,
      int endLine,
      int endColumn) {}

  record StatementView(
      int line,
      int column,
      int endLine,
      int endColumn,
      String kind,
      String note,
      List<String> locks,
      List<FindingView> findings) {}

  record StateView(
      String state, String appliedAt, String appliedBy, Long executionMs, Boolean success) {}

  record MigrationView(
      String stem,
      String file,
      String stamp,
      String title,
      boolean generated,
      boolean transactional,
      List<String> notes,
      List<ChangeView> changes,
      String changesFrom,
      List<StatementView> statements,
      List<FindingView> fileFindings,
      String sql,
      StateView state) {}

  record Payload(
      List<MigrationView> migrations,
      String database,
      AppliedDrift drift,
      String databaseProblem,
      String folderProblem,
      int pgVersion) {}

  private HistoryPayload() {}

  /**
   * @param status the migrations' states in the database, or null without one
   */
  static Payload of(
      List<MigrationFile> files,
      Path projectDir,
      Path snapshots,
      ProjectCheck.Result check,
      MigrationStatus status,
      String database,
      AppliedDrift drift,
      String databaseProblem,
      String folderProblem) {
    Map<String, List<StatementLocks.Reviewed>> reviewed =
        StatementLocks.of(
            concat(check.outcome().context(), check.outcome().linted()), check.pgVersion());
    Map<String, MigrationStatus.Entry> states = new HashMap<>();
    if (status != null) {
      status.entries().forEach(e -> states.put(e.name(), e));
    }
    Map<String, List<StatementLocks.Reviewed>> byStem = new HashMap<>();
    reviewed.forEach((name, list) -> byStem.put(stemOf(name), list));
    List<MigrationView> migrations = new ArrayList<>();
    SchemaModel previous = SchemaModel.EMPTY;
    for (MigrationFile file : files) {
      List<Finding> findings = ProjectCheck.of(check.outcome(), file.name());
      Header header = Header.read(file.sql());
      List<ChangeView> changes = header.changes();
      String changesFrom = "header";
      Path snapshotFile = snapshots.resolve(file.name() + ".json");
      SchemaModel snapshot = null;
      if (Files.isRegularFile(snapshotFile)) {
        try {
          snapshot = SnapshotJson.read(snapshotFile).schema();
        } catch (RuntimeException e) {
          snapshot = null;
        }
      }
      if (changes.isEmpty() && snapshot != null) {
        changes =
            Comparison.withoutRenames(previous, snapshot, check.pgVersion()).stream()
                .map(Change::describe)
                .map(text -> new ChangeView(text, null))
                .toList();
        changesFrom = "snapshots";
      }
      if (snapshot != null) {
        previous = snapshot;
      }
      List<StatementView> statements =
          statements(file.sql(), byStem.getOrDefault(file.name(), List.of()), findings);
      List<FindingView> fileFindings =
          findings.stream()
              .filter(f -> statements.stream().noneMatch(s -> covers(s, f)))
              .map(HistoryPayload::finding)
              .toList();
      migrations.add(
          new MigrationView(
              file.name(),
              projectDir.relativize(file.path().toAbsolutePath()).toString(),
              stamp(file.name()),
              title(file.name()),
              MigrationScript.isGenerated(file.sql()),
              !MigrationScript.isNoTransaction(file.sql()),
              header.notes(),
              changes,
              changes.isEmpty() ? null : changesFrom,
              statements,
              fileFindings,
              file.sql(),
              state(states.remove(file.name()))));
    }
    states.values().stream()
        .sorted(java.util.Comparator.comparing(MigrationStatus.Entry::name))
        .forEach(
            e ->
                migrations.add(
                    new MigrationView(
                        e.name(),
                        null,
                        stamp(e.name()),
                        title(e.name()),
                        false,
                        true,
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        state(e))));
    return new Payload(
        migrations, database, drift, databaseProblem, folderProblem, check.pgVersion());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String stemOf(String name) {
    String file = Path.of(name).getFileName().toString();
    return file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
  }

  /** Whether the finding starts within the statement (line and column: two may share a line). */
  private static boolean covers(StatementView s, Finding f) {
    int line = f.span().line();
    int column = f.span().column();
    boolean afterStart = line > s.line() || (line == s.line() && column >= s.column());
    boolean beforeEnd = line < s.endLine() || (line == s.endLine() && column <= s.endColumn());
    return afterStart && beforeEnd;
  }

  private static List<StatementView> statements(
      String sql, List<StatementLocks.Reviewed> reviewed, List<Finding> findings) {
    String[] lines = sql.split("\\r?\\n", -1);
    List<StatementView> views = new ArrayList<>();
    for (StatementLocks.Reviewed r : reviewed) {
      views.add(
          new StatementView(
              r.span().line(),
              r.span().column(),
              r.span().endLine(),
              r.span().endColumn(),
              r.kind(),
              note(lines, r.span().line()),
              r.locks().stream().map(Lock::toString).toList(),
              new ArrayList<>()));
    }
    for (Finding f : findings) {
      views.stream()
          .filter(v -> covers(v, f))
          .findFirst()
          .ifPresent(v -> v.findings().add(finding(f)));
    }
    return views.stream()
        .map(
            v ->
                new StatementView(
                    v.line(),
                    v.column(),
                    v.endLine(),
                    v.endColumn(),
                    v.kind(),
                    v.note(),
                    v.locks(),
                    List.copyOf(v.findings())))
        .toList();
  }

  /** The {@code -- shale:} comment Shale wrote above a risky statement, if any. */
  private static String note(String[] lines, int line) {
    List<String> note = new ArrayList<>();
    for (int i = line - 2; i >= 0; i--) {
      String text = lines[i].strip();
      if (!text.startsWith("-- shale: ")) {
        break;
      }
      note.add(0, text.substring("-- shale: ".length()));
    }
    return note.isEmpty() ? null : String.join(" ", note);
  }

  private static FindingView finding(Finding f) {
    return new FindingView(
        f.rule().id(),
        f.severity().label(),
        f.message(),
        f.saferAlternative(),
        f.span().line(),
        f.span().column(),
        f.span().endLine(),
        f.span().endColumn());
  }

  private static StateView state(MigrationStatus.Entry entry) {
    if (entry == null) {
      return null;
    }
    AppliedMigration applied = entry.applied();
    return new StateView(
        entry.state().label(),
        applied == null ? null : applied.appliedAt().toString(),
        applied == null ? null : applied.appliedBy(),
        applied == null ? null : applied.executionMs(),
        applied == null ? null : applied.success());
  }

  /** The stamp as an ISO date and time (UTC), or null when the name does not start with one. */
  static String stamp(String stem) {
    Matcher m = STAMP.matcher(stem);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDateTime.parse(m.group(1), STAMP_FORMAT).toString() + "Z";
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String title(String stem) {
    Matcher m = STAMP.matcher(stem);
    return (m.matches() ? m.group(2) : stem).replace('_', ' ');
  }

  /** What Shale wrote in a migration's leading comment: its notes and its changes with risks. */
  record Header(List<String> notes, List<ChangeView> changes) {
    static Header read(String sql) {
      List<String> notes = new ArrayList<>();
      List<ChangeView> changes = new ArrayList<>();
      if (!MigrationScript.isGenerated(sql)) {
        return new Header(notes, changes);
      }
      MigrationScript.stepHeader(sql)
          .ifPresent(
              step ->
                  notes.add(
                      "Step "
                          + step.number()
                          + " of "
                          + step.count()
                          + " that one shale generate wrote."));
      boolean inChanges = false;
      StringBuilder note = new StringBuilder();
      for (String raw : sql.split("\r?\n")) {
        String line = raw.stripTrailing();
        if (!line.startsWith("--")) {
          if (line.isBlank() && !inChanges && changes.isEmpty()) {
            continue;
          }
          break;
        }
        if (line.startsWith("-- shale:") || line.startsWith("-- Migration ")) {
          continue;
        }
        if (line.equals("-- Changes:")) {
          inChanges = true;
          continue;
        }
        if (inChanges) {
          Matcher m = CHANGE.matcher(line);
          if (m.matches()) {
            changes.add(new ChangeView(m.group(1), m.group(2)));
          }
          continue;
        }
        String text = line.length() > 2 ? line.substring(2).strip() : "";
        if (text.isEmpty()) {
          flush(note, notes);
        } else {
          note.append(note.length() == 0 ? "" : " ").append(text);
        }
      }
      flush(note, notes);
      return new Header(notes, changes);
    }

    private static void flush(StringBuilder note, List<String> notes) {
      if (note.length() > 0) {
        notes.add(note.toString());
        note.setLength(0);
      }
    }
  }
}
