package dev.shale.loader;

import java.util.Map;
import java.util.TreeMap;

/** Class files by binary name, as produced by the compiler or read back from the cache. */
public record CompiledClasses(Map<String, byte[]> bytecode) {
  public CompiledClasses {
    bytecode = new TreeMap<>(bytecode);
  }

  /** A class loader that defines these classes on top of Shale's own (so the DSL is shared). */
  public ClassLoader loader(ClassLoader parent) {
    return new ClassLoader("shale-schema", parent) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = bytecode.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
