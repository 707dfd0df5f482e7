package dev.shale.snapshot;

import java.nio.file.Path;

/** A snapshot as found in the folder, with the stem it shares with its migration. */
public record StoredSnapshot(Path file, String stem, Snapshot snapshot) {}
