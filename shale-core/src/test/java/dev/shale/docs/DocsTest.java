package dev.shale.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.SchemaDiff;
import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import dev.shale.sql.MigrationScript;
import dev.shale.sql.Rule;
import dev.shale.sql.StatementPlanner;
import dev.shale.testing.ProjectFiles;
import dev.shale.testing.TestPostgres;
import dev.shale.testing.TestPostgres.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs say what the code does: the README's schema example runs, the rule catalog matches. */
class DocsTest {
  @TempDir Path dir;

  @Test
  void readmeSchemaExampleCompilesAndApplies() throws Exception {
    String readme = Files.readString(ProjectFiles.root("README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));
    Path source = dir.resolve("Blog.java");
    Files.writeString(source, example);
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
    SchemaModel model = SchemaLoader.fromSources(List.of(source));
    assertThat(model.tables()).hasSizeGreaterThanOrEqualTo(3);
    try (FreshDatabase db = TestPostgres.freshDatabase()) {
      db.apply(MigrationScript.plain(StatementPlanner.plan(SchemaDiff.create(model))));
    }
  }

  @Test
  void ruleCatalogPageListsEveryRuleAsTheCodeSaysIt() throws Exception {
    String page = Files.readString(ProjectFiles.root("docs", "rules.md"));
    for (Rule rule : Rule.values()) {
      assertThat(page)
          .as("docs/rules.md row for " + rule.id())
          .contains(
              "| `"
                  + rule.id()
                  + "` | "
                  + rule.why()
                  + " | "
                  + rule.versions()
                  + " | "
                  + rule.safeAlternative()
                  + " |");
    }
  }

  @Test
  void rulesPageHasASectionPerRuleWithTheRulesOwnExamples() throws Exception {
    Path page = ProjectFiles.root("docs", "rules.md");
    String text = Files.readString(page);
    int start = text.indexOf(RulesPage.START);
    int end = text.indexOf(RulesPage.END);
    assertThat(start).as("docs/rules.md holds the generated rule sections").isNotNegative();
    String rendered = RulesPage.render();
    if (Boolean.getBoolean("shale.docs.update")) {
      Files.writeString(
          page, text.substring(0, start) + rendered + text.substring(end + RulesPage.END.length()));
      return;
    }
    assertThat(text.substring(start, end + RulesPage.END.length()))
        .as("docs/rules.md is out of step with the rules: run with -Dshale.docs.update=true")
        .isEqualTo(rendered);
  }

  @Test
  void readmeCountsTheRulesCheckRuns() throws Exception {
    assertThat(Files.readString(ProjectFiles.root("README.md")))
        .contains("The " + dev.shale.lint.Rules.all().size() + " rules cover");
  }

  /** README and docs/ are for users: everything they point at is in the repository. */
  @Test
  void readmeAndDocsLinkOnlyToFilesInTheRepository() throws Exception {
    List<Path> pages = new ArrayList<>(List.of(ProjectFiles.root("README.md")));
    try (var docs = Files.list(ProjectFiles.root("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    assertThat(pages).contains(ProjectFiles.root("docs", "architecture.md"));
    Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)[^)]*\\)");
    for (Path page : pages) {
      String text = Files.readString(page);
      assertThat(text).as(page.toString()).doesNotContain("../shared").doesNotContain("design.md");
      Matcher m = link.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (!target.matches("[a-z]+:.*")) {
          assertThat(page.resolveSibling(target)).as(page + " links to " + target).exists();
        }
      }
    }
    assertThat(Files.readString(ProjectFiles.root("README.md"))).contains("(docs/architecture.md)");
  }
}
