package dev.shale.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.config.Config;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.HistoryTable;
import dev.shale.db.MigrationStatus;
import dev.shale.db.Migrator;
import dev.shale.lint.Finding;
import dev.shale.push.AppliedDrift;
import dev.shale.snapshot.MigrationFile;
import dev.shale.snapshot.MigrationFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API: one method per route, each answering with records and maps Jackson writes. */
final class StudioApi implements AutoCloseable {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final StudioProject project;
  private final RowBrowser rows;

  StudioApi(StudioProject project) {
    this.project = project;
    this.rows =
        project.database() == null
            ? null
            : new RowBrowser(
                project.database(),
                project.statementTimeout(),
                project.write(),
                HistoryTable.parse(project.config().history()));
  }

  Object get(String route, Map<String, List<String>> params) {
    return switch (route) {
      case "project" -> project();
      case "schema" -> schema();
      case "history" -> history();
      case "check" -> check();
      case "tables" -> browser().tables();
      case "rows" -> browser().rows(query(params));
      default -> throw StudioException.notFound("no API route " + route);
    };
  }

  Object post(String route, JsonNode body) {
    if (!project.write()) {
      browser();
      throw new StudioException(
          403, "the studio is read-only: start it with --write to change rows");
    }
    String[] table = tableName(text(body, "schema"), text(body, "table"));
    return switch (route) {
      case "rows/update" ->
          browser().update(table[0], table[1], strings(body, "key"), strings(body, "values"));
      case "rows/delete" -> browser().delete(table[0], table[1], strings(body, "key"));
      case "rows/insert" -> browser().insert(table[0], table[1], strings(body, "values"));
      default -> throw StudioException.notFound("no API route " + route);
    };
  }

  /**
   * Reads the schema once before the page asks for it, so that the first diagram comes sooner; a
   * schema that does not load is reported when the page asks.
   */
  void warmUp() {
    try {
      project.schema().load();
    } catch (RuntimeException e) {
      // the page's request reads it again and reports the problem
    }
  }

  @Override
  public void close() {
    if (project.database() != null) {
      project.database().close();
    }
  }

  private Map<String, Object> project() {
    Config config = project.config();
    Map<String, Object> result = new LinkedHashMap<>();
    Path dir = config.projectDir().toAbsolutePath().normalize();
    result.put("name", dir.getFileName() == null ? dir.toString() : dir.getFileName().toString());
    result.put("directory", dir.toString());
    result.put("database", project.database() == null ? null : project.database().description());
    result.put("write", project.write());
    result.put("pgVersion", config.pgVersion());
    result.put("statementTimeoutMs", project.statementTimeout().toMillis());
    return result;
  }

  private Object schema() {
    DeclaredSchema.Loaded loaded;
    try {
      loaded = project.schema().load();
    } catch (RuntimeException e) {
      throw new StudioException(422, e.getMessage());
    }
    return SchemaPayload.of(loaded.model(), loaded.lines());
  }

  private ProjectCheck.Result runCheck() {
    return ProjectCheck.run(project.config(), () -> project.schema().load().model());
  }

  private Object check() {
    ProjectCheck.Result result = runCheck();
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : result.outcome().findings()) {
      Map<String, Object> view = new LinkedHashMap<>();
      String name = Path.of(f.file()).getFileName().toString();
      view.put("file", f.file());
      view.put("stem", name.endsWith(".sql") ? name.substring(0, name.length() - 4) : null);
      view.put("line", f.span().line());
      view.put("column", f.span().column());
      view.put("rule", f.rule().id());
      view.put("severity", f.severity().label());
      view.put("message", f.message());
      view.put("why", f.rule().why());
      view.put("fix", f.saferAlternative());
      view.put("statement", f.statement());
      view.put("origin", f.origin().name().toLowerCase(java.util.Locale.ROOT));
      findings.add(view);
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("findings", findings);
    payload.put("files", result.outcome().files().size());
    payload.put("statements", result.outcome().statements());
    payload.put("pgVersion", result.pgVersion());
    payload.put("schemaProblem", result.schemaProblem());
    return payload;
  }

