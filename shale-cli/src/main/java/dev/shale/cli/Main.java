package dev.shale.cli;

import dev.shale.config.ConfigException;
import dev.shale.db.DatabaseException;
import dev.shale.introspect.IntrospectionException;
import dev.shale.loader.SchemaLoadException;
import dev.shale.model.InvalidSchemaException;
import dev.shale.snapshot.SnapshotException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** The entry point: runs the command line and maps every failure to a message and exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs Shale as the command line would, writing to the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ShaleCommand());
    // Picocli reads every command's annotations when it is added (a quarter of a second for all
    // of them at start-up): a run that names its command gets only that one.
    String named = commandName(args);
    ShaleCommand.SUBCOMMANDS.forEach(
        (name, command) -> {
          if (named == null || named.equals(name)) {
            cli.addSubcommand(name, command.get());
          }
        });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Main::handle);
    cli.setParameterExceptionHandler(Main::badInput);
    String noColor = System.getenv("NO_COLOR");
    if (java.util.Arrays.asList(args).contains("--no-color")
        || (noColor != null && !noColor.isEmpty())) {
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    cli.getSubcommands()
        .values()
        .forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The subcommand that {@code args} run, or null when they name none that Shale has (or ask for
   * help on all of them): the first word that is neither an option nor the value of one of the root
   * options.
   */
  private static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--config") || arg.equals("-C") || arg.equals("--set")) {
        i++;
      } else if (!arg.startsWith("-")) {
        // help and completion describe every command
        return ShaleCommand.SUBCOMMANDS.containsKey(arg)
                && !arg.equals("help")
                && !arg.equals("completion")
            ? arg
            : null;
      }
    }
    return null;
  }

  /**
   * A command line that does not parse: one {@code error:} line that names what is wrong (for an
   * unknown option, only the words that look like options, with picocli's suggestions), then where
   * the usage is, instead of the whole usage text.
   */
  private static int badInput(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> options =
          unmatched.getUnmatched().stream().filter(a -> a.startsWith("-")).toList();
      if (!options.isEmpty()) {
        message =
            (options.size() == 1 ? "unknown option " : "unknown options ")
                + String.join(", ", options);
      } else {
        boolean commandExpected = cli.getCommandSpec().parent() == null;
        message =
            (commandExpected ? "unknown command " : "unexpected argument ")
                + String.join(
                    ", ", unmatched.getUnmatched().stream().map(a -> "'" + a + "'").toList());
      }
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    err.println("error: " + message);
    err.println("Run '" + cli.getCommandSpec().qualifiedName(" ") + " --help' for usage.");
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof CommandLine.ParameterException p) {
      err.println("error: " + p.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof ConfigException
        || e instanceof SchemaLoadException
        || e instanceof InvalidSchemaException
        || e instanceof SnapshotException
        || e instanceof DatabaseException
        || e instanceof IntrospectionException
        || e instanceof dev.shale.lint.trace.TraceException
        || e instanceof IllegalStateException) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    err.println("error: unexpected failure, please report it with this trace:");
    e.printStackTrace(err);
    return ExitCodes.FAILURE;
  }
}
