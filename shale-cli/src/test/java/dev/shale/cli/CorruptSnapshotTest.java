package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A snapshot that is broken (cut short, hand-edited with wrong types, missing or unknown fields,
 * nulls, duplicate keys, …) is reported by {@code generate} in plain words: the file, the line and
 * column, the JSON path, and how to restore it; never the JSON library's own text.
 */
class CorruptSnapshotTest {
  @TempDir Path project;
  private Path snapshot;
  private String original;

  @BeforeAll
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  @BeforeEach
  void generateOnce() throws IOException {
    Files.createDirectories(project.resolve("db"));
    Files.writeString(
        project.resolve("db/Schema.java"),
        "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\n"
            + "public final class Schema {\n"
            + "  public static final Table USERS = table(\"users\",\n"
            + "      column(\"id\", bigint()).generatedAlwaysAsIdentity().primaryKey(),\n"
            + "      column(\"email\", text().array()).notNull());\n"
            + "}\n",
        StandardCharsets.UTF_8);
    Files.writeString(project.resolve("shale.toml"), "schema = [\"db/*.java\"]\n");
    CliRun first = CliRun.in(project, "generate");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    try (Stream<Path> files = Files.list(project.resolve("snapshots"))) {
      snapshot = files.findFirst().orElseThrow();
    }
    original = Files.readString(snapshot);
  }

  private static Arguments broken(String what, Function<String, String> edit, String... expected) {
    return Arguments.of(what, edit, List.of(expected));
  }

  /** Replaces the first {@code from} (which must be there) with {@code to}. */
  private static UnaryOperator<String> replace(String from, String to) {
    return text -> {
      assertThat(text).contains(from);
      return text.replaceFirst(java.util.regex.Pattern.quote(from), to.replace("$", "\\$"));
    };
  }

