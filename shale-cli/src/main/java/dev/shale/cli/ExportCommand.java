package dev.shale.cli;

import dev.shale.diff.SchemaDiff;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.PlanOptions;
import dev.shale.sql.StatementPlanner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Print the full DDL of the declared schema.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand ShaleCommand root;
  @Spec CommandSpec spec;
  @Mixin SchemaOptions schemaOptions;

  @Override
  public Integer call() {
    var config = root.config();
    var model = schemaOptions.load(config);
    var options = new PlanOptions(SchemaOptions.pgVersion(config), false);
    spec.commandLine()
        .getOut()
        .print(MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(model), options)));
    return ExitCodes.OK;
  }
}
