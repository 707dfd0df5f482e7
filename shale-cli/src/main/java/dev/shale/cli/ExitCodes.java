package dev.shale.cli;

/** Shale's exit codes (docs/architecture.md). */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int DECISION_NEEDED = 2;
  static final int USAGE = 64;

  private ExitCodes() {}
}
