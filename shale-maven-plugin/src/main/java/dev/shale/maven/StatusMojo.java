package dev.shale.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code shale status}: applied, pending, modified, missing and failed migrations, and drift. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends ShaleMojo {
  /** Fail the build also when migrations are pending. */
  @Parameter(property = "shale.failOnPending", defaultValue = "false")
  boolean failOnPending;

  @Override
  String command() {
    return "status";
  }

  @Override
  void options(List<String> cli) {
    if (failOnPending) {
      cli.add("--fail-on-pending");
    }
  }
}
