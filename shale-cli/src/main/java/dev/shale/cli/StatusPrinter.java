package dev.shale.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.db.Database;
import dev.shale.db.EmptyMigration;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrationState;
import dev.shale.db.MigrationStatus;
import dev.shale.diff.OpenExpansions;
import dev.shale.push.AppliedDrift;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code status} as a table or as JSON. */
final class StatusPrinter {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final Map<MigrationState, String> ADVICE =
      Map.of(
          MigrationState.OUT_OF_ORDER,
          "out-of-order: older than an applied migration; check it, then `shale migrate"
              + " --allow-out-of-order` (or, if no database has it yet, delete it and its"
              + " snapshot and run `shale generate` to write it after the newest)",
          MigrationState.MODIFIED,
          "modified: changed after it was applied; restore the applied text and put changes in a"
              + " new migration",
          MigrationState.MISSING,
          "missing: applied, but the file is gone; restore it from version control",
          MigrationState.FAILED,
          "failed: a no-transaction migration stopped partway; clean up, then `shale migrate"
              + " --retry-failed`",
          MigrationState.EMPTY,
          "empty: not applied, and holds no SQL statement (only comments), so migrate refuses it;"
              + " write its SQL, delete it and its snapshot, or add the line "
              + EmptyMigration.MARKER
              + " to apply it as it is");

  private final PrintWriter out;
  private final Terminal terminal;

  StatusPrinter(PrintWriter out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void table(
      MigrationStatus status,
      Database db,
      HistoryTable history,
      AppliedDrift drift,
      List<OpenExpansions.Open> expansions) {
    out.println("Database: " + db.description() + " (history: " + history + ")");
    if (status.entries().isEmpty()) {
      out.println("No migrations in the folder and none applied.");
      out.flush();
      return;
    }
    int width = status.entries().stream().mapToInt(e -> e.name().length()).max().orElse(4);
    out.println(
        String.format("%-12s  %-" + width + "s  %-20s  %s", "STATE", "NAME", "APPLIED AT", "TIME"));
    for (MigrationStatus.Entry e : status.entries()) {
      String state = String.format("%-12s", e.state().label());
      out.println(
          paint(e.state(), state)
              + "  "
              + String.format("%-" + width + "s", e.name())
              + "  "
              + String.format(
                  "%-20s", e.applied() == null ? "" : WHEN.format(e.applied().appliedAt()))
              + "  "
              + (e.applied() == null ? "" : e.applied().executionMs() + " ms"));
    }
    Map<MigrationState, Integer> counts = counts(status);
    StringBuilder summary = new StringBuilder();
    counts.forEach(
        (state, n) ->
            summary.append(summary.length() == 0 ? "" : ", ").append(n + " " + state.label()));
    out.println(summary.append('.'));
    for (MigrationState state : counts.keySet()) {
      if (ADVICE.containsKey(state)) {
        out.println(terminal.red("Needs attention: " + ADVICE.get(state)));
      }
    }
    if (drift != null) {
      out.println(terminal.red(driftLine(drift)));
    }
    for (OpenExpansions.Open open : expansions) {
      out.println(
          "Expanded, not contracted: "
              + open.pair().display()
              + ", since "
              + WHEN.format(open.appliedAt())
              + " ("
              + open.since()
              + "). Once every instance "
              + (open.pair().replacement().equals(open.pair().finalName())
                  ? "uses " + open.pair().finalName()
                  : "works with the new type of " + open.pair().finalName())
              + ", remove its replaces(…) and run shale generate for the contract.");
    }
    out.flush();
  }

  void json(
      MigrationStatus status,
      Database db,
      HistoryTable history,
      AppliedDrift drift,
      List<OpenExpansions.Open> expansions) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("database", db.description());
    root.put("history", history.toString());
    root.put("needsAttention", status.needsAttention() || drift != null);
    if (drift == null) {
      root.putNull("drift");
    } else {
      ObjectNode d = root.putObject("drift");
      d.put("migration", drift.migration());
      d.put("snapshot", drift.snapshot());
      drift.changes().forEach(d.putArray("changes")::add);
    }
    ArrayNode open = root.putArray("expanded");
    for (OpenExpansions.Open e : expansions) {
      ObjectNode o = open.addObject();
      o.put("table", e.pair().table().toString());
      o.put("old", e.pair().old());
      o.put("new", e.pair().replacement());
      o.put("finalName", e.pair().finalName());
      o.put("since", e.since());
      o.put("appliedAt", e.appliedAt().toString());
    }
    ObjectNode counts = root.putObject("counts");
    for (MigrationState state : MigrationState.values()) {
      counts.put(state.label(), status.in(state).size());
    }
    ArrayNode migrations = root.putArray("migrations");
    for (MigrationStatus.Entry e : status.entries()) {
      ObjectNode m = migrations.addObject();
      m.put("name", e.name());
      m.put("state", e.state().label());
      m.put("file", e.file() == null ? null : e.file().path().toString());
      m.put("checksum", e.file() == null ? null : e.file().checksum());
      if (e.applied() != null) {
        m.put("appliedChecksum", e.applied().checksum());
        m.put("appliedAt", e.applied().appliedAt().toString());
        m.put("executionMs", e.applied().executionMs());
        m.put("appliedBy", e.applied().appliedBy());
        m.put("success", e.applied().success());
      }
    }
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    out.flush();
  }

  private static Map<MigrationState, Integer> counts(MigrationStatus status) {
    Map<MigrationState, Integer> counts = new EnumMap<>(MigrationState.class);
    status.entries().forEach(e -> counts.merge(e.state(), 1, Integer::sum));
    return counts;
  }

  private String paint(MigrationState state, String text) {
    return switch (state) {
      case APPLIED -> terminal.green(text);
      case PENDING -> text;
      default -> terminal.red(text);
    };
  }

  private static String driftLine(AppliedDrift drift) {
    List<String> changes = drift.changes();
    return "Drift: the database differs from "
        + drift.snapshot()
        + ", the schema its newest applied migration should have built ("
        + changes.size()
        + (changes.size() == 1 ? " change: " : " changes: ")
        + String.join(", ", changes.subList(0, Math.min(3, changes.size())))
        + (changes.size() > 3 ? ", …" : "")
        + "); run `shale diff --snapshot "
        + drift.migration()
        + "` to see them";
  }
}
