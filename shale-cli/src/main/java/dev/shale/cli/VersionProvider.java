package dev.shale.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, else the development version. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"shale " + (version == null ? "0.1.0-SNAPSHOT" : version)};
  }
}
