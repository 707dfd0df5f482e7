package dev.shale.cli;

import dev.shale.config.ConfigException;
import dev.shale.db.DatabaseException;
import dev.shale.loader.SchemaLoadException;
import dev.shale.model.InvalidSchemaException;
import dev.shale.snapshot.SnapshotException;
import java.io.PrintWriter;
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
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Main::handle);
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
        || e instanceof IllegalStateException) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    err.println("error: unexpected failure, please report it with this trace:");
    e.printStackTrace(err);
    return ExitCodes.FAILURE;
  }
}
