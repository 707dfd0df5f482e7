package dev.shale.lint.report;

import java.net.URI;
import java.net.URISyntaxException;

/** File names as the machine formats want them. */
final class Paths {
  private Paths() {}

  static String forwardSlashes(String file) {
    return file.replace('\\', '/');
  }

  static boolean isAbsolute(String file) {
    String f = forwardSlashes(file);
    return f.startsWith("/") || f.matches("[A-Za-z]:/.*");
  }

  /**
   * {@code file} as a URI reference: relative ones (to be resolved against {@code %SRCROOT%})
   * percent-encoded with forward slashes, absolute ones as {@code file:} URIs.
   */
  static String uri(String file) {
    String path = forwardSlashes(file);
    if (path.startsWith("./")) {
      path = path.substring(2);
    }
    try {
      if (isAbsolute(path)) {
        return new URI("file", "", path.startsWith("/") ? path : "/" + path, null).toASCIIString();
      }
      String relative = new URI(null, null, path, null).toASCIIString();
      // a colon in the first segment would read as a scheme
      int colon = relative.indexOf(':');
      int slash = relative.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash) ? "./" + relative : relative;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a file name: " + file, e);
    }
  }
}
