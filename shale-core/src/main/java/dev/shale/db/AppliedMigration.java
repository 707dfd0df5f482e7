package dev.shale.db;

import java.time.Instant;

/**
 * One row of the history table.
 *
 * @param name the migration's file stem
 * @param checksum the SHA-256 of the file as it was applied
 * @param appliedAt when it finished (or failed)
 * @param executionMs how long it ran
 * @param appliedBy the database user that ran it
 * @param success false for a migration without a transaction that failed partway: some of its
 *     statements may have been applied
 */
public record AppliedMigration(
    String name,
    String checksum,
    Instant appliedAt,
    long executionMs,
    String appliedBy,
    boolean success) {}
