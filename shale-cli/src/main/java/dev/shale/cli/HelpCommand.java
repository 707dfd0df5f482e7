package dev.shale.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/**
 * {@code shale help [COMMAND]}: picocli's help command, but strict: an unknown command, or more
 * than one, is a usage error (64) that lists the commands.
 */
@Command(
    name = "help",
    helpCommand = true,
    description = "Print the help of a command (shale help migrate), or of shale.")
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {
  // 0..* so that extra words reach run() and are refused (picocli lets a help command ignore them)
  @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command.")
  List<String> commands = List.of();

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine root = self.getParent();
    if (commands.size() > 1) {
      throw new CommandLine.ParameterException(
          self, "help takes one command, not " + String.join(" ", commands));
    }
    CommandLine shown = commands.isEmpty() ? root : root.getSubcommands().get(commands.get(0));
    if (shown == null) {
      throw new CommandLine.ParameterException(
          self,
          "unknown command '"
              + commands.get(0)
              + "': the commands are "
              + String.join(", ", root.getSubcommands().keySet()));
    }
    shown.usage(out, colors);
  }
}
