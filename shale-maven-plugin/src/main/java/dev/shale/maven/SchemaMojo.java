package dev.shale.maven;

import dev.shale.config.Config;
import dev.shale.config.ConfigLoader;
import dev.shale.loader.SchemaSources;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A command that reads the declared schema: from the project's compiled classes (the classes of the
 * config's {@code schema} sources, or {@code schemaClasses}), with the project's compile class
 * path.
 */
abstract class SchemaMojo extends ShaleMojo {
  /**
   * The schema classes to load, by name; default the classes of the config's {@code schema}
   * sources.
   */
  @Parameter(property = "shale.schemaClasses")
  List<String> schemaClasses;

  @Override
  void options(List<String> cli) throws MojoExecutionException {
    Optional<List<String>> classes = classes();
    if (classes.isEmpty()) {
      return;
    }
    try {
      cli.add("--classpath");
      cli.add(String.join(File.pathSeparator, project.getCompileClasspathElements()));
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("cannot resolve the project's compile class path", e);
    }
    cli.add("--schema-class");
    cli.add(String.join(",", classes.get()));
  }

  private Optional<List<String>> classes() throws MojoExecutionException {
    Path classesDir = Path.of(project.getBuild().getOutputDirectory());
    if (schemaClasses != null && !schemaClasses.isEmpty()) {
      requireCompiled(classesDir);
      return Optional.of(schemaClasses);
    }
    Path base = project.getBasedir().toPath();
    try {
      Config settings = ConfigLoader.load(base, configFile(), System.getenv());
      List<Path> sources =
          SchemaSources.resolve(settings.projectDir(), settings.configFile(), settings.schema());
      Optional<List<String>> compiled = CompiledSchema.classNames(sources, classesDir);
      if (compiled.isEmpty() && !sources.isEmpty()) {
        getLog()
            .info(
                "The schema sources are not compiled, or changed since: Shale reads them itself"
                    + " (run the goal after compile to use the compiled classes).");
      }
      return compiled;
    } catch (IOException | RuntimeException e) {
      // the command reports a bad config or schema glob itself, with the file and line
      getLog().debug("schema classes not derived: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * {@code schemaClasses} are read compiled only: each must be compiled, and not older than its
   * source in the project's source folders, so that an edit is never missed.
   */
  private void requireCompiled(Path classesDir) throws MojoExecutionException {
    for (String name : schemaClasses) {
      String path = name.replace('.', '/');
      Path compiled = classesDir.resolve(path + ".class");
      if (!java.nio.file.Files.isRegularFile(compiled)) {
        throw new MojoExecutionException(
            "schema class "
                + name
                + " is not compiled ("
                + compiled
                + "): run mvn compile shale:"
                + command());
      }
      for (String root : project.getCompileSourceRoots()) {
        Path source = Path.of(root).resolve(path + ".java");
        try {
          if (java.nio.file.Files.isRegularFile(source)
              && !CompiledSchema.upToDate(compiled, source)) {
            throw new MojoExecutionException(
                source + " changed since it was compiled: run mvn compile shale:" + command());
          }
        } catch (IOException e) {
          throw new MojoExecutionException("cannot read " + source, e);
        }
      }
    }
  }
}
