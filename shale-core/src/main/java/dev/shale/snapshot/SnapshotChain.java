package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code prevId} chain of a snapshots folder, read from each file's {@code "id"} and {@code
 * "prevId"} only (a streaming read that stops before the schema), and what is wrong with it: forks
 * (two snapshots with one parent, as after a branch merge), more than one first snapshot, a {@code
 * prevId} no snapshot has, two snapshots with one id, cycles, and a snapshot that sorts before its
 * parent.
 */
public final class SnapshotChain {
  private static final JsonFactory JSON = new JsonFactory();

  /** Enough for the head Shale writes (about 150 bytes) with room for hand-made whitespace. */
  private static final int HEAD_BYTES = 1024;

  /** One snapshot's place in the chain: its stem (shared with its migration), file and ids. */
  public record Link(String stem, Path file, String id, String prevId) {}

  /**
   * Snapshots that share one parent ({@link Snapshot#ROOT_ID} for several first snapshots). Each
   * branch is the first snapshot after the fork and everything built on it, in stem order.
   */
  public record Fork(String parentId, Optional<Link> parent, List<List<Link>> branches) {}

  /** What a problem is about: forks and extra roots are what {@code generate --rebase} resolves. */
  public enum Kind {
    DUPLICATE_ID,
    UNKNOWN_PARENT,
    CYCLE,
    OUT_OF_ORDER,
    FORK,
    ROOTS
  }

  /** One thing wrong with the chain; the message names the files and says what to do. */
  public record Problem(Kind kind, String message) {}

  /**
   * The snapshots {@code generate --rebase} removes and regenerates, and the snapshot the new
   * migration goes on top of.
   */
  public record RebasePlan(List<Link> regenerate, Link base) {}

  private final MigrationFolder folder;
  private final Path base;
  private final List<Link> links;
  private final Map<String, List<Link>> byId = new LinkedHashMap<>();
  private final Map<String, List<Link>> children = new LinkedHashMap<>();

  private SnapshotChain(MigrationFolder folder, Path base, List<Link> links) {
    this.folder = folder;
    this.base = base == null ? null : base.toAbsolutePath().normalize();
    this.links = links.stream().sorted(Comparator.comparing(Link::stem)).toList();
    for (Link link : this.links) {
      byId.computeIfAbsent(link.id(), k -> new ArrayList<>()).add(link);
      children.computeIfAbsent(link.prevId(), k -> new ArrayList<>()).add(link);
    }
  }

