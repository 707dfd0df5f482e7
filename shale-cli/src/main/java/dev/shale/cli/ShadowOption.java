package dev.shale.cli;

import dev.shale.db.DatabaseUrl;
import picocli.CommandLine.Option;

/**
 * Where schemas are built to see how the server stores them (see {@link dev.shale.push.Shadow}).
 */
final class ShadowOption {
  @Option(
      names = "--shadow-url",
      paramLabel = "URL",
      description =
          "A server where a scratch database may be created, to compare schemas as PostgreSQL"
              + " stores them (default: embedded, a throwaway server; give one of the live"
              + " server's major version when it is not 17).")
  String shadowUrl;

  DatabaseUrl url() {
    return DatabaseUrl.parse(shadowUrl == null ? "embedded" : shadowUrl);
  }
}
