package dev.shale.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.ProjectFiles;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.Invoker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's goals in real Maven builds of the sample projects under {@code src/it}, run with the
 * Maven invoker against the artifacts this build just made (installed by {@code invoker:install}
 * into {@code target/it-repo}), and a real PostgreSQL where a goal needs a database.
 */
class MavenPluginIT {
  private static final Path SAMPLES = Path.of("src", "it").toAbsolutePath();
  private static final Path IT_REPO = Path.of("target", "it-repo").toAbsolutePath();

  @TempDir Path dir;

  record Build(int exitCode, String log) {
    Build succeeded() {
      assertThat(exitCode).as(log).isZero();
      return this;
    }

    Build failed() {
      assertThat(exitCode).as(log).isNotZero();
      return this;
    }
  }

  @Test
  void generateReadsTheCompiledClassesAndMigrateStatusAndDiffUseTheDatabase() throws Exception {
    Path project = copy("blog");
    Path migrations = project.resolve("src/main/resources/db/migrations");

    Build generate = mvn(project, "compile", "shale:generate", "-Dshale.name=initial").succeeded();

    assertThat(generate.log()).doesNotContain("Shale reads them itself");
    List<Path> files = list(migrations);
    assertThat(files)
        .singleElement()
        .satisfies(f -> assertThat(f.toString()).endsWith("_initial.sql"));
    assertThat(Files.readString(files.get(0))).contains("CREATE TABLE users", "CREATE TABLE posts");
    assertThat(list(project.resolve("src/main/resources/db/snapshots"))).hasSize(1);

    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      mvn(project, "shale:migrate", "-Dshale.url=" + db.uri()).succeeded();
      assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE tablename IN ('users', 'posts')"))
          .isEqualTo(2);

      Build status = mvn(project, "shale:status", "-Dshale.url=" + db.uri()).succeeded();
      assertThat(status.log()).contains("_initial", "applied");

      mvn(project, "shale:diff", "-Dshale.url=" + db.uri()).succeeded();

      // an edit not compiled yet: the plugin reads the source, not the stale class
      Path source = project.resolve("src/main/java/db/Blog.java");
      Files.writeString(
          source,
          Files.readString(source)
              .replace(
                  "column(\"title\", text()).notNull());",
                  "column(\"title\", text()).notNull(),\n          column(\"summary\", text()));"));
      Build drift =
          mvn(project, "shale:diff", "-Dshale.from=schema", "-Dshale.to=snapshot").failed();
      assertThat(drift.log()).contains("Shale reads them itself", "summary", "shale:diff failed");
    }
  }

  @Test
  void checkBoundToVerifyFailsTheBuildOnAnUnsafeMigration() throws Exception {
    Path project = copy("blog");
    mvn(project, "compile", "shale:generate", "-Dshale.name=initial").succeeded();
    Build safe = mvn(project, "verify").succeeded();
    assertThat(safe.log()).contains("shale-maven-plugin", "check");

    Path source = project.resolve("src/main/java/db/Blog.java");
    Files.writeString(
        source,
        Files.readString(source)
            .replace(
                "column(\"title\", text()).notNull());",
                "column(\"title\", text()).notNull(),\n          index(\"title\"));"));
    // --simple writes a plain CREATE INDEX, which blocks writes to a live table
    mvn(project, "compile", "shale:generate", "-Dshale.name=title_index", "-Dshale.args=--simple")
        .succeeded();

    Build unsafe = mvn(project, "verify").failed();

    assertThat(unsafe.log())
        .contains("create-index-non-concurrent", "shale:check failed: 1 error, 1 warning");
  }

  @Test
  void withoutShaleTomlThePluginConfigurationIsTheConfig() throws Exception {
    Path project = copy("configured");
    assertThat(project.resolve("shale.toml")).doesNotExist();

    mvn(project, "compile", "shale:generate", "-Dshale.name=inventory").succeeded();

    List<Path> files = list(project.resolve("db/migrations"));
    assertThat(files).hasSize(1);
    assertThat(Files.readString(files.get(0))).contains("CREATE SCHEMA stock", "stock.items");
    assertThat(list(project.resolve("db/snapshots"))).hasSize(1);
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      mvn(project, "shale:migrate", "-Dshale.url=" + db.uri()).succeeded();
      assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'stock'"))
          .isEqualTo(1);
    }
  }

  @Test
  void pullWritesJavaSourceThatTheProjectCompiles() throws Exception {
    Path project = copy("configured");
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(
          "CREATE SCHEMA stock;"
              + "CREATE TABLE stock.items (sku text PRIMARY KEY, quantity integer NOT NULL);"
              + "CREATE TABLE stock.moves (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
              + " sku text NOT NULL REFERENCES stock.items (sku), at timestamptz NOT NULL);");
      Files.delete(project.resolve("src/main/java/com/acme/Inventory.java"));

      mvn(
              project,
              "shale:pull",
              "-Dshale.url=" + db.uri(),
              "-Dshale.out=src/main/java/com/acme/pulled",
              "-Dshale.packageName=com.acme.pulled")
          .succeeded();

      List<Path> java = list(project.resolve("src/main/java/com/acme/pulled"));
      assertThat(java).isNotEmpty();
      assertThat(String.join("\n", readAll(java))).contains("\"items\"", "\"moves\"");
      assertThat(list(project.resolve("db/migrations"))).hasSize(1);
      mvn(project, "compile").succeeded();
    }
  }

  @Test
  void theBundledExampleAndTheReadmesSchemaExamplesCompileAgainstShaleSchemaAlone()
      throws Exception {
    Path project = copy("plain");
    Path sources = Files.createDirectories(project.resolve("src/main/java"));
    try (Stream<Path> example = Files.list(ProjectFiles.root("migrations-example", "schema"))) {
      for (Path file : example.toList()) {
        Files.copy(file, sources.resolve(file.getFileName()));
      }
    }
    Path readme = Files.createDirectories(sources.resolve("readme"));
    List<String> blocks = ReadmeBlocks.schemaExamples(ProjectFiles.root("README.md"));
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      String name = "Example" + i;
      String source =
          block.contains("public final class")
              ? block.replaceFirst("public final class \\w+", "public final class " + name)
              : "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n"
                  + "public final class "
                  + name
                  + " {\n"
                  + block
                  + "\n}\n";
      Files.writeString(readme.resolve(name + ".java"), "package readme;\n" + source);
    }

    mvn(project, "compile").succeeded();

    assertThat(project.resolve("target/classes/readme/Example0.class")).exists();
  }

  @Test
  void everyClassOfASchemaFileIsRead() throws Exception {
    Path project = copy("blog");
    Path source = project.resolve("src/main/java/db/Blog.java");
    Files.writeString(
        source,
        Files.readString(source)
                .replace(
                    "  private Blog() {}",
                    "  private Blog() {}\n\n  public static final class Billing {\n"
                        + "    public static final class Deep {\n"
                        + "      public static final Table INVOICES = table(\"invoices\","
                        + " column(\"id\", bigint()).primaryKey());\n    }\n  }")
            + "\nfinal class Extra {\n  public static final Table EXTRA = table(\"extra\","
            + " column(\"id\", bigint()).primaryKey());\n}\n");

    mvn(project, "compile", "shale:generate", "-Dshale.name=initial").succeeded();

    String sql = Files.readString(list(project.resolve("src/main/resources/db/migrations")).get(0));
    assertThat(sql).contains("CREATE TABLE invoices", "CREATE TABLE extra", "CREATE TABLE posts");
    mvn(project, "verify").succeeded();
  }

  @Test
  void aRenameFailsTheGoalWithTheFlagsThatAnswerIt() throws Exception {
    Path project = copy("blog");
    mvn(project, "compile", "shale:generate", "-Dshale.name=initial").succeeded();
    Path source = project.resolve("src/main/java/db/Blog.java");
    Files.writeString(
        source, Files.readString(source).replace("column(\"title\"", "column(\"headline\""));

    Build asked = mvn(project, "compile", "shale:generate").failed();

    assertThat(asked.log()).contains("needs a decision", "--rename", "headline");
    mvn(project, "shale:generate", "-Dshale.args=--rename column:posts.title=headline").succeeded();
  }

  @Test
  void aConfigFileThatIsNotThereIsAnError() throws Exception {
    Path project = copy("blog");
    Build build = mvn(project, "shale:status", "-Dshale.config=shale-prod.toml").failed();
    assertThat(build.log()).contains("config file not found", "shale-prod.toml");
  }

  @Test
  void aBadOptionFailsTheGoalWithShalesMessage() throws Exception {
    Path project = copy("blog");
    Build build = mvn(project, "shale:status", "-Dshale.args=--no-such-option").failed();
    assertThat(build.log()).contains("--no-such-option");
  }

  private Build mvn(Path project, String... goalsAndProperties) throws Exception {
    InvocationRequest request = new DefaultInvocationRequest();
    request.setBaseDirectory(project.toFile());
    request.setBatchMode(true);
    request.setLocalRepositoryDirectory(IT_REPO.toFile());
    request.setUserSettingsFile(settings().toFile());
    Properties properties = new Properties();
    List<String> goals = new java.util.ArrayList<>();
    for (String word : goalsAndProperties) {
      if (word.startsWith("-D")) {
        int eq = word.indexOf('=');
        properties.setProperty(word.substring(2, eq), word.substring(eq + 1));
      } else {
        goals.add(word);
      }
    }
    request.setGoals(goals);
    request.setProperties(properties);
    request.addShellEnvironment("DATABASE_URL", "");
    StringBuilder log = new StringBuilder();
    request.setOutputHandler(line -> log.append(line).append('\n'));
    request.setErrorHandler(line -> log.append(line).append('\n'));
    Invoker invoker = new DefaultInvoker();
    invoker.setMavenHome(new File(System.getProperty("maven.home")));
    InvocationResult result = invoker.execute(request);
    if (result.getExecutionException() != null) {
      throw result.getExecutionException();
    }
    return new Build(result.getExitCode(), log.toString());
  }

  /**
   * Settings that let the sample builds take plugins and libraries from the user's local repository
   * before Maven Central, so that they download nothing the outer build already has.
   */
  private Path settings() throws IOException {
    Path file = dir.resolve("settings.xml");
    if (!Files.exists(file)) {
      String local = Path.of(System.getProperty("shale.user.repo")).toUri().toString();
      String repository =
          "<id>local-cache</id><url>"
              + local
              + "</url>"
              + "<releases><enabled>true</enabled></releases>"
              + "<snapshots><enabled>true</enabled></snapshots>";
      Files.writeString(
          file,
          "<settings><profiles><profile><id>it</id>"
              + "<repositories><repository>"
              + repository
              + "</repository></repositories>"
              + "<pluginRepositories><pluginRepository>"
              + repository
              + "</pluginRepository></pluginRepositories>"
              + "</profile></profiles><activeProfiles><activeProfile>it</activeProfile>"
              + "</activeProfiles></settings>\n");
    }
    return file;
  }

  private Path copy(String sample) throws IOException {
    Path target = dir.resolve(sample);
    String version = System.getProperty("shale.version");
    try (Stream<Path> all = Files.walk(SAMPLES.resolve(sample))) {
      for (Path from : all.toList()) {
        Path to = target.resolve(SAMPLES.resolve(sample).relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.writeString(to, Files.readString(from).replace("@shale.version@", version));
        }
      }
    }
    return target;
  }

  private static List<Path> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static List<String> readAll(List<Path> files) throws IOException {
    List<String> texts = new java.util.ArrayList<>();
    for (Path f : files) {
      texts.add(Files.readString(f));
    }
    return texts;
  }

  private static long count(FreshDatabase db, String sql) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
