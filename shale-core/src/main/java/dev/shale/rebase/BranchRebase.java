package dev.shale.rebase;

import dev.shale.diff.MigrationName;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.FileRemoval;
import dev.shale.snapshot.MigrationFolder;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.SnapshotChain.Fork;
import dev.shale.snapshot.SnapshotChain.Link;
import dev.shale.snapshot.SnapshotChain.RebasePlan;
import dev.shale.snapshot.SnapshotException;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.snapshot.StoredSnapshot;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code shale generate --rebase}: after a merge forked the snapshot chain, one branch's migrations
 * are removed and generated again on top of the other branch's tip, from the current schema.
 *
 * <p>{@link #plan} chooses the branch and refuses, before anything changes, when one of its
 * migrations holds SQL that generate would not write again (edited by hand, or {@code --custom}).
 * Generation then runs as usual on {@link #base()}; {@link #finish()}, called once the new files
 * are written (or when nothing changed), removes the branch's files, all or none, and takes the new
 * files back if it cannot.
 */
public final class BranchRebase {
  private final MigrationFolder folder;
  private final SnapshotChain chain;
  private final List<Link> regenerate;
  private final Link tip;
  private final StoredSnapshot base;
  private final Set<String> stemsBefore;
  private final Map<Link, GeneratedCheck.Verdict> verdicts;

  private BranchRebase(
      MigrationFolder folder,
      SnapshotChain chain,
      RebasePlan plan,
      Map<Link, GeneratedCheck.Verdict> verdicts) {
    this.folder = folder;
    this.verdicts = verdicts;
    this.chain = chain;
    this.regenerate = plan.regenerate();
    this.tip = plan.base();
    this.base = new StoredSnapshot(tip.file(), tip.stem(), SnapshotJson.read(tip.file()));
    this.stemsBefore = stems(folder);
  }

  /**
   * Chooses what to rebase and checks that regenerating it loses nothing.
   *
   * @param projectDir messages name files relative to it
   * @param chosen a migration (stem, file name or path) of the branch to rebase; empty: the branch
   *     whose first migration after the fork is newest
   * @param pgVersion the target version generate plans statements for
   * @throws SnapshotException when the chain has other problems, or a migration to regenerate is
   *     not what generate writes (the message says what to do instead)
   * @throws IllegalArgumentException when the chain does not fork or {@code chosen} names no branch
   */
  public static BranchRebase plan(
      MigrationFolder folder, Path projectDir, Optional<String> chosen, int pgVersion) {
    SnapshotChain chain = SnapshotChain.read(folder, projectDir);
    RebasePlan plan = chain.rebase(chosen);
    Map<Link, SchemaModel> schemas = new HashMap<>();
    Map<Link, GeneratedCheck.Verdict> verdicts = verdicts(chain, folder, plan, pgVersion, schemas);
    List<String> refusals =
        verdicts.entrySet().stream()
            .filter(e -> !e.getValue().generated())
            .map(e -> chain.migration(e.getKey()) + ": " + e.getValue().difference())
            .toList();
    if (!refusals.isEmpty()) {
      throw new SnapshotException(refusal(chain, folder, plan, refusals, pgVersion, schemas));
    }
    return new BranchRebase(folder, chain, plan, verdicts);
  }

  /** The snapshot the new migration goes on top of: the tip of the branch that is kept. */
  public StoredSnapshot base() {
    return base;
  }

  /**
   * The name the new migration keeps: that of the migration regenerated, or the base shared by the
   * steps of the one plan regenerated, when it was given with {@code --name} (it differs from the
   * name its changes give). Empty when its name was derived, or several plans are regenerated: the
   * new migration's name is then derived from its own changes, which usually gives the same name.
   */
  public Optional<String> name() {
    GeneratedCheck.Verdict plan = verdicts.get(regenerate.get(0));
    if (regenerate.stream().anyMatch(l -> verdicts.get(l) != plan)) {
      return Optional.empty();
    }
    List<String> names =
        regenerate.stream().map(l -> l.stem().substring(l.stem().indexOf('_') + 1)).toList();
    // One migration has its plan's name whole; several steps share a base and add their suffixes.
    String base = names.size() == 1 ? names.get(0) : withoutStageSuffix(names.get(0));
    List<String> suffixes = new ArrayList<>();
    for (String name : names) {
      String suffix = name.equals(base) ? "" : name.substring(base.length() + 1);
      if (!name.equals(base) && !(name.startsWith(base + "_") && isStageSuffix(suffix))) {
        return Optional.empty();
      }
      suffixes.add(suffix);
    }
    return MigrationName.forSteps(MigrationName.of(plan.changes()), suffixes).equals(names)
        ? Optional.empty()
        : Optional.of(base);
  }

  private static String withoutStageSuffix(String name) {
    for (Stage stage : Stage.values()) {
      String suffix = "_" + stage.suffix();
      if (!stage.suffix().isEmpty() && name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static boolean isStageSuffix(String suffix) {
    return Stream.of(Stage.values())
        .anyMatch(s -> !s.suffix().isEmpty() && s.suffix().equals(suffix));
  }

  private List<String> migrations() {
    return regenerate.stream().map(chain::migration).toList();
  }

  /** The stems of the migrations that are regenerated: their names in the history table. */
  public List<String> stems() {
    return regenerate.stream().map(Link::stem).toList();
  }

  /** What is about to happen, in one sentence. */
  public String describe() {
    return "Rebasing "
        + String.join(", ", migrations())
        + " onto "
        + chain.migration(tip)
        + ": generating again from the schema, stamped after the newest migration.";
  }

  /**
   * Removes the regenerated migrations and their snapshots, all or none; if they cannot be removed,
   * the files generate has written since {@link #plan} are deleted again, so that the folders are
   * as they were.
   *
   * @return the files removed, as messages name them
   */
  public List<String> finish() {
    List<Path> files = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Link link : regenerate) {
      files.add(folder.migrations().resolve(link.stem() + ".sql"));
      files.add(link.file());
      names.add(chain.migration(link));
      names.add(chain.snapshot(link));
    }
    try {
      FileRemoval.removeAll(files);
    } catch (SnapshotException e) {
      Set<String> written = stems(folder);
      written.removeAll(stemsBefore);
      for (String stem : written) {
        deleteQuietly(folder.migrations().resolve(stem + ".sql"));
        deleteQuietly(folder.snapshots().resolve(stem + ".json"));
      }
      throw new SnapshotException(
          e.getMessage()
              + "; the rebase was undone"
              + (written.isEmpty() ? "" : " (" + String.join(", ", written) + " taken back)")
              + ": nothing was changed",
          e);
    }
    return names;
  }

  /** For each migration to regenerate, whether it is what generate writes for its snapshot. */
  private static Map<Link, GeneratedCheck.Verdict> verdicts(
      SnapshotChain chain,
      MigrationFolder folder,
      RebasePlan plan,
      int pgVersion,
      Map<Link, SchemaModel> schemas) {
    Map<Link, GeneratedCheck.Verdict> verdicts = new LinkedHashMap<>();
    List<Link> links = plan.regenerate();
    for (int i = 0; i < links.size(); ) {
      List<Link> run = run(chain, folder, links, i);
      Link parent = chain.parent(run.get(0));
      SchemaModel from = parent == null ? SchemaModel.EMPTY : schema(parent, schemas);
      List<String> sqls =
          run.stream().map(l -> read(folder.migrations().resolve(l.stem() + ".sql"))).toList();
      GeneratedCheck.Verdict verdict =
          GeneratedCheck.check(from, schema(run.get(run.size() - 1), schemas), sqls, pgVersion);
      run.forEach(link -> verdicts.put(link, verdict));
      i += run.size();
    }
    return verdicts;
  }

  /**
   * The migrations one generate wrote together, from {@code links.get(at)}: the steps of a plan
   * ("step 1 of 3" and the two that follow it in the chain), or that one migration alone.
   */
  private static List<Link> run(
      SnapshotChain chain, MigrationFolder folder, List<Link> links, int at) {
    Link first = links.get(at);
    var header =
        MigrationScript.stepHeader(read(folder.migrations().resolve(first.stem() + ".sql")));
    if (header.isEmpty() || header.get().number() != 1) {
      return List.of(first);
    }
    List<Link> run = new java.util.ArrayList<>(List.of(first));
    for (int i = at + 1; i < links.size() && run.size() < header.get().count(); i++) {
      Link next = links.get(i);
      if (!run.get(run.size() - 1).equals(chain.parent(next))) {
        break;
      }
      run.add(next);
    }
    return run;
  }

  private static String refusal(
      SnapshotChain chain,
      MigrationFolder folder,
      RebasePlan plan,
      List<String> refusals,
      int pgVersion,
      Map<Link, SchemaModel> schemas) {
    StringBuilder out =
        new StringBuilder(
            "cannot rebase: "
                + (refusals.size() == 1 ? "this migration holds" : "these migrations hold")
                + " SQL that `shale generate` does not write for its snapshot (edited by hand,"
                + " made with --custom, or written by another Shale version), and --rebase"
                + " generates it again from the schema, so that SQL would be lost:");
    refusals.forEach(r -> out.append("\n  ").append(r));
    out.append("\nNothing was changed.");
    alternative(chain, folder, plan, pgVersion, schemas)
        .ifPresent(
            stem ->
                out.append("\nRebase the other branch instead, whose migrations are as generated:")
                    .append("\n  shale generate --rebase ")
                    .append(stem));
    String files =
        plan.regenerate().stream()
            .flatMap(l -> Stream.of(chain.migration(l), chain.snapshot(l)))
            .collect(Collectors.joining(" "));
    out.append("\nOr, if no database has applied them yet, by hand: copy the hand-written SQL")
        .append(" aside; delete ")
        .append(files)
        .append("; run `shale generate` (it writes their schema changes again on top of ")
        .append(chain.migration(plan.base()))
        .append("); then `shale generate --custom --name NAME` and paste the SQL into it.");
    return out.toString();
  }

  /** With two branches, the first migration of the other one, if it can be rebased instead. */
  private static Optional<String> alternative(
      SnapshotChain chain,
      MigrationFolder folder,
      RebasePlan plan,
      int pgVersion,
      Map<Link, SchemaModel> schemas) {
    List<Fork> forks = chain.forks();
    if (forks.size() != 1 || forks.get(0).branches().size() != 2) {
      return Optional.empty();
    }
    Link other =
        forks.get(0).branches().stream()
            .map(branch -> branch.get(0))
            .filter(first -> !plan.regenerate().contains(first))
            .findFirst()
            .orElseThrow();
    RebasePlan instead = chain.rebase(Optional.of(other.stem()));
    return verdicts(chain, folder, instead, pgVersion, schemas).values().stream()
            .allMatch(GeneratedCheck.Verdict::generated)
        ? Optional.of(other.stem())
        : Optional.empty();
  }

  private static SchemaModel schema(Link link, Map<Link, SchemaModel> schemas) {
    return schemas.computeIfAbsent(link, l -> SnapshotJson.read(l.file()).schema());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SnapshotException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> stems(MigrationFolder folder) {
    Set<String> stems = new TreeSet<>();
    Stream.concat(folder.migrationFiles().stream(), folder.snapshotFiles().stream())
        .forEach(p -> stems.add(MigrationFolder.stem(p)));
    return stems;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the message says what was meant; a leftover is named by the next generate's checks
    }
  }
}
