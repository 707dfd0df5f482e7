package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.config.ConfigLoader;
import dev.shale.config.ConfigOverrides;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: options every subcommand shares. */
@Command(
    name = "shale",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Schema-as-code migrations for PostgreSQL, declared in plain Java.")
public final class ShaleCommand {
  /** Every subcommand, in the order {@code shale --help} lists them, by name. */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("init", InitCommand::new);
    all.put("generate", GenerateCommand::new);
    all.put("migrate", MigrateCommand::new);
    all.put("status", StatusCommand::new);
    all.put("pull", PullCommand::new);
    all.put("push", PushCommand::new);
    all.put("diff", DiffCommand::new);
    all.put("check", CheckCommand::new);
    all.put("baseline", BaselineCommand::new);
    all.put("export", ExportCommand::new);
    all.put("studio", StudioCommand::new);
    all.put("completion", CompletionCommand::new);
    all.put("help", HelpCommand::new);
    return java.util.Collections.unmodifiableMap(all);
  }

  @Option(
      scope = ScopeType.INHERIT,
      names = "--config",
      paramLabel = "FILE",
      description = "Config file (default: shale.toml).")
  Path configFile;

  @Option(
      scope = ScopeType.INHERIT,
      names = "-C",
      paramLabel = "DIR",
      description = "Change to DIR before doing anything.")
  Path directory;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--no-color",
      description = "No colour (also when NO_COLOR is set or output is not a terminal).")
  boolean noColor;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Set a shale.toml key over the file's value (schema, migrations, snapshots, url,"
              + " schemas, tables, history, pgVersion, safety; lists comma-separated).")
  void set(List<String> values) {
    // picocli hands each command's occurrences over separately (before and after the command
    // name): keep them all. Split here, on the first '=', so that no quote in a value (a
    // password) is interpreted or echoed.
    if (values != null) {
      for (String value : values) {
        int eq = value.indexOf('=');
        if (eq <= 0) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--set takes KEY=VALUE, such as --set migrations=db/migrations");
        }
        settings.put(value.substring(0, eq).trim(), value.substring(eq + 1));
      }
    }
  }

  private final Map<String, String> settings = new LinkedHashMap<>();

  @Option(
      scope = ScopeType.INHERIT,
      names = "--no-input",
      description =
          "Never ask (renames, data loss): exit 2 with the flags that answer, as without a"
              + " terminal.")
  boolean noInput;

  @Spec CommandSpec spec;

  Config config() {
    return ConfigOverrides.apply(
        ConfigLoader.load(projectDir(), configFile, System.getenv()), settings);
  }

  /** The folder Shale works in: {@code -C DIR}, else the current one. */
  Path projectDir() {
    return directory == null
        ? Path.of("").toAbsolutePath()
        : directory.toAbsolutePath().normalize();
  }

  Terminal terminal() {
    return Terminal.detect(noColor, noInput);
  }
}
