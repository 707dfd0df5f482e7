package dev.shale.loader;

import dev.shale.loader.DslSyntax.Call;
import dev.shale.loader.DslSyntax.ClassDecl;
import dev.shale.loader.DslSyntax.Concat;
import dev.shale.loader.DslSyntax.Expr;
import dev.shale.loader.DslSyntax.FieldDecl;
import dev.shale.loader.DslSyntax.Import;
import dev.shale.loader.DslSyntax.Lambda;
import dev.shale.loader.DslSyntax.Literal;
import dev.shale.loader.DslSyntax.Name;
import dev.shale.loader.DslSyntax.Unit;
import dev.shale.schema.Pg;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The fast path of the loader: evaluates schema sources that only declare static final fields
 * initialized with DSL calls, by calling the same DSL methods the compiled code would call (chosen
 * by the same overload rules), without starting the compiler. Java's lazy, in-order class
 * initialization is kept. Whatever it does not fully understand, it refuses, and the compiler takes
 * over, so results never differ from compiling.
 */
final class DslInterpreter {
  private static final String DSL_PACKAGE = Pg.class.getPackageName();
  private static final Map<String, Class<?>> LANG_TYPES =
      Map.of(
          "String",
          String.class,
          "int",
          int.class,
          "long",
          long.class,
          "boolean",
          boolean.class,
          "double",
          double.class);

  /** A lambda argument, turned into a Supplier when passed. */
  private record LambdaValue(Supplier<Object> supplier) {}

  /** A class used as the qualifier of a static call or field. */
  private record ClassRef(Class<?> dslType, SourceClass source) {}

  private enum State {
    NEW,
    RUNNING,
    DONE
  }

  private final class SourceClass {
    final ClassDecl decl;
    final Unit unit;
    final String binaryName;
    final Map<String, Object> values = new HashMap<>();
    final Map<String, Integer> order = new HashMap<>();

    /** The answers of {@link #staticImports} for this class's file, by member name. */
    final Map<String, List<Class<?>>> staticImports = new HashMap<>();

    /** The statically imported classes with a static method of each name called here. */
    final Map<String, List<Class<?>>> staticMethodOwners = new HashMap<>();

    State state = State.NEW;

    SourceClass(ClassDecl decl, Unit unit) {
      this.decl = decl;
      this.unit = unit;
      this.binaryName =
          unit.packageName().isEmpty() ? decl.name() : unit.packageName() + "." + decl.name();
      for (int i = 0; i < decl.fields().size(); i++) {
        order.put(decl.fields().get(i).name(), i);
      }
    }

    void initialize() throws NotInterpretableException {
      if (state != State.NEW) {
        return;
      }
      state = State.RUNNING;
      for (int i = 0; i < decl.fields().size(); i++) {
        FieldDecl field = decl.fields().get(i);
        Object value = evaluate(field.init(), new Scope(this, i));
        values.put(field.name(), checkFieldType(field, value, this));
      }
      state = State.DONE;
    }
  }

  /** Where an expression is evaluated: in which class, inside which field's initializer. */
  private record Scope(SourceClass owner, int fieldIndex) {}

  private final Map<String, SourceClass> classes = new TreeMap<>();

  /**
   * {@link #classByFullName} answers, null ones included: all sources are parsed, and so all
   * classes known, before the first is evaluated.
   */
  private final Map<String, ClassRef> classesByFullName = new HashMap<>();

  private DslInterpreter() {}

  static DeclaredObjects evaluate(List<Path> sources) throws NotInterpretableException {
    DslInterpreter interpreter = new DslInterpreter();
    for (Unit unit : parseAll(sources)) {
      for (ClassDecl decl : unit.classes()) {
        SourceClass c = interpreter.new SourceClass(decl, unit);
        if (interpreter.classes.put(c.binaryName, c) != null) {
          throw new NotInterpretableException("class " + c.binaryName + " declared twice");
        }
      }
    }
    for (SourceClass c : interpreter.classes.values()) {
      c.initialize();
    }
    return interpreter.collect();
  }

