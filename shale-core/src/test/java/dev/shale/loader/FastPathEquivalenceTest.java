package dev.shale.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.SchemaModel;
import dev.shale.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's fast path must give exactly the model the compiler gives, on every schema file in
 * the repository; and it must hand over to the compiler for anything beyond its subset.
 */
class FastPathEquivalenceTest {
  @TempDir Path dir;

  private static CompileCache noCache(Path dir) {
    return new CompileCache(dir.resolve("cache"));
  }

  @TestFactory
  Stream<DynamicTest> fastPathMatchesTheCompiler() throws IOException {
    List<List<Path>> schemas = new ArrayList<>();
    try (Stream<Path> cases = Files.list(ProjectFiles.testResources("cases"))) {
      for (Path c : cases.sorted().toList()) {
        schemas.add(List.of(c.resolve("before.java")));
        schemas.add(List.of(c.resolve("after.java")));
      }
    }
    try (Stream<Path> example = Files.list(ProjectFiles.root("migrations-example/schema"))) {
      schemas.add(example.sorted().toList());
    }
    return schemas.stream()
        .map(
            files ->
                DynamicTest.dynamicTest(
                    files.get(0).toString(),
                    () -> {
                      DeclaredObjects interpreted;
                      try {
                        interpreted = DslInterpreter.evaluate(files);
                      } catch (NotInterpretableException e) {
                        // This file takes the compiler's path, which is the reference itself;
                        // the reason names the file and line that sent it there.
                        assertThat(e.getMessage()).containsPattern("\\.java:\\d+: ");
                        return;
                      }
                      SchemaModel fast = ModelTranslator.translate(interpreted);
                      DeclaredObjects compiled = SchemaLoader.compiled(files, noCache(dir));
                      SchemaModel slow = ModelTranslator.translate(compiled);
                      assertThat(fast).isEqualTo(slow);
                      assertThat(interpreted.warnings()).isEqualTo(compiled.warnings());
                    }));
  }

