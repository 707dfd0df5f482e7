package dev.shale.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One step of a command run on its own thread while the command goes on with another, independent
 * one. {@link #join} hands back its result or throws what it threw, so the caller decides in which
 * order failures are reported; and a command always joins before it returns, so that nothing it
 * started outlives it.
 */
final class Background<T> {
  private final FutureTask<T> task;

  private Background(Supplier<T> step) {
    this.task = new FutureTask<>(step::get);
  }

  static <T> Background<T> start(String name, Supplier<T> step) {
    Background<T> background = new Background<>(step);
    Thread thread = new Thread(background.task, "shale-" + name);
    thread.setDaemon(true);
    thread.start();
    return background;
  }

  /** The step's result, once it is done; what it threw is thrown here, unwrapped. */
  T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the step is short and reads files: finish waiting for it
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits for the step; what it threw, or null. */
  Throwable failure() {
    try {
      join();
      return null;
    } catch (RuntimeException | Error e) {
      return e;
    }
  }

  /** {@code failure} to throw: as it is when unchecked, which is all a step can throw. */
  static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof RuntimeException r) {
      return r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(failure);
  }
}
