package dev.shale.diff;

import java.util.List;
import java.util.Locale;

/**
 * A migration's name derived from its changes: {@code create_users}, {@code add_users_avatar_url}.
 */
public final class MigrationName {
  private static final int MAX_LENGTH = 60;

  private MigrationName() {}

  public static String of(List<Change> changes) {
    if (changes.isEmpty()) {
      return "custom";
    }
    Change first =
        changes.stream()
            .filter(c -> !(c instanceof Change.CreateSchema))
            .findFirst()
            .orElse(changes.get(0));
    String name = describe(first);
    if (changes.stream().filter(c -> !(c instanceof Change.CreateSchema)).count() > 1) {
      name = name + "_and_more";
    }
    return sanitize(name);
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
    } else if (change instanceof Change.CreateEnum c) {
      return "create_" + c.type().name().name();
    }
    return change.describe();
  }

  /** Lower case letters, digits and underscores only, at most 60 characters. */
  public static String sanitize(String text) {
    String clean =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (clean.isEmpty()) {
      clean = "migration";
    }
    return clean.length() > MAX_LENGTH
        ? clean.substring(0, MAX_LENGTH).replaceAll("_+$", "")
        : clean;
  }
}