  private Path write(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file, "import static dev.shale.schema.Pg.*;\nimport dev.shale.schema.*;\n\n" + body);
    return file;
  }

  @Test
  void beyondTheSubsetTheCompilerTakesOverWithTheSameResult() throws Exception {
    Path file =
        write(
            "Helpers.java",
            "public final class Helpers {\n"
                + "  static Column id() { return column(\"id\", bigint()).primaryKey(); }\n"
                + "  public static final Table A = table(\"a\", id());\n"
                + "}\n");
    assertThat(catchNotInterpretable(file)).isTrue();
    SchemaModel model = SchemaLoader.fromSources(List.of(file), noCache(dir));
    assertThat(model.tables()).hasSize(1);
  }

  @Test
  void illegalForwardReferenceIsLeftToTheCompilerToReport() throws Exception {
    Path file =
        write(
            "Forward.java",
            "public final class Forward {\n"
                + "  public static final Table A = table(\"a\", column(\"b_id\", bigint()).references(() -> B, \"id\"));\n"
                + "  public static final Table B = table(\"b\", column(\"id\", bigint()).primaryKey());\n"
                + "}\n");
    assertThat(catchNotInterpretable(file)).isTrue();
    SchemaLoadException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            SchemaLoadException.class, () -> SchemaLoader.fromSources(List.of(file), noCache(dir)));
    assertThat(error.getMessage())
        .contains("Forward.java:5:")
        .contains("illegal forward reference");
  }

  @Test
  void textBlocksConcatenationAndConstantsAreEvaluated() throws Exception {
    Path file =
        write(
            "Views.java",
            "public final class Views {\n"
                + "  private static final String PREFIX = \"app_\";\n"
                + "  public static final Table T = table(PREFIX + \"t\", column(\"id\", bigint()).primaryKey(), column(\"n\", integer()).defaultValue(-5));\n"
                + "  public static final PgView V = view(\"v\", \"\"\"\n"
                + "      SELECT id\n"
                + "        FROM app_t\n"
                + "      \"\"\");\n"
                + "}\n");
    SchemaModel fast = ModelTranslator.translate(DslInterpreter.evaluate(List.of(file)));
    CompiledClasses compiled =
        SourceCompiler.compile(List.of(file), System.getProperty("java.class.path"));
    SchemaModel slow =
        ModelTranslator.translate(
            SchemaCollector.collect(
                compiled.loader(getClass().getClassLoader()),
                new ArrayList<>(compiled.bytecode().keySet())));
    assertThat(fast).isEqualTo(slow);
    assertThat(fast.views().get(0).query()).isEqualTo("SELECT id\n  FROM app_t");
  }

  private static final String READ_ONLY_PUBLIC =
      ": declare it public static final (Shale reads only public static fields)";

  @Test
  void fieldsThatAreNotPublicAreNamedAlikeByBothPaths() throws Exception {
    Path file =
        write(
            "Hidden.java",
            "public final class Hidden {\n"
                + "  private static final PgEnum MOOD = enumType(\"mood\", \"ok\");\n"
                + "  static final Table USERS = table(\"users\", column(\"id\", bigint()));\n"
                + "  protected static final PgSchema BILLING = schema(\"billing\");\n"
                + "  private static final PgSequence SEQ = BILLING.sequence(\"seq\");\n"
                + "  private static final PgView V = materializedView(\"v\", \"SELECT 1\");\n"
                + "  private static final Table SHARED = table(\"shared\", column(\"id\", bigint()));\n"
                + "  public static final Table ALIAS = SHARED;\n"
                + "  private static final String PREFIX = \"app_\";\n"
                + "  public static final Table T = table(PREFIX + \"t\", column(\"id\", bigint()));\n"
                + "}\n");
    DeclaredObjects fast = DslInterpreter.evaluate(List.of(file));
    DeclaredObjects compiled = SchemaLoader.compiled(List.of(file), noCache(dir));
    assertThat(fast.warnings()).isEqualTo(compiled.warnings());
    assertThat(fast.warnings().stream().map(FieldWarning::message))
        .containsExactly(
            "Hidden.MOOD ("
                + file
                + ":5) is private, so Shale ignores enum public.mood"
                + READ_ONLY_PUBLIC,
            "Hidden.USERS ("
                + file
                + ":6) is package-private, so Shale ignores table public.users"
                + READ_ONLY_PUBLIC,
            "Hidden.BILLING ("
                + file
                + ":7) is protected, so Shale ignores schema billing"
                + READ_ONLY_PUBLIC,
            "Hidden.SEQ ("
                + file
                + ":8) is private, so Shale ignores sequence billing.seq"
                + READ_ONLY_PUBLIC,
            "Hidden.V ("
                + file
                + ":9) is private, so Shale ignores materialized view public.v"
                + READ_ONLY_PUBLIC);
    assertThat(ModelTranslator.translate(fast).tables())
        .extracting(t -> t.name().name())
        .containsExactly("app_t", "shared");
  }

  @Test
  void compiledClassesAlsoNameInstanceNonFinalAndNestedFields() throws Exception {
    Path file =
        write(
            "Mutable.java",
            "public final class Mutable {\n"
                + "  public static Table USERS = table(\"users\", column(\"id\", bigint()));\n"
                + "  public final Table instance = table(\"instance\", column(\"id\", bigint()));\n"
                + "  static final class Inner {\n"
                + "    private static final Table NESTED =\n"
                + "        table(\"nested\", column(\"id\", bigint()));\n"
                + "  }\n"
                + "}\n");
    assertThat(catchNotInterpretable(file)).isTrue();
    DeclaredObjects compiled = SchemaLoader.compiled(List.of(file), noCache(dir));
    assertThat(compiled.warnings().stream().map(FieldWarning::message))
        .containsExactly(
            "Mutable.USERS ("
                + file
                + ":5) is not final: Shale reads table public.users from it, but other code"
                + " could assign the field another value; declare it public static final",
            "Mutable.instance ("
                + file
                + ":6) is not static, so Shale ignores it"
                + READ_ONLY_PUBLIC,
            "Mutable.Inner.NESTED ("
                + file
                + ":8) is private, so Shale ignores table public.nested"
                + READ_ONLY_PUBLIC);
    assertThat(ModelTranslator.translate(compiled).tables())
        .extracting(t -> t.name().name())
        .containsExactly("users");
  }

  private static boolean catchNotInterpretable(Path file) {
    try {
      DslInterpreter.evaluate(List.of(file));
      return false;
    } catch (NotInterpretableException e) {
      return true;
    }
  }
}
