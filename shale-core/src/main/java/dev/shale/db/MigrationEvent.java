package dev.shale.db;

import java.time.Duration;
import java.util.List;

/** What {@code migrate} reports while it runs, for progress lines or logs. */
public sealed interface MigrationEvent {

  /** Another run holds the migration lock; this one waits (reported once). */
  record WaitingForLock(String holder) implements MigrationEvent {}

  /** The lock was had after waiting. */
  record LockAcquired(Duration waited) implements MigrationEvent {}

  /** Something the user must not miss, such as skipped validation. */
  record Warning(String text) implements MigrationEvent {}

  /**
   * What will run: {@code names} in this order; {@code applied} were applied before; {@code target}
   * is the last migration asked for, or null.
   */
  record Planned(List<String> names, long applied, String target) implements MigrationEvent {
    public Planned {
      names = List.copyOf(names);
    }
  }

  /** A migration starts. */
  record Applying(String name, boolean noTransaction, int index, int count)
      implements MigrationEvent {}

  /** A migration hit the lock timeout and will run again after {@code delay}. */
  record Retrying(String name, int attempt, int attempts, Duration delay, String reason)
      implements MigrationEvent {}

  /** The server said something while a migration ran (a NOTICE or WARNING). */
  record Notice(String name, String text) implements MigrationEvent {}

  /** A migration is applied and recorded. */
  record Applied(String name, long millis) implements MigrationEvent {}
}
