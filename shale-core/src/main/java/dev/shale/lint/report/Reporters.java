package dev.shale.lint.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the reporter of {@code shale check --format NAME}, or the one for the environment. */
public final class Reporters {
  /** The names {@code --format} accepts, in the order usage lists them. */
  public static final List<String> NAMES = List.of("text", "json", "github", "sarif", "gitlab");

  private Reporters() {}

  /** The reporter named {@code name}, without colour. */
  public static Reporter forName(String name) {
    return forName(name, false);
  }

  /**
   * The reporter named {@code name} (case-insensitive).
   *
   * @param colour whether the text reporter colours its output (ANSI); the other formats ignore it
   * @throws IllegalArgumentException naming the accepted formats, for an unknown name
   */
  public static Reporter forName(String name, boolean colour) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text" -> new TextReporter(colour);
      case "json" -> new JsonReporter();
      case "github" -> new GithubReporter();
      case "sarif" -> new SarifReporter();
      case "gitlab" -> new GitlabReporter();
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + name + "': use one of " + String.join(", ", NAMES));
    };
  }

  /**
   * The format to use when {@code --format} is not given: {@code github} inside a GitHub Actions
   * job ({@code GITHUB_ACTIONS=true}), else {@code text}.
   */
  public static String defaultName(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.getOrDefault("GITHUB_ACTIONS", "")) ? "github" : "text";
  }

  /** The reporter to use when {@code --format} is not given ({@link #defaultName}). */
  public static Reporter defaultFor(Map<String, String> env) {
    return defaultFor(env, false);
  }

  /** As {@link #defaultFor(Map)}, with {@code colour} for the text reporter. */
  public static Reporter defaultFor(Map<String, String> env, boolean colour) {
    return forName(defaultName(env), colour);
  }
}
