package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which opener the studio would run, by system and environment. */
class BrowserLauncherTest {
  private static final URI PAGE = URI.create("http://127.0.0.1:4000/?code=abc");

  @Test
  void aLinuxDesktopUsesXdgOpenAndAServerOpensNothing() {
    assertThat(BrowserLauncher.command(PAGE, "Linux", Map.of("DISPLAY", ":0")))
        .contains(List.of("xdg-open", PAGE.toString()));
    assertThat(BrowserLauncher.command(PAGE, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")))
        .isPresent();
    assertThat(BrowserLauncher.command(PAGE, "Linux", Map.of())).isEmpty();
  }

  @Test
  void ciAndSshSessionsOpenNothingWhateverTheSystem() {
    assertThat(BrowserLauncher.command(PAGE, "Mac OS X", Map.of("CI", "true"))).isEmpty();
    assertThat(
            BrowserLauncher.command(
                PAGE, "Linux", Map.of("DISPLAY", ":0", "SSH_CONNECTION", "1.2.3.4 5 6.7.8.9 22")))
        .isEmpty();
  }

  @Test
  void macAndWindowsUseTheirOwnOpeners() {
    assertThat(BrowserLauncher.command(PAGE, "Mac OS X", Map.of()))
        .contains(List.of("open", PAGE.toString()));
    assertThat(BrowserLauncher.command(PAGE, "Windows 11", Map.of()).orElseThrow().get(0))
        .isEqualTo("rundll32");
  }
}
