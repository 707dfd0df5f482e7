package dev.shale.loader;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Picks the method the compiler would pick for a call, from the arguments' types: fixed arity
 * first, then varargs; the most specific of several; none when still ambiguous.
 */
final class OverloadChooser {
  private static final Map<Class<?>, Set<Class<?>>> WIDENING =
      Map.of(
          Integer.class, Set.of(int.class, long.class, float.class, double.class),
          Long.class, Set.of(long.class, float.class, double.class),
          Float.class, Set.of(float.class, double.class),
          Double.class, Set.of(double.class),
          Boolean.class, Set.of(boolean.class),
          Character.class, Set.of(char.class, int.class, long.class, float.class, double.class));

  /** Public methods per class: getMethods() copies its array on every call. */
  private static final ClassValue<Method[]> METHODS =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          return type.getMethods();
        }
      };

  /**
   * The method chosen per call shape. Whether a method applies depends only on each argument's
   * class (or its being null or a lambda), so calls of the same shape choose the same method; a
   * schema makes thousands of calls of a few dozen shapes.
   */
  private static final Map<CallShape, Optional<Method>> CHOSEN = new ConcurrentHashMap<>();

  /** A call: where, static or not, which name, and the class of each argument (Void for null). */
  private record CallShape(Class<?> type, boolean isStatic, String name, Class<?>[] arguments) {
    @Override
    public boolean equals(Object o) {
      return o instanceof CallShape other
          && type == other.type
          && isStatic == other.isStatic
          && name.equals(other.name)
          && Arrays.equals(arguments, other.arguments);
    }

    @Override
    public int hashCode() {
      return (type.hashCode() * 31 + name.hashCode()) * 31 + Arrays.hashCode(arguments);
    }
  }

  private OverloadChooser() {}

  static Method[] methods(Class<?> type) {
    return METHODS.get(type);
  }

  static Method choose(Class<?> type, boolean isStatic, String name, List<Object> args) {
    Class<?>[] kinds = new Class<?>[args.size()];
    for (int i = 0; i < kinds.length; i++) {
      Object arg = args.get(i);
      kinds[i] = arg == null ? Void.class : arg.getClass();
    }
    CallShape shape = new CallShape(type, isStatic, name, kinds);
    Optional<Method> chosen = CHOSEN.get(shape);
    if (chosen == null) {
      chosen = Optional.ofNullable(chooseAmongAll(type, isStatic, name, args));
      CHOSEN.put(shape, chosen);
    }
    return chosen.orElse(null);
  }

  private static Method chooseAmongAll(
      Class<?> type, boolean isStatic, String name, List<Object> args) {
    List<Method> fixed = new ArrayList<>();
    List<Method> varargs = new ArrayList<>();
    for (Method m : METHODS.get(type)) {
      if (!m.getName().equals(name)
          || Modifier.isStatic(m.getModifiers()) != isStatic
          || !Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
        continue;
      }
      Class<?>[] params = m.getParameterTypes();
      if (params.length == args.size() && allApplicable(params, args, 0, params.length, null)) {
        fixed.add(m);
      } else if (m.isVarArgs() && args.size() >= params.length - 1) {
        Class<?> component = params[params.length - 1].getComponentType();
        if (!component.isPrimitive()
            && allApplicable(params, args, 0, params.length - 1, null)
            && allApplicable(params, args, params.length - 1, args.size(), component)) {
          varargs.add(m);
        }
      }
    }
    List<Method> candidates = fixed.isEmpty() ? varargs : fixed;
    return mostSpecific(candidates);
  }

  private static boolean allApplicable(
      Class<?>[] params, List<Object> args, int from, int to, Class<?> varargType) {
    for (int i = from; i < to; i++) {
      if (!applicable(varargType != null ? varargType : params[i], args.get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean applicable(Class<?> param, Object value) {
    if (DslInterpreter.isLambda(value)) {
      return param == Supplier.class;
    }
    if (value == null) {
      return !param.isPrimitive();
    }
    if (param.isPrimitive()) {
      return WIDENING.getOrDefault(value.getClass(), Set.of()).contains(param);
    }
    return param.isInstance(value);
  }

  private static Method mostSpecific(List<Method> candidates) {
    if (candidates.size() <= 1) {
      return candidates.isEmpty() ? null : candidates.get(0);
    }
    for (Method m : candidates) {
      boolean best = true;
      for (Method other : candidates) {
        if (other != m && !moreSpecific(m, other)) {
          best = false;
          break;
        }
      }
      if (best) {
        return m;
      }
    }
    return null;
  }

  private static boolean moreSpecific(Method a, Method b) {
    Class<?>[] pa = a.getParameterTypes();
    Class<?>[] pb = b.getParameterTypes();
    if (pa.length != pb.length) {
      return false;
    }
    for (int i = 0; i < pa.length; i++) {
      if (!DslInterpreter.box(pb[i]).isAssignableFrom(DslInterpreter.box(pa[i]))) {
        return false;
      }
    }
    return true;
  }

  /** The argument array for {@code method}, with trailing varargs packed into an array. */
  static Object[] arguments(Method method, List<Object> args, Function<Object, Object> convert) {
    Class<?>[] params = method.getParameterTypes();
    boolean packed =
        method.isVarArgs()
            && !(params.length == args.size()
                && (args.get(args.size() - 1) == null
                    || params[params.length - 1].isInstance(args.get(args.size() - 1))));
    if (!packed) {
      Object[] actual = new Object[args.size()];
      for (int i = 0; i < actual.length; i++) {
        actual[i] = convert.apply(args.get(i));
      }
      return actual;
    }
    Object[] actual = new Object[params.length];
    for (int i = 0; i < params.length - 1; i++) {
      actual[i] = convert.apply(args.get(i));
    }
    Class<?> component = params[params.length - 1].getComponentType();
    Object rest = Array.newInstance(component, args.size() - params.length + 1);
    for (int i = params.length - 1; i < args.size(); i++) {
      Array.set(rest, i - params.length + 1, convert.apply(args.get(i)));
    }
    actual[params.length - 1] = rest;
    return actual;
  }
}
