package dev.shale.diff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's answers to "renamed or created?": from {@code --rename KIND:FROM=TO} and {@code
 * --create KIND:NAME} flags, or from the interactive prompt.
 */
public record RenameAnswers(Map<ObjectRef, ObjectRef> renames, Set<ObjectRef> creates) {
  public static final RenameAnswers NONE = new RenameAnswers(Map.of(), Set.of());

  public RenameAnswers {
    renames = Map.copyOf(renames);
    creates = Set.copyOf(creates);
  }

  /** Parses flag values; a malformed one is an IllegalArgumentException naming it. */
  public static RenameAnswers parse(List<String> renameFlags, List<String> createFlags) {
    Map<ObjectRef, ObjectRef> renames = new HashMap<>();
    for (String flag : renameFlags) {
      int colon = flag.indexOf(':');
      int equals = flag.indexOf('=');
      if (colon < 0 || equals < colon) {
        throw new IllegalArgumentException(
            "--rename "
                + flag
                + ": write KIND:FROM=TO, e.g. column:users.avatar_url=users.photo_url");
      }
      ObjectKind kind = ObjectKind.parse(flag.substring(0, colon));
      ObjectRef from = ObjectRef.parse(kind, flag.substring(colon + 1, equals));
      String toText = flag.substring(equals + 1);
      ObjectRef to =
          kind == ObjectKind.ENUM_VALUE
              ? enumValue(from, toText)
              : toText.contains(".") || kind == ObjectKind.SCHEMA
                  ? ObjectRef.parse(kind, toText)
                  : sibling(from, toText);
      renames.put(from, to);
    }
    Set<ObjectRef> creates = new HashSet<>();
    for (String flag : createFlags) {
      int colon = flag.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "--create " + flag + ": write KIND:NAME, e.g. column:users.photo_url");
      }
      ObjectKind kind = ObjectKind.parse(flag.substring(0, colon));
      creates.add(ObjectRef.parse(kind, flag.substring(colon + 1)));
    }
    for (ObjectRef created : creates) {
      if (renames.containsValue(created)) {
        throw new IllegalArgumentException(
            "--create "
                + created.kind().flagName()
                + ":"
                + created.display()
                + " and a --rename to it contradict each other: keep one");
      }
    }
    return new RenameAnswers(renames, creates);
  }

  /**
   * The new value of an enum-value rename: the text after {@code =} is the value itself, with or
   * without the enum (and schema) in front.
   */
  private static ObjectRef enumValue(ObjectRef from, String text) {
    String type = from.key().substring(0, from.key().length() - from.name().length());
    String shortType = type.startsWith("public.") ? type.substring("public.".length()) : type;
    String value =
        text.startsWith(type)
            ? text.substring(type.length())
            : text.startsWith(shortType) ? text.substring(shortType.length()) : text;
    return new ObjectRef(ObjectKind.ENUM_VALUE, type + value);
  }

  private static ObjectRef sibling(ObjectRef of, String name) {
    String key = of.key();
    int dot = key.lastIndexOf('.');
    return new ObjectRef(of.kind(), (dot < 0 ? "" : key.substring(0, dot + 1)) + name);
  }

  /** The object {@code added} was renamed from, if the user said so. */
  public Optional<ObjectRef> renamedFrom(ObjectRef added) {
    return renames.entrySet().stream()
        .filter(e -> e.getValue().equals(added))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  public boolean isCreated(ObjectRef added) {
    return creates.contains(added);
  }

  public RenameAnswers plus(RenameAnswers more) {
    Map<ObjectRef, ObjectRef> r = new HashMap<>(renames);
    r.putAll(more.renames);
    Set<ObjectRef> c = new HashSet<>(creates);
    c.addAll(more.creates);
    return new RenameAnswers(r, c);
  }
}
