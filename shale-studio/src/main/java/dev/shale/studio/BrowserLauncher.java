package dev.shale.studio;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Opens an address in the user's browser, where there is a display to open it on. */
public final class BrowserLauncher {
  private BrowserLauncher() {}

  /**
   * The command that would open {@code address} here, or empty where there is no display (a server,
   * a container, CI) or no known opener.
   */
  public static Optional<List<String>> command(URI address, String os, Map<String, String> env) {
    String system = os.toLowerCase(Locale.ROOT);
    if (env.containsKey("CI") || env.containsKey("SSH_CONNECTION")) {
      return Optional.empty();
    }
    if (system.contains("mac")) {
      return Optional.of(List.of("open", address.toString()));
    }
    if (system.contains("win")) {
      return Optional.of(List.of("rundll32", "url.dll,FileProtocolHandler", address.toString()));
    }
    if (env.containsKey("DISPLAY") || env.containsKey("WAYLAND_DISPLAY")) {
      return Optional.of(List.of("xdg-open", address.toString()));
    }
    return Optional.empty();
  }

  /**
   * Opens {@code address} if it can; whether it started an opener. Give it {@link
   * StudioServer#launchAddress()}: a command line is visible to every local user, and that address
   * holds a code that works once, not the token.
   */
  public static boolean open(URI address) {
    Optional<List<String>> command =
        command(address, System.getProperty("os.name", ""), System.getenv());
    if (command.isEmpty()) {
      return false;
    }
    try {
      new ProcessBuilder(command.get())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
