package dev.shale.cli;

import dev.shale.config.Config;
import dev.shale.db.Database;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.MigrateOptions;
import dev.shale.db.ScratchDatabase;
import dev.shale.lint.Check;
import dev.shale.lint.CheckRequest;
import dev.shale.lint.Finding;
import dev.shale.lint.LintConfig;
import dev.shale.lint.LintSettings;
import dev.shale.lint.report.LintReport;
import dev.shale.lint.report.ReportPaths;
import dev.shale.lint.report.Reporter;
import dev.shale.lint.report.Reporters;
import dev.shale.lint.trace.Trace;
import dev.shale.lint.trace.TraceFindings;
import dev.shale.lint.trace.TraceOptions;
import dev.shale.lint.trace.TraceResult;
import dev.shale.loader.SchemaLoadException;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.MigrationFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Lint migrations for zero-downtime safety, and guard the migration folder.",
      "With no PATH: the project's migrations, plus the folder guard (migrations and snapshots in"
          + " step, one snapshot chain, the Java schema equal to the newest snapshot).",
      "PATH: SQL files, folders (every .sql file under them), globs, or - for standard input:"
          + " Flyway, Drizzle Kit or hand-written folders too.",
      "Exits 1 when a finding reaches --fail-on, 64 on usage errors, else 0."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin SchemaOptions schemaOptions;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders, globs or -.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "REF",
      description = "Only files new or changed since this git revision (the pull request's).")
  String since;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text, json, github, sarif or gitlab (default: text; github when GITHUB_ACTIONS is set).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "error, warning or never (default: error; [lint] failOn).")
  String failOn;

  @Option(
      names = "--exclude",
      paramLabel = "IDS",
      split = ",",
      description = "Rule ids not to run ([lint] exclude).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--include",
      paramLabel = "IDS",
      split = ",",
      description = "Rule ids to run that are off by default ([lint] include).")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--pg-version",
      paramLabel = "N",
      description =
          "Oldest PostgreSQL major version the migrations run on (default: pgVersion, 14).")
  Integer pgVersion;

  @Option(
      names = "--assume-in-transaction",
      negatable = true,
      description =
          "Files given as PATH run inside a transaction, as Flyway runs them ([lint]"
              + " assumeInTransaction; default: no).")
  Boolean assumeInTransaction;

  @Option(
      names = "--start-after",
      paramLabel = "STEM",
      description = "Skip migrations up to and including this one ([lint] startAfter).")
  String startAfter;

  @Option(
      names = "--trace",
      description =
          "Also run the migrations on a throwaway database (embedded unless --url) with rows in"
              + " every table, and report what the server really locked, rewrote and scanned.")
  boolean trace;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The server --trace creates its throwaway database on (default: embedded; never"
              + " DATABASE_URL, so that a trace cannot reach a database by accident).")
  String url;

  @Option(
      names = "--no-schema",
      description = "Do not compare the Java schema with the newest snapshot.")
  boolean noSchema;

  private Path workingDir;

  @Override
  public Integer call() throws Exception {
    if (format != null) {
      Reporters.forName(format);
    }
    if (url != null && !trace) {
      throw new IllegalArgumentException("--url is the server of --trace: give --trace too");
    }
    Config config = root.config();
    String configName = config.configFile() == null ? "shale.toml" : config.configFile().toString();
    LintConfig lint = LintConfig.read(config.lint(), configName);
    Set<String> excluded = new LinkedHashSet<>(lint.exclude());
    excluded.addAll(flagIds(exclude, "--exclude"));
    Set<String> included = new LinkedHashSet<>(lint.include());
    included.addAll(flagIds(include, "--include"));
    int version =
        pgVersion != null
            ? requireVersion(pgVersion)
            : config.pgVersion() != null ? config.pgVersion() : LintSettings.DEFAULT_PG_VERSION;
    LintConfig.FailOn level =
        failOn != null
            ? flagFailOn(failOn)
            : lint.failOn() != null ? lint.failOn() : LintConfig.FailOn.ERROR;
    Duration lockTimeout = config.migrate().lockTimeout();
    CheckRequest request =
        new CheckRequest(
            config.projectDir(),
            paths,
            paths.isEmpty() ? new MigrationFolder(config.migrations(), config.snapshots()) : null,
            since,
            startAfter != null ? startAfter : lint.startAfter(),
            assumeInTransaction != null
                ? assumeInTransaction
                : Boolean.TRUE.equals(lint.assumeInTransaction()),
            MigrateOptions.setsLockTimeout(lockTimeout));
    Supplier<SchemaModel> schema = noSchema ? null : () -> loadSchema(config);
    Check.Outcome outcome =
        Check.run(request, new LintSettings(version, included, excluded, false), schema, System.in);
    workingDir = config.projectDir();
    if (trace) {
      outcome = traced(outcome, version, request.projectMode() ? lockTimeout(lockTimeout) : null);
    }
    report(outcome);
    boolean fails = outcome.findings().stream().anyMatch(f -> level.fails(f.severity()));
    return fails ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static Duration lockTimeout(Duration configured) {
    Duration timeout = configured == null ? MigrateOptions.DEFAULT_LOCK_TIMEOUT : configured;
    return timeout.isZero() ? null : timeout;
  }

  /** The outcome with what the server did when the linted files ran on a throwaway database. */
  private Check.Outcome traced(Check.Outcome outcome, int pgVersion, Duration toolLockTimeout) {
    PrintWriter err = spec.commandLine().getErr();
    DatabaseUrl server = DatabaseUrl.parse(url == null ? "embedded" : url);
    try (Database db = Database.open(server);
        ScratchDatabase scratch =
            ScratchDatabase.create(
                db,
                "shale_trace_",
                "check --trace needs a user that may create databases, or the embedded default")) {
      TraceResult result =
          Trace.run(
              scratch.database()::connect,
              outcome.context(),
              outcome.linted(),
              new TraceOptions(
                  3, outcome.oneDeploy(), TraceOptions.defaults().waitLimit(), toolLockTimeout));
      result.notes().forEach(note -> err.println("trace: " + note));
      if (result.serverVersion() != pgVersion) {
        err.println(
            "trace: ran on PostgreSQL "
                + result.serverVersion()
                + ", the migrations target "
                + pgVersion
                + ": verdicts that differ between the two are said so");
      }
      return outcome.withFindings(TraceFindings.compare(result, outcome.findings(), pgVersion));
    }
  }

  private SchemaModel loadSchema(Config config) {
    try {
      return schemaOptions.load(config);
    } catch (SchemaLoadException e) {
      if (config.schema().isEmpty() && schemaOptions.classpath == null) {
        throw new SchemaLoadException(
            e.getMessage()
                + "; or pass --no-schema to check the folder without comparing a Java schema",
            List.of());
      }
      throw e;
    }
  }

  private static Set<String> flagIds(List<String> ids, String flag) {
    try {
      return LintConfig.ruleIds(String.join(",", ids), flag);
    } catch (dev.shale.config.ConfigException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private static LintConfig.FailOn flagFailOn(String value) {
    try {
      return LintConfig.FailOn.parse(value, "--fail-on");
    } catch (dev.shale.config.ConfigException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private static int requireVersion(int version) {
    if (version < 10 || version > 18) {
      throw new IllegalArgumentException(
          "--pg-version " + version + ": give a PostgreSQL major version from 10 to 18");
    }
    return version;
  }

  private void report(Check.Outcome outcome) throws IOException {
    String name = format != null ? format : Reporters.defaultName(System.getenv());
    java.util.function.UnaryOperator<String> where =
        name.equals("text") || name.equals("json")
            ? f -> f
            : ReportPaths.fromRepositoryRoot(workingDir, System.getenv());
    Map<String, String> texts = new LinkedHashMap<>();
    outcome.files().forEach(f -> texts.put(where.apply(f.name()), f.text()));
    List<Finding> findings =
        outcome.findings().stream()
            .map(
                f ->
                    new Finding(
                        where.apply(f.file()),
                        f.span(),
                        f.rule(),
                        f.message(),
                        f.fix(),
                        f.statement(),
                        f.origin()))
            .toList();
    LintReport report =
        new LintReport(findings, texts, outcome.files().size(), outcome.statements());
    boolean colour = output == null && root.terminal().color();
    Reporter reporter =
        format == null
            ? Reporters.defaultFor(System.getenv(), colour)
            : Reporters.forName(format, colour);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      reporter.write(report, out);
      out.flush();
    } else {
      Path file = workingDir.resolve(output).toAbsolutePath().normalize();
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException(
            "--output " + output + " is a folder: name a file in it");
      }
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "--output "
                + output
                + ": cannot create its folder "
                + file.getParent()
                + " ("
                + e
                + ")");
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        reporter.write(report, out);
      } catch (IOException e) {
        throw new IllegalStateException(
            "cannot write the report to " + output + ": " + e.getMessage());
      }
      spec.commandLine().getErr().println(report.summary() + " Report written to " + output + ".");
    }
  }
}
