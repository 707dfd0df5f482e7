package dev.shale.db;

import dev.shale.snapshot.MigrationFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every migration known to the folder or the history table, in name order, with its state.
 *
 * @param entries one per name
 */
public record MigrationStatus(List<Entry> entries) {

  /**
   * One migration.
   *
   * @param name the file stem
   * @param state where it stands
   * @param file the file, or null when it is missing
   * @param applied its history row, or null when it has none
   */
  public record Entry(
      String name, MigrationState state, MigrationFile file, AppliedMigration applied) {
    /** Name, state and file; not the SQL. */
    @Override
    public String toString() {
      return "Entry[name="
          + name
          + ", state="
          + state.label()
          + ", file="
          + (file == null ? null : file.path())
          + ", appliedAt="
          + (applied == null ? null : applied.appliedAt())
          + "]";
    }
  }

  public MigrationStatus {
    entries = List.copyOf(entries);
  }

  /**
   * Compares the folder's files with the history table's rows. Files not applied yet are lexed up
   * to their first statement, to tell an empty one; applied files are not read.
   */
  public static MigrationStatus of(List<MigrationFile> files, List<AppliedMigration> history) {
    Map<String, MigrationFile> byName =
        files.stream().collect(Collectors.toMap(MigrationFile::name, Function.identity()));
    Map<String, AppliedMigration> rows =
        history.stream().collect(Collectors.toMap(AppliedMigration::name, Function.identity()));
    String newestApplied = rows.keySet().stream().max(String::compareTo).orElse("");
    TreeMap<String, Entry> entries = new TreeMap<>();
    for (MigrationFile file : files) {
      AppliedMigration row = rows.get(file.name());
      MigrationState state;
      if (row == null) {
        if (EmptyMigration.isUnintended(file)) {
          state = MigrationState.EMPTY;
        } else {
          state =
              file.name().compareTo(newestApplied) < 0
                  ? MigrationState.OUT_OF_ORDER
                  : MigrationState.PENDING;
        }
      } else if (!row.success()) {
        state = MigrationState.FAILED;
      } else if (!row.checksum().equals(file.checksum())) {
        state = MigrationState.MODIFIED;
      } else {
        state = MigrationState.APPLIED;
      }
      entries.put(file.name(), new Entry(file.name(), state, file, row));
    }
    for (AppliedMigration row : history) {
      if (!byName.containsKey(row.name())) {
        MigrationState state = row.success() ? MigrationState.MISSING : MigrationState.FAILED;
        entries.put(row.name(), new Entry(row.name(), state, null, row));
      }
    }
    return new MigrationStatus(new ArrayList<>(entries.values()));
  }

  /** How many migrations are in each state, e.g. {@code MigrationStatus[2 applied, 1 pending]}. */
  @Override
  public String toString() {
    String counts =
        java.util.Arrays.stream(MigrationState.values())
            .filter(state -> !in(state).isEmpty())
            .map(state -> in(state).size() + " " + state.label())
            .collect(Collectors.joining(", "));
    return "MigrationStatus[" + (counts.isEmpty() ? "no migrations" : counts) + "]";
  }

  /** The entries in {@code state}, in name order. */
  public List<Entry> in(MigrationState state) {
    return entries.stream().filter(e -> e.state() == state).toList();
  }

  /** Whether any entry needs a person (see {@link MigrationState#needsAttention()}). */
  public boolean needsAttention() {
    return entries.stream().anyMatch(e -> e.state().needsAttention());
  }

  /** The newest migration recorded as applied (failed or not), or null when none is. */
  public String newestApplied() {
    return entries.stream()
        .filter(e -> e.applied() != null)
        .map(Entry::name)
        .reduce((older, newer) -> newer)
        .orElse(null);
  }

  /** How many migrations are recorded as applied (changed or not, present or not). */
  public long appliedCount() {
    return entries.stream().filter(e -> e.applied() != null && e.applied().success()).count();
  }
}
