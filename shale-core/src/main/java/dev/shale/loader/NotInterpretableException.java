package dev.shale.loader;

/** The source uses Java beyond what the fast path evaluates; the compiler takes over. */
final class NotInterpretableException extends Exception {
  NotInterpretableException(String reason) {
    super(reason, null, false, false);
  }
}