  /**
   * Every source parsed, in order. Files are read and parsed in parallel (each stands alone); the
   * first failure in file order is the one thrown.
   */
  private static List<Unit> parseAll(List<Path> sources) throws NotInterpretableException {
    Object[] parsed = new Object[sources.size()];
    IntStream.range(0, parsed.length).parallel().forEach(i -> parsed[i] = parse(sources.get(i)));
    List<Unit> units = new ArrayList<>(parsed.length);
    for (Object result : parsed) {
      if (result instanceof NotInterpretableException e) {
        throw e;
      }
      if (result instanceof RuntimeException e) {
        throw e;
      }
      units.add((Unit) result);
    }
    return units;
  }

  /** The file's syntax tree, or the exception that reading or parsing it threw. */
  private static Object parse(Path source) {
    try {
      String text;
      try {
        text = Files.readString(source, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new NotInterpretableException("cannot read " + source);
      }
      return DslParser.parse(text, source.toString());
    } catch (NotInterpretableException | RuntimeException e) {
      return e;
    }
  }

  private DeclaredObjects collect() {
    DeclaredObjects.Builder found = new DeclaredObjects.Builder();
    for (SourceClass c : classes.values()) {
      for (FieldDecl field : c.decl.fields()) {
        Object value = c.values.get(field.name());
        if (field.isPublic()) {
          found.add(value, c.decl.name() + "." + field.name());
        } else if (FieldWarning.isSchemaObject(value)) {
          found.ignore(
              value,
              new FieldWarning(
                  c.binaryName,
                  field.name(),
                  FieldWarning.Reason.NOT_PUBLIC,
                  field.access(),
                  FieldWarning.describe(value),
                  c.unit.file(),
                  field.line()));
        }
      }
    }
    return found.build();
  }

  private Object checkFieldType(FieldDecl field, Object value, SourceClass owner)
      throws NotInterpretableException {
    Class<?> type = resolveType(field.type(), owner.unit);
    if (type == null) {
      throw new NotInterpretableException("field type " + field.type());
    }
    if (value == null) {
      if (type.isPrimitive()) {
        throw new NotInterpretableException("null for a primitive field");
      }
      return null;
    }
    if (type == long.class && value instanceof Integer i) {
      return (long) i;
    }
    if (type == double.class
        && (value instanceof Integer || value instanceof Long || value instanceof Float)) {
      return ((Number) value).doubleValue();
    }
    if (!box(type).isInstance(value)) {
      throw new NotInterpretableException(
          "field "
              + field.name()
              + " of type "
              + field.type()
              + " holds a "
              + value.getClass().getSimpleName());
    }
    return value;
  }

  private Class<?> resolveType(String name, Unit unit) {
    if (LANG_TYPES.containsKey(name)) {
      return LANG_TYPES.get(name);
    }
    ClassRef ref = resolveClass(name, unit);
    return ref == null ? null : ref.dslType();
  }

  /** A simple class name as the compiler would resolve it in this file, or null. */
  private ClassRef resolveClass(String name, Unit unit) {
    if (name.contains(".")) {
      return null;
    }
    for (Import imp : unit.imports()) {
      if (!imp.isStatic() && !imp.onDemand() && imp.name().endsWith("." + name)) {
        return classByFullName(imp.name());
      }
    }
    SourceClass local =
        classes.get(unit.packageName().isEmpty() ? name : unit.packageName() + "." + name);
    if (local != null) {
      return new ClassRef(null, local);
    }
    for (Import imp : unit.imports()) {
      if (!imp.isStatic() && imp.onDemand() && imp.name().equals(DSL_PACKAGE)) {
        ClassRef dsl = classByFullName(DSL_PACKAGE + "." + name);
        if (dsl != null) {
          return dsl;
        }
      }
    }
    return null;
  }

  private ClassRef classByFullName(String fullName) {
    ClassRef known = classesByFullName.get(fullName);
    if (known != null || classesByFullName.containsKey(fullName)) {
      return known;
    }
    ClassRef ref = findClass(fullName);
    classesByFullName.put(fullName, ref);
    return ref;
  }

  private ClassRef findClass(String fullName) {
    SourceClass source = classes.get(fullName);
    if (source != null) {
      return new ClassRef(null, source);
    }
    if (!fullName.startsWith(DSL_PACKAGE + ".")
        || fullName.substring(DSL_PACKAGE.length() + 1).contains(".")) {
      return null;
    }
    try {
      Class<?> type = Class.forName(fullName, false, Pg.class.getClassLoader());
      return Modifier.isPublic(type.getModifiers()) ? new ClassRef(type, null) : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private Object evaluate(Expr expr, Scope scope) throws NotInterpretableException {
    if (expr instanceof Literal l) {
      return l.value();
    }
    if (expr instanceof Concat c) {
      Object first = evaluate(c.parts().get(0), scope);
      if (!(first instanceof String)) {
        throw new NotInterpretableException("'+' on something other than a string");
      }
      StringBuilder text = new StringBuilder((String) first);
      for (Expr part : c.parts().subList(1, c.parts().size())) {
        Object value = evaluate(part, scope);
        if (value instanceof LambdaValue || value instanceof ClassRef) {
          throw new NotInterpretableException("'+' on a lambda or class");
        }
        text.append(value);
      }
      return text.toString();
    }
    if (expr instanceof Lambda l) {
      return lambda(l, scope);
    }
    if (expr instanceof Name n) {
      Object value = name(n, scope);
      if (value instanceof ClassRef) {
        throw new NotInterpretableException("a class where a value is needed");
      }
      return value;
    }
    Call call = (Call) expr;
    if (call.target() == null) {
      return invokeStaticImport(call, scope);
    }
    Object target =
        call.target() instanceof Name n ? name(n, scope) : evaluate(call.target(), scope);
    if (target instanceof ClassRef ref) {
      if (ref.dslType() == null) {
        throw new NotInterpretableException("a call to a method of a schema class");
      }
      return invoke(ref.dslType(), null, call, scope);
    }
    if (target == null || target instanceof LambdaValue) {
      throw new NotInterpretableException("a call on null or a lambda");
    }
    if (!target.getClass().getPackageName().equals(DSL_PACKAGE)) {
      throw new NotInterpretableException("a call on a " + target.getClass().getName());
    }
    return invoke(target.getClass(), target, call, scope);
  }

  /** {@code () -> FIELD}: only a reference to a table field is accepted, as foreign keys use it. */
  private Object lambda(Lambda lambda, Scope scope) throws NotInterpretableException {
    if (!(lambda.body() instanceof Name body)) {
      throw new NotInterpretableException("a lambda that is not a field reference");
    }
    FieldTarget target = fieldTarget(body, scope);
    if (target == null || !"Table".equals(simple(target.field().type()))) {
      throw new NotInterpretableException("a lambda that does not name a Table field");
    }
    if (body.parts().size() == 1
        && target.owner() == scope.owner()
        && target.owner().order.get(target.field().name()) >= scope.fieldIndex()) {
      throw new NotInterpretableException("illegal forward reference to " + target.field().name());
    }
    return new LambdaValue(
        () -> {
          try {
            target.owner().initialize();
          } catch (NotInterpretableException e) {
            throw new IllegalStateException(e);
          }
          return target.owner().values.get(target.field().name());
        });
  }

  private static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private record FieldTarget(SourceClass owner, FieldDecl field) {}

  /** The source field a name refers to, or null when it refers to something else. */
  private FieldTarget fieldTarget(Name name, Scope scope) {
    List<String> parts = name.parts();
    if (parts.size() == 1) {
      Integer index = scope.owner().order.get(parts.get(0));
      return index == null
          ? null
          : new FieldTarget(scope.owner(), scope.owner().decl.fields().get(index));
    }
    if (parts.size() == 2) {
      ClassRef ref = resolveClass(parts.get(0), scope.owner().unit);
      if (ref != null && ref.source() != null) {
        Integer index = ref.source().order.get(parts.get(1));
        return index == null
            ? null
            : new FieldTarget(ref.source(), ref.source().decl.fields().get(index));
      }
    }
    return null;
  }

  private Object name(Name name, Scope scope) throws NotInterpretableException {
    List<String> parts = name.parts();
    if (parts.size() == 1) {
      String simpleName = parts.get(0);
      Integer index = scope.owner().order.get(simpleName);
      if (index != null) {
        if (index >= scope.fieldIndex()) {
          throw new NotInterpretableException("illegal forward reference to " + simpleName);
        }
        return scope.owner().values.get(simpleName);
      }
      for (Class<?> type : staticImports(scope.owner(), simpleName)) {
        try {
          return type.getField(simpleName).get(null);
        } catch (ReflectiveOperationException e) {
          // not a field of this class; try the next import
        }
      }
      ClassRef ref = resolveClass(simpleName, scope.owner().unit);
      if (ref != null) {
        return ref;
      }
      throw new NotInterpretableException("unknown name " + simpleName);
    }
    if (parts.size() == 2) {
      ClassRef ref = resolveClass(parts.get(0), scope.owner().unit);
      if (ref == null) {
        throw new NotInterpretableException("unknown class " + parts.get(0));
      }
      if (ref.source() != null) {
        SourceClass owner = ref.source();
        if (!owner.order.containsKey(parts.get(1))) {
          throw new NotInterpretableException("unknown field " + name.parts());
        }
        owner.initialize();
        // A class still being initialized answers null for fields not yet set, as the JVM does.
        return owner.values.get(parts.get(1));
      }
      try {
        return ref.dslType().getField(parts.get(1)).get(null);
      } catch (ReflectiveOperationException e) {
        throw new NotInterpretableException("unknown field " + name.parts());
      }
    }
    throw new NotInterpretableException("qualified name " + String.join(".", parts));
  }

  /**
   * The DSL classes whose static members the file of {@code owner} imports under {@code member}.
   */
  private List<Class<?>> staticImports(SourceClass owner, String member) {
    List<Class<?>> known = owner.staticImports.get(member);
    if (known == null) {
      known = staticImports(owner.unit, member);
      owner.staticImports.put(member, known);
    }
    return known;
  }

  private List<Class<?>> staticImports(Unit unit, String member) {
    List<Class<?>> types = new ArrayList<>();
    for (Import imp : unit.imports()) {
      if (!imp.isStatic()) {
        continue;
      }
      String typeName =
          imp.onDemand() ? imp.name() : imp.name().substring(0, imp.name().lastIndexOf('.'));
      if (!imp.onDemand() && !imp.name().endsWith("." + member)) {
        continue;
      }
      ClassRef ref = classByFullName(typeName);
      if (ref != null && ref.dslType() != null) {
        types.add(ref.dslType());
      }
    }
    return types;
  }

  private Object invokeStaticImport(Call call, Scope scope) throws NotInterpretableException {
    if (scope.owner().order.containsKey(call.name())) {
      throw new NotInterpretableException("a call to a name that is also a field");
    }
    List<Class<?>> withMethod = scope.owner().staticMethodOwners.get(call.name());
    if (withMethod == null) {
      withMethod =
          staticImports(scope.owner(), call.name()).stream()
              .filter(t -> hasMethod(t, call.name()))
              .toList();
      scope.owner().staticMethodOwners.put(call.name(), withMethod);
    }
    if (withMethod.size() != 1) {
      throw new NotInterpretableException("no single statically imported method " + call.name());
    }
    return invoke(withMethod.get(0), null, call, scope);
  }

  private static boolean hasMethod(Class<?> type, String name) {
    for (Method m : OverloadChooser.methods(type)) {
      if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  private Object invoke(Class<?> type, Object receiver, Call call, Scope scope)
      throws NotInterpretableException {
    List<Object> args = new ArrayList<>();
    for (Expr arg : call.args()) {
      Object value = arg instanceof Lambda l ? lambda(l, scope) : evaluate(arg, scope);
      args.add(value);
    }
    Method method = OverloadChooser.choose(type, receiver == null, call.name(), args);
    if (method == null) {
      throw new NotInterpretableException(
          "no single method " + type.getSimpleName() + "." + call.name() + " for these arguments");
    }
    Object[] actual =
        OverloadChooser.arguments(method, args, v -> v instanceof LambdaValue l ? l.supplier() : v);
    try {
      return method.invoke(receiver, actual);
    } catch (InvocationTargetException e) {
      throw new NotInterpretableException("the DSL refused a call: " + e.getCause());
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new NotInterpretableException("cannot call " + method + ": " + e);
    }
  }

  static boolean isLambda(Object value) {
    return value instanceof LambdaValue;
  }

  static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return Array.get(Array.newInstance(type, 1), 0).getClass();
  }
}
