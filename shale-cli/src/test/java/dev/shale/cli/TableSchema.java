package dev.shale.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A project whose schema is tables with one {@code id} column: db/Schema.java and shale.toml. */
final class TableSchema {
  private TableSchema() {}

  static void write(Path project, List<String> tables) throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < tables.size(); i++) {
      body.append("  public static final Table T")
          .append(i)
          .append(" = table(\"")
          .append(tables.get(i))
          .append("\", column(\"id\", bigint()).primaryKey());\n");
    }
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\n"
            + "public final class Schema {\n"
            + body
            + "}\n");
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
  }
}
