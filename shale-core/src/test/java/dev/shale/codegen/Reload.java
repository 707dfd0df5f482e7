package dev.shale.codegen;

import dev.shale.loader.SchemaLoader;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes generated sources to a folder and loads them with Shale's own loader. */
final class Reload {
  private Reload() {}

  /** Keeps the loader's compile cache in target/, as the other loader tests do. */
  static void cacheInTarget() {
    System.setProperty(
        "shale.cache.dir", Path.of("target", "test-compile-cache").toAbsolutePath().toString());
  }

  static List<Path> write(List<GeneratedSource> sources, Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      for (GeneratedSource source : sources) {
        Path file = dir.resolve(source.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.text(), StandardCharsets.UTF_8);
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The model the sources declare, by the loader's usual path (fast path, else the compiler). */
  static SchemaModel load(List<GeneratedSource> sources, Path dir) {
    return SchemaLoader.fromSources(write(sources, dir), warning -> {});
  }

  /** The model the sources declare, always through javac, as a user's build would compile them. */
  static SchemaModel compile(List<GeneratedSource> sources, Path dir) {
    String before = System.getProperty("shale.loader");
    System.setProperty("shale.loader", "compile");
    try {
      return SchemaLoader.fromSources(write(sources, dir), warning -> {});
    } finally {
      if (before == null) {
        System.clearProperty("shale.loader");
      } else {
        System.setProperty("shale.loader", before);
      }
    }
  }

  /** The sources as one text, each headed by its path, for failure messages. */
  static String show(List<GeneratedSource> sources) {
    StringBuilder out = new StringBuilder();
    for (GeneratedSource s : sources) {
      out.append("// ---- ").append(s.path()).append('\n').append(s.text());
    }
    return out.toString();
  }
}
