package dev.shale.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one page: its HTML with its style and script put inline, so that one request brings all of it
 * and nothing comes from the network. Each response carries a fresh nonce in the page and in its
 * Content-Security-Policy, which allows that style and that script and nothing else.
 */
final class StudioPage {
  private static final SecureRandom RANDOM = new SecureRandom();

  record Rendered(byte[] html, String policy) {}

  private final String template;

  private StudioPage(String template) {
    this.template = template;
  }

  static StudioPage load() {
    String html = resource("index.html");
    html = html.replace("/*{{style}}*/", resource("studio.css"));
    html = html.replace("/*{{script}}*/", resource("studio.js"));
    return new StudioPage(html);
  }

  /** The page for a browser that showed the token (or the launch code), which the page carries. */
  Rendered render(String token) {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String nonce = Base64.getEncoder().encodeToString(bytes);
    String policy =
        "default-src 'none'; script-src 'nonce-"
            + nonce
            + "'; style-src 'nonce-"
            + nonce
            + "'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";
    return new Rendered(
        template
            .replace("{{nonce}}", nonce)
            .replace("{{token}}", token)
            .getBytes(StandardCharsets.UTF_8),
        policy);
  }

  private static String resource(String name) {
    try (InputStream in = StudioPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the studio's " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