  static Stream<Arguments> brokenSnapshots() {
    return Stream.of(
        broken("empty", text -> "", "is empty"),
        broken(
            "cut in half",
            text -> text.substring(0, text.length() / 2),
            "is corrupt (not valid JSON) at line ",
            "the text ends before the JSON does: the file looks cut short"),
        broken(
            "cut in a word",
            text -> text.substring(0, text.indexOf("true") + 2),
            "the file looks cut short"),
        broken(
            "not JSON at all",
            text -> "hello\n",
            "is corrupt (not valid JSON) at line 1, column 1: \"hello\" is not a JSON value"),
        broken(
            "single quotes",
            replace("\"format\"", "'format'"),
            "at line 3, column 3: unexpected ''' (JSON strings and keys take double quotes)"),
        broken(
            "a missing comma",
            replace("\"format\": 1,", "\"format\": 1"),
            "is corrupt (not valid JSON) at line 4, column 3: unexpected '\"'"),
        broken(
            "text after the end",
            text -> text + "{}\n",
            "more text follows the end of the JSON object"),
        broken(
            "a duplicate key",
            replace("\"notNull\": true", "\"notNull\": true, \"notNull\": false"),
            "the key \"notNull\" appears twice in one object"),
        broken(
            "a list at the top",
            text -> "[" + text + "]",
            "is corrupt: it holds a list, not a JSON object {...}"),
        broken(
            "a newer format",
            replace("\"format\": 1", "\"format\": 7"),
            "has format 7, newer than this Shale reads (1): upgrade Shale"),
        broken("format zero", replace("\"format\": 1", "\"format\": 0"), "which Shale never wrote"),
        broken(
            "the format as a string",
            replace("\"format\": 1", "\"format\": \"1\""),
            "at line 3, column 13: format must be a whole number, not the string \"1\""),
        broken(
            "no format",
            replace("\"format\": 1,", ""),
            "has no \"format\": it is not a Shale snapshot"),
        broken(
            "another dialect",
            replace("\"postgresql\"", "\"mysql\""),
            "is for dialect \"mysql\", not \"postgresql\""),
        broken(
            "an id that is a number",
            text -> text.replaceFirst("\"id\": \"[^\"]*\"", "\"id\": 5"),
            "id must be a string, not the number 5"),
        broken(
            "no schema",
            text -> text.substring(0, text.indexOf(",\n  \"schema\"")) + "\n}\n",
            "the snapshot has no \"schema\""),
        broken(
            "a list where an object belongs",
            replace("\"schema\": {", "\"schema\": [{").andThen(t -> t.replaceFirst("}\n$", "]}\n")),
            "schema must be an object {...}, not a list"),
        broken(
            "an object where a list belongs",
            replace("\"enums\": []", "\"enums\": {}"),
            "schema.enums must be a list [...], not an object"),
        broken(
            "a table without a name",
            text ->
                text.replaceFirst(
                    "\"name\": \\{\\s*\"name\": \"users\",\\s*\"schema\": \"public\"\\s*},", ""),
            "schema.tables[0] has no \"name\""),
        broken(
            "a null table name",
            text ->
                text.replaceFirst(
                    "\"name\": \\{\\s*\"name\": \"users\",\\s*\"schema\": \"public\"\\s*}",
                    "\"name\": null"),
            "schema.tables[0].name must be an object {...}, not null"),
        broken(
            "a null in the list of columns",
            replace("\"columns\": [", "\"columns\": [null, "),
            "schema.tables[0].columns[0] (table public.users) must be an object {...}, not null"),
        broken(
            "a string for a boolean",
            replace("\"notNull\": true", "\"notNull\": \"yes\""),
            "schema.tables[0].columns[0].notNull (table public.users, column id) must be true or"
                + " false, not the string \"yes\""),
        broken(
            "a fraction for a whole number",
            replace("\"dimensions\": 1", "\"dimensions\": 1.5"),
            "schema.tables[0].columns[1].type.dimensions (table public.users, column email) must"
                + " be a whole number, not the number 1.5"),
        broken(
            "a negative array dimension",
            replace("\"dimensions\": 1", "\"dimensions\": -1"),
            "schema.tables[0].columns[1].type (table public.users, column email) cannot be read:"
                + " negative array dimensions: -1"),
        broken(
            "an unknown enum value",
            replace("\"ALWAYS\"", "\"SOMETIMES\""),
            "schema.tables[0].columns[0].identity.kind (table public.users, column id) must be one"
                + " of \"ALWAYS\", \"BY_DEFAULT\", not the string \"SOMETIMES\""),
        broken(
            "an enum value as a number",
            replace("\"ALWAYS\"", "0"),
            "identity.kind (table public.users, column id) must be one of \"ALWAYS\","
                + " \"BY_DEFAULT\", not the number 0"),
        broken(
            "an unknown field",
            replace("\"notNull\": true", "\"notNull\": true, \"nullable\": false"),
            "schema.tables[0].columns[0] (table public.users, column id) has a field \"nullable\""
                + " that Shale does not know (the fields here are collation, comment, defaultExpression,"
                + " generatedExpression, identity, name, notNull, type)"),
        broken(
            "a missing field",
            replace("\"notNull\": true,", ""),
            "schema.tables[0].columns[0] (table public.users, column id) has no \"notNull\""),
        broken(
            "several problems at once",
            replace("\"notNull\": true", "\"notNull\": 1")
                .andThen(replace("\"dimensions\": 1", "\"dimensions\": \"1\"")),
            "is corrupt:\n  line ",
            "schema.tables[0].columns[0].notNull (table public.users, column id) must be true or"
                + " false, not the number 1\n  line ",
            "schema.tables[0].columns[1].type.dimensions (table public.users, column email) must"
                + " be a whole number, not the string \"1\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSnapshots")
  void aBrokenSnapshotIsExplainedInPlainWords(
      String what, Function<String, String> edit, List<String> expected) throws Exception {
    Files.writeString(snapshot, edit.apply(original));
    String relative = project.relativize(snapshot).toString();
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).as(run.toString()).startsWith("error: snapshot ").contains(relative);
    for (String fragment : expected) {
      assertThat(run.err()).as(run.toString()).contains(fragment);
    }
    assertThat(run.err())
        .as("no JSON library text or Java names")
        .doesNotContain("Source:")
        .doesNotContain("REDACTED")
        .doesNotContain("reference chain")
        .doesNotContain("`")
        .doesNotContain("Exception")
        .doesNotContain("JsonToken")
        .doesNotContainPattern("\\b(java|dev|com)\\.[a-z]+\\.")
        .doesNotContainPattern("\\(code \\d+\\)");
    if (!expected.get(0).contains("upgrade Shale")) {
      assertThat(run.err()).contains("restore it from version control (git checkout -- ");
    }
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      assertThat(files).as("nothing written").hasSize(1);
    }
  }

  @Test
  void theLineAndColumnAreThoseOfTheBrokenValue() throws Exception {
    String edited = original.replaceFirst("\"notNull\": true", "\"notNull\": \"yes\"");
    Files.writeString(snapshot, edited);
    int at = edited.indexOf("\"yes\"");
    int line = (int) edited.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - edited.lastIndexOf('\n', at);
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.err())
        .contains(
            " is corrupt at line "
                + line
                + ", column "
                + column
                + ": schema.tables[0].columns[0].notNull");
  }

  @Test
  void aSnapshotThatIsNotUtf8IsNamed() throws Exception {
    Files.write(snapshot, new byte[] {'{', (byte) 0xff, '}'});
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(project.relativize(snapshot).toString())
        .contains("is not UTF-8 text: restore it from version control");
  }
}
