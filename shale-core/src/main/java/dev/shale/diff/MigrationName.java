package dev.shale.diff;

import java.util.List;
import java.util.Locale;

/**
 * A migration's name derived from its changes: {@code create_users}, {@code add_users_avatar_url}.
 */
public final class MigrationName {
  private static final int MAX_LENGTH = 60;
  private static final String AND_MORE = "_and_more";

  private MigrationName() {}

  public static String of(List<Change> changes) {
    if (changes.isEmpty()) {
      return "custom";
    }
    List<String> pairs = new java.util.ArrayList<>();
    for (Change change : changes) {
      if (change instanceof Change.Backfill b) {
        pairs.add("expand " + b.table().name() + " " + b.old());
      } else if (change instanceof Change.ContractColumn c) {
        pairs.add("contract " + c.pair().table().name() + " " + c.pair().old());
      } else if (change instanceof Change.DropTrigger d && !d.recreated()) {
        ColumnPair abandoned = ColumnPair.of(d.table(), d.trigger());
        if (abandoned != null) {
          pairs.add("abandon " + d.table().name() + " " + abandoned.old());
        }
      }
    }
    if (!pairs.isEmpty()) {
      // expand, contract and abandon name the migrations: their other changes only serve them
      String name = sanitize(pairs.get(0));
      return pairs.size() > 1 ? shorten(name, MAX_LENGTH - AND_MORE.length()) + AND_MORE : name;
    }
    List<Change> meaningful = changes.stream().filter(MigrationName::namesTheMigration).toList();
    List<Change> candidates = meaningful.isEmpty() ? changes : meaningful;
    String name = sanitize(describe(candidates.get(0)));
    return candidates.size() > 1 ? shorten(name, MAX_LENGTH - AND_MORE.length()) + AND_MORE : name;
  }

  /** Changes that only follow from others (drops before re-creation, schemas, comments) do not. */
  private static boolean namesTheMigration(Change change) {
    return !(change instanceof Change.CreateSchema
        || change instanceof Change.DropView v && v.recreated()
        || change instanceof Change.DropConstraint
        || change instanceof Change.DropIndex
        || change instanceof Change.RenameOwnedSequence
        || change instanceof Change.SetSequenceOwner o && o.to() == null
        || change instanceof Change.RenameIndex
        || change instanceof Change.RenameConstraint
        || change instanceof Change.DropEnum e && e.retired()
        || change instanceof Change.CommentOnColumn
        || change instanceof Change.CommentOnTable
        || change instanceof Change.CommentOnView);
  }

  private static String describe(Change change) {
    if (change instanceof Change.CreateTable c) {
      return "create_" + c.definition().name().name();
    } else if (change instanceof Change.DropTable c) {
      return "drop_" + c.definition().name().name();
    } else if (change instanceof Change.AddColumn c) {
      return "add_" + c.table().name() + "_" + c.column().name();
    } else if (change instanceof Change.DropColumn c) {
      return "drop_" + c.table().name() + "_" + c.column().name();
    } else if (change instanceof Change.CreateIndex c) {
      return "add_" + c.index().name();
    } else if (change instanceof Change.CreateExtension c) {
      return "create_extension_" + c.extension().name();
    } else if (change instanceof Change.CreateRoutine c) {
      return "create_" + c.routine().name().name();
    } else if (change instanceof Change.CreateEnum c) {
      return "create_" + c.type().name().name();
    } else if (change instanceof Change.AddUnique c) {
      return "add_" + c.constraint().name();
    } else if (change instanceof Change.AddCheck c) {
      return "add_" + c.constraint().name();
    } else if (change instanceof Change.AddForeignKey c) {
      return "add_" + c.key().name();
    } else if (change instanceof Change.AddPrimaryKey c) {
      return "add_" + c.key().name();
    } else if (change instanceof Change.SetNotNull c) {
      return "set_" + c.table().name() + "_" + c.column() + "_not_null";
    }
    return change.describe();
  }

  /**
   * The names of the migrations of one plan: {@code base} followed by each suffix ({@code _suffix};
   * nothing for an empty one), the base shortened once so that the longest suffix fits: the files
   * of a plan share their base.
   */
  public static List<String> forSteps(String base, List<String> suffixes) {
    int longest = suffixes.stream().mapToInt(String::length).max().orElse(0);
    String clean = sanitize(base);
    int max = MAX_LENGTH - longest - 1;
    String shared =
        clean.endsWith(AND_MORE) && clean.length() > max
            ? shorten(
                    clean.substring(0, clean.length() - AND_MORE.length()), max - AND_MORE.length())
                + AND_MORE
            : shorten(clean, max);
    return suffixes.stream()
        .map(suffix -> suffix.isEmpty() ? shared : shared + "_" + suffix)
        .toList();
  }

  /** Lower case letters, digits and underscores only, at most 60 characters, whole words. */
  public static String sanitize(String text) {
    String clean =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return shorten(clean.isEmpty() ? "migration" : clean, MAX_LENGTH);
  }

  /**
   * {@code name} cut to at most {@code max} characters after its last whole word (words end at
   * underscores); mid-word only when whole words would keep less than half of it.
   */
  private static String shorten(String name, int max) {
    if (name.length() <= max) {
      return name;
    }
    int boundary = name.lastIndexOf('_', max);
    String cut = name.substring(0, boundary >= max / 2 ? boundary : max);
    // A name cut after "on" or "and" reads as if something were missing: drop such a last word.
    String trimmed = cut.replaceFirst("(_(?:on|to|of|in|and|or|from|for|by|with|at))+$", "");
    return trimmed.length() >= max / 2 ? trimmed : cut;
  }
}
