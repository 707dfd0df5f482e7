package dev.shale.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's Java examples written in the schema DSL (not those of the Java API). */
final class ReadmeBlocks {
  private static final Pattern JAVA = Pattern.compile("(?s)```java\\n(.*?)```");

  private ReadmeBlocks() {}

  static List<String> schemaExamples(Path readme) throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA.matcher(Files.readString(readme));
    while (m.find()) {
      String block = m.group(1);
      if (block.contains("table(") && !block.contains("dev.shale.Shale")) {
        blocks.add(block);
      }
    }
    return blocks;
  }
}
