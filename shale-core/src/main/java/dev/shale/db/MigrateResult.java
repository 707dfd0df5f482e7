package dev.shale.db;

import java.util.List;

/**
 * What a {@code migrate} run did.
 *
 * @param applied the migrations applied by this run, in order, with their times
 * @param previouslyApplied how many were applied before this run
 */
public record MigrateResult(List<Step> applied, long previouslyApplied) {

  /** One applied migration and how long it took (its last attempt), and how many attempts. */
  public record Step(String name, long millis, int attempts) {}

  public MigrateResult {
    applied = List.copyOf(applied);
  }
}