  /**
   * Reads the chain of {@code folder}'s snapshots. Messages name files relative to {@code base}
   * (the project directory), or as the folder names them when {@code base} is null.
   *
   * @throws SnapshotException naming a snapshot whose id or prevId cannot be read, and why
   */
  public static SnapshotChain read(MigrationFolder folder, Path base) {
    List<Path> files = folder.snapshotFiles();
    // Heads are read in parallel; a file that needs the full reader is read in order, so that the
    // first bad file (by name) is the one reported.
    List<Link> quick = files.parallelStream().map(SnapshotChain::quickHead).toList();
    List<Link> links = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      links.add(quick.get(i) != null ? quick.get(i) : wholeHead(files.get(i)));
    }
    return new SnapshotChain(folder, base, links);
  }

  /** The snapshots, in stem order. */
  public List<Link> links() {
    return links;
  }

  /**
   * Reads {@code "id"} and {@code "prevId"} (and checks {@code "format"} and {@code "dialect"})
   * from the first bytes of the file: Shale writes keys sorted, so they come before the schema,
   * which is never read. A file whose keys are in another order is streamed until they are found;
   * one that does not yield them is read whole by {@link SnapshotJson#read}, which says exactly
   * what is wrong with it.
   */
  static Link head(Path file) {
    Link link = quickHead(file);
    return link != null ? link : wholeHead(file);
  }

  private static Link wholeHead(Path file) {
    Snapshot whole = SnapshotJson.read(file);
    return new Link(MigrationFolder.stem(file), file, whole.id(), whole.prevId());
  }

  /** The link read from the head as {@link #head} does, or null when that needs the full reader. */
  private static Link quickHead(Path file) {
    String stem = MigrationFolder.stem(file);
    try {
      byte[] start;
      try (InputStream in = Files.newInputStream(file)) {
        start = in.readNBytes(HEAD_BYTES);
      }
      Link link = head(stem, file, JSON.createParser(start));
      if (link == null && start.length == HEAD_BYTES) {
        link = head(stem, file, JSON.createParser(Files.newInputStream(file)));
      }
      return link;
    } catch (IOException e) {
      return null;
    }
  }

  /** The link read by {@code parser} (closed here), or null when it does not yield one. */
  private static Link head(String stem, Path file, JsonParser parser) {
    String id = null;
    String prevId = null;
    boolean format = false;
    boolean dialect = false;
    try (parser) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (!(id != null && prevId != null && format && dialect)
          && parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "id" -> id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
          case "prevId" -> prevId = value == JsonToken.VALUE_STRING ? parser.getText() : null;
          case "format" -> format = readsAs(parser, value, Snapshot.FORMAT);
          case "dialect" ->
              dialect =
                  value == JsonToken.VALUE_STRING && Snapshot.DIALECT.equals(parser.getText());
          default -> parser.skipChildren();
        }
        if ((field.equals("format") && !format) || (field.equals("dialect") && !dialect)) {
          return null;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return id != null && prevId != null && format && dialect
        ? new Link(stem, file, id, prevId)
        : null;
  }

  private static boolean readsAs(JsonParser parser, JsonToken value, int expected)
      throws IOException {
    return value == JsonToken.VALUE_NUMBER_INT && parser.getIntValue() == expected;
  }

  /** Every problem, most basic first; empty for a linear chain (or no snapshots). */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>(structuralProblems());
    if (!problems.isEmpty()) {
      return problems;
    }
    problems.addAll(outOfOrder());
    List<Fork> forks = forks();
    for (Fork fork : forks) {
      problems.add(new Problem(fork.parent().isEmpty() ? Kind.ROOTS : Kind.FORK, describe(fork)));
    }
    if (!forks.isEmpty()) {
      problems.add(new Problem(Kind.FORK, rebaseAdvice(forks)));
    }
    return problems;
  }

  /**
   * Fails when the chain is not linear, naming every problem: generating on top of the newest
   * snapshot of a forked chain would write the other branch's changes again.
   */
  public void check() {
    List<Problem> problems = problems();
    if (!problems.isEmpty()) {
      throw refusal("the snapshot chain in " + folderName() + " is broken:", problems, "written");
    }
  }

  /** Where the chain forks: parents with more than one child, in the order of the parents. */
  public List<Fork> forks() {
    List<Fork> forks = new ArrayList<>();
    for (Map.Entry<String, List<Link>> entry : children.entrySet()) {
      if (entry.getValue().size() > 1) {
        String parentId = entry.getKey();
        Optional<Link> parent =
            Optional.ofNullable(byId.get(parentId)).map(candidates -> candidates.get(0));
        forks.add(
            new Fork(parentId, parent, entry.getValue().stream().map(this::subtree).toList()));
      }
    }
    forks.sort(Comparator.comparing((Fork f) -> f.parent().map(Link::stem).orElse("")));
    return forks;
  }

  /**
   * What {@code generate --rebase [chosen]} regenerates. At every fork one branch is kept, the one
   * whose first snapshot is oldest, except at the fork where {@code chosen}'s branch starts, which
   * is never kept; everything off the kept path is regenerated on top of the kept path's tip.
   *
   * @param chosen the stem (or file name, or path) of a migration or snapshot on the branch to
   *     rebase, or empty for the default
   * @throws SnapshotException when the chain has problems other than forks
   * @throws IllegalArgumentException when the chain does not fork, or {@code chosen} is not on a
   *     branch after a fork
   */
  public RebasePlan rebase(Optional<String> chosen) {
    List<Problem> blocking =
        problems().stream().filter(p -> p.kind() != Kind.FORK && p.kind() != Kind.ROOTS).toList();
    if (!blocking.isEmpty()) {
      throw refusal(
          "--rebase only resolves a forked chain, and the snapshot chain in "
              + folderName()
              + " has other problems; fix them first:",
          blocking,
          "changed");
    }
    List<Fork> forks = forks();
    if (forks.isEmpty()) {
      throw new IllegalArgumentException(
          "--rebase: the snapshot chain does not fork, so there is nothing to rebase: run `shale"
              + " generate` without it");
    }
    Link excluded = chosen.map(stem -> branchStart(stem, forks)).orElse(null);
    List<Link> path = new ArrayList<>();
    String key = Snapshot.ROOT_ID;
    while (children.containsKey(key)) {
      Link next =
          children.get(key).stream()
              .filter(child -> !child.equals(excluded))
              .findFirst()
              .orElseThrow();
      path.add(next);
      key = next.id();
    }
    Set<Link> kept = new HashSet<>(path);
    return new RebasePlan(
        links.stream().filter(link -> !kept.contains(link)).toList(), path.get(path.size() - 1));
  }

  /** The first snapshot of the branch that {@code chosen} lies on, after its nearest fork. */
  private Link branchStart(String chosen, List<Fork> forks) {
    String stem = MigrationFolder.stem(Path.of(chosen.strip()));
    Link link =
        links.stream()
            .filter(l -> l.stem().equals(stem))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--rebase "
                            + chosen
                            + ": no migration of that name has a snapshot; name one of the"
                            + " branches: "
                            + branchChoices(forks)));
    for (Link at = link; at != null; at = parent(at)) {
      if (children.get(at.prevId()).size() > 1) {
        return at;
      }
    }
    throw new IllegalArgumentException(
        "--rebase "
            + chosen
            + ": "
            + stem
            + " comes before the fork, not on one of its branches; name one of the branches: "
            + branchChoices(forks));
  }

  private String branchChoices(List<Fork> forks) {
    return forks.stream()
        .flatMap(f -> f.branches().stream())
        .map(branch -> branch.get(0).stem())
        .collect(Collectors.joining(", "));
  }

  /** The snapshot {@code link} follows; null for a first snapshot or an unknown prevId. */
  public Link parent(Link link) {
    List<Link> parents = byId.get(link.prevId());
    return parents == null ? null : parents.get(0);
  }

  /** {@code first} and everything built on it, in stem order. */
  private List<Link> subtree(Link first) {
    List<Link> found = new ArrayList<>();
    Set<Link> seen = new HashSet<>();
    List<Link> todo = new ArrayList<>(List.of(first));
    while (!todo.isEmpty()) {
      Link link = todo.remove(todo.size() - 1);
      if (seen.add(link)) {
        found.add(link);
        todo.addAll(children.getOrDefault(link.id(), List.of()));
      }
    }
    found.sort(Comparator.comparing(Link::stem));
    return found;
  }

  private List<Problem> structuralProblems() {
    List<Problem> problems = new ArrayList<>();
    for (List<Link> same : byId.values()) {
      if (same.size() > 1) {
        problems.add(
            new Problem(
                Kind.DUPLICATE_ID,
                names(same)
                    + " have the same id "
                    + same.get(0).id()
                    + ": one is a copy of another. Delete the copy and its migration if no"
                    + " database has applied it; otherwise restore the files from version"
                    + " control."));
      }
    }
    List<Link> unknownParent = new ArrayList<>();
    for (Link link : links) {
      if (!link.prevId().equals(Snapshot.ROOT_ID) && !byId.containsKey(link.prevId())) {
        unknownParent.add(link);
        problems.add(
            new Problem(
                Kind.UNKNOWN_PARENT,
                snapshot(link)
                    + " has prevId "
                    + link.prevId()
                    + ", which no snapshot in "
                    + folderName()
                    + " has as its id: its parent was deleted or renamed, or it came from another"
                    + " project. Restore the parent from version control; if older migrations were"
                    + " removed on purpose, set this prevId to "
                    + Snapshot.ROOT_ID
                    + " (the id a first snapshot follows)."));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    Set<Link> reached = new HashSet<>();
    children.getOrDefault(Snapshot.ROOT_ID, List.of()).forEach(l -> reached.addAll(subtree(l)));
    List<Link> unreached = links.stream().filter(l -> !reached.contains(l)).toList();
    if (unreached.size() == 1 && unreached.get(0).id().equals(unreached.get(0).prevId())) {
      problems.add(
          new Problem(
              Kind.CYCLE,
              snapshot(unreached.get(0))
                  + " has its own id as prevId: restore it from version control."));
    } else if (!unreached.isEmpty()) {
      problems.add(
          new Problem(
              Kind.CYCLE,
              names(unreached)
                  + " follow each other's ids in a circle (no chain from a first snapshot, prevId "
                  + Snapshot.ROOT_ID
                  + ", reaches them): restore them from version control."));
    }
    return problems;
  }

  private List<Problem> outOfOrder() {
    List<Problem> problems = new ArrayList<>();
    for (Link link : links) {
      Link parent = parent(link);
      if (parent != null && parent.stem().compareTo(link.stem()) > 0) {
        problems.add(
            new Problem(
                Kind.OUT_OF_ORDER,
                snapshot(link)
                    + " follows "
                    + snapshot(parent)
                    + " but sorts before it, so `shale migrate` would run "
                    + migration(link)
                    + " first and `shale generate` would build on the wrong snapshot. If no"
                    + " database has applied it yet, rename the migration and its snapshot to a"
                    + " stamp after "
                    + parent.stem()
                    + "."));
      }
    }
    return problems;
  }

  private String describe(Fork fork) {
    StringBuilder out = new StringBuilder();
    int count = fork.branches().size();
    if (fork.parent().isEmpty()) {
      out.append(count)
          .append(" snapshots are first snapshots (prevId ")
          .append(Snapshot.ROOT_ID)
          .append("), as after merging branches that each generated the first migration:");
    } else {
      out.append("the chain forks: ")
          .append(count)
          .append(" snapshots have one parent, ")
          .append(snapshot(fork.parent().get()))
          .append(", as after merging branches that each ran `shale generate`:");
    }
    for (int i = 0; i < count; i++) {
      List<Link> branch = fork.branches().get(i);
      out.append("\n  branch ")
          .append(i + 1)
          .append(": ")
          .append(migration(branch.get(0)))
          .append(" (")
          .append(snapshot(branch.get(0)))
          .append(')');
      if (branch.size() > 1) {
        out.append(", then ")
            .append(
                branch.subList(1, branch.size()).stream()
                    .map(Link::stem)
                    .collect(Collectors.joining(", ")));
      }
    }
    return out.toString();
  }

  private String rebaseAdvice(List<Fork> forks) {
    StringBuilder out =
        new StringBuilder(
            "No branch's snapshots hold the other branches' changes, so generating on top of the"
                + " newest would write them again.\nTo fix it, run: shale generate --rebase\n  ");
    if (forks.size() == 1 && forks.get(0).branches().size() == 2) {
      out.append(
              "It removes branch 2 (whose first migration is newer) and generates its changes again"
                  + " on top of branch 1, from the current schema, as a migration stamped after the"
                  + " newest.\n  To rebase branch 1 instead: shale generate --rebase ")
          .append(forks.get(0).branches().get(0).get(0).stem());
    } else {
      out.append(
              "At each fork it keeps the branch whose first migration is oldest, removes the others"
                  + " and generates their changes again on top, from the current schema, as a"
                  + " migration stamped after the newest.\n  To choose the branch to rebase: shale"
                  + " generate --rebase STEM (one of: ")
          .append(branchChoices(forks))
          .append(')');
    }
    out.append(
        "\n  Rebase only migrations that no database has applied yet: a rebased migration gets a"
            + " new name.");
    return out.toString();
  }

  private String names(List<Link> same) {
    List<String> names = same.stream().map(this::snapshot).toList();
    int last = names.size() - 1;
    return last == 0
        ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }

  /** The snapshot file of {@code link}, as messages name it. */
  public String snapshot(Link link) {
    return display(link.file());
  }

  /** The migration file of {@code link}, as messages name it. */
  public String migration(Link link) {
    return display(folder.migrations().resolve(link.stem() + ".sql"));
  }

  private String folderName() {
    return display(folder.snapshots()) + "/";
  }

  private String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return base != null && absolute.startsWith(base)
        ? base.relativize(absolute).toString()
        : file.toString();
  }

  private static SnapshotException refusal(String heading, List<Problem> problems, String verb) {
    return new SnapshotException(
        heading
            + problems.stream()
                .map(p -> "\n  " + p.message().replace("\n", "\n  "))
                .collect(Collectors.joining())
            + "\nNothing was "
            + verb
            + ".");
  }
}
