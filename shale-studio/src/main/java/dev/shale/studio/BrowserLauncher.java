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
   * Opens {@code address} if it can; whether it started an opener. The opener and the browser it
   * starts are handed a file of the user's own (readable by nobody else) that redirects to the
   * address, not the address: a command line is visible to every local user, and the address holds
   * the token.
   */
  public static boolean open(URI address) {
    URI page;
    try {
      page = redirectFile(address).toUri();
    } catch (IOException e) {
      return false;
    }
    Optional<List<String>> command =
        command(page, System.getProperty("os.name", ""), System.getenv());
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

  /** A page that sends the browser on to {@code address}, in a file only this user may read. */
  static java.nio.file.Path redirectFile(URI address) throws IOException {
    java.nio.file.Path file;
    try {
      file =
          java.nio.file.Files.createTempFile(
              "shale-studio-",
              ".html",
              java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                  java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      file = java.nio.file.Files.createTempFile("shale-studio-", ".html");
    }
    file.toFile().deleteOnExit();
    String target = address.toString().replace("&", "&amp;").replace("\"", "&quot;");
    java.nio.file.Files.writeString(
        file,
        "<!doctype html><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url="
            + target
            + "\"><title>Shale studio</title><a href=\""
            + target
            + "\">Open Shale studio</a>\n");
    return file;
  }
}