  private Object history() {
    Config config = project.config();
    String folderProblem = null;
    List<MigrationFile> read;
    try {
      read = MigrationFolder.readMigrations(config.migrations());
    } catch (dev.shale.snapshot.SnapshotException e) {
      folderProblem = e.getMessage();
      read = MigrationFolder.readApplicable(config.migrations());
    }
    List<MigrationFile> files =
        read.stream()
            .map(f -> new MigrationFile(f.name(), f.path().toAbsolutePath(), f.sql(), f.checksum()))
            .toList();
    ProjectCheck.Result check = runCheck();
    MigrationStatus status = null;
    AppliedDrift drift = null;
    String problem = null;
    String database = null;
    if (project.database() != null) {
      database = project.database().description();
      try {
        status =
            new Migrator(project.database(), HistoryTable.parse(config.history()), e -> {})
                .status(files);
        int pgVersion =
            config.pgVersion() == null
                ? dev.shale.sql.PlanOptions.OLDEST_SUPPORTED
                : config.pgVersion();
        DatabaseUrl shadow =
            project.shadow() == null ? DatabaseUrl.parse("embedded") : project.shadow();
        drift = AppliedDrift.of(config, project.database(), status, pgVersion, shadow).orElse(null);
      } catch (java.sql.SQLException | RuntimeException e) {
        problem = "cannot read the database's history or drift: " + e.getMessage();
      }
    }
    return HistoryPayload.of(
        files,
        config.projectDir().toAbsolutePath(),
        config.snapshots(),
        check,
        status,
        database,
        drift,
        problem,
        folderProblem);
  }

  private RowBrowser browser() {
    if (rows == null) {
      throw new StudioException(
          409, "no database: start the studio with --url to browse rows and see states");
    }
    return rows;
  }

  private static RowBrowser.Query query(Map<String, List<String>> params) {
    String[] table = tableName(first(params, "schema"), first(params, "table"));
    List<RowBrowser.Filter> filters = new ArrayList<>();
    for (String filter : params.getOrDefault("filter", List.of())) {
      filters.add(filter(filter));
    }
    String dir = first(params, "dir");
    return new RowBrowser.Query(
        table[0],
        table[1],
        number(params, "offset", 0),
        number(params, "limit", 50),
        first(params, "sort"),
        "desc".equalsIgnoreCase(dir),
        filters,
        "true".equals(first(params, "run")));
  }

  /**
   * A filter: {@code {"column":…,"op":…,"value":…}} (what the page sends: names may hold colons),
   * or {@code column:op[:value]}.
   */
  private static RowBrowser.Filter filter(String text) {
    if (text.startsWith("{")) {
      try {
        JsonNode node = JSON.readTree(text);
        JsonNode value = node.get("value");
        if (text(node, "column") == null || text(node, "op") == null) {
          throw StudioException.badRequest(
              "filter "
                  + text
                  + ": give \"column\" and \"op\" (eq, ne, lt, le, gt, ge, contains,"
                  + " null or notnull), and \"value\" where the operator needs one");
        }
        if (value != null && !value.isNull() && !value.isValueNode()) {
          throw StudioException.badRequest(
              "filter " + text + ": \"value\" must be a string, a number or null");
        }
        return new RowBrowser.Filter(text(node, "column"), text(node, "op"), text(node, "value"));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw StudioException.badRequest(
            "filter " + text + " is not JSON: " + e.getOriginalMessage());
      }
    }
    String[] parts = text.split(":", 3);
    if (parts.length < 2) {
      throw StudioException.badRequest(
          "filter " + text + ": write column:operator[:value], e.g. id:eq:1");
    }
    return new RowBrowser.Filter(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
  }

  /**
   * The schema and table named, as the catalog spells them: {@code schema} and {@code table} apart
   * (the page sends them so, since names may hold dots), or {@code table=schema.name}, split at the
   * first dot.
   */
  private static String[] tableName(String schema, String text) {
    if (schema != null && text != null) {
      return new String[] {schema, text};
    }
    if (text == null || text.indexOf('.') <= 0) {
      throw StudioException.badRequest(
          "name the table: schema=NAME&table=NAME, or table=schema.name");
    }
    int dot = text.indexOf('.');
    return new String[] {text.substring(0, dot), text.substring(dot + 1)};
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static int number(Map<String, List<String>> params, String name, int otherwise) {
    String value = first(params, name);
    if (value == null || value.isEmpty()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw StudioException.badRequest(name + " must be a whole number, not " + value);
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode node = body == null ? null : body.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Map<String, String> strings(JsonNode body, String field) {
    JsonNode node = body == null ? null : body.get(field);
    Map<String, String> values = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isObject()) {
      throw StudioException.badRequest(field + " must be an object of column names to values");
    }
    node.fields()
        .forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? null : asText(e)));
    return values;
  }

  private static String asText(Map.Entry<String, JsonNode> e) {
    JsonNode v = e.getValue();
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
