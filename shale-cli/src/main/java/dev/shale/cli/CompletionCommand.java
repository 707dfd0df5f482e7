package dev.shale.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description =
        "Print a bash (and zsh, through bashcompinit) completion script for shale: source it, or"
            + " save it as shale in a bash-completion folder (install.sh does).")
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("shale", spec.root().commandLine()));
    return ExitCodes.OK;
  }
}
