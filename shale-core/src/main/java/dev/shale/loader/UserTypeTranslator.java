package dev.shale.loader;

import dev.shale.loader.DeclaredObjects.Declared;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ColumnType;
import dev.shale.model.CompositeField;
import dev.shale.model.CompositeType;
import dev.shale.model.Domain;
import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.model.TypeNames;
import dev.shale.schema.DataType;
import dev.shale.schema.PgComposite;
import dev.shale.schema.PgDomain;
import dev.shale.schema.PgEnum;
import dev.shale.schema.UserType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Declared domains and composite types → model, with the problems PostgreSQL would report (or
 * worse, accept and surprise with): a type used but not declared, a name declared twice, a check
 * that never reads {@code VALUE}, a composite with no fields or a field twice, composites that
 * contain each other.
 */
final class UserTypeTranslator {
  /** {@code VALUE} as a word outside quoted text and identifiers. */
  private static final Pattern VALUE_WORD = Pattern.compile("(?i)(?<![\\w$.])value(?![\\w$])");

  /** Built-in types that take no COLLATE (text types and unknown custom types do). */
  private static final Pattern NOT_COLLATABLE =
      Pattern.compile(
          "(smallint|integer|bigint|smallserial|serial|bigserial|numeric|real|double precision"
              + "|boolean|date|time|timestamp|interval|uuid|jsonb?|bytea|inet|cidr|macaddr"
              + "|money|bit|tsvector|tsquery|point|oid)\\b");

  /** What collate(...) applies to, for the messages that refuse it elsewhere. */
  static final String COLLATABLE_TYPES =
      "collate(...) applies to text types (text, varchar, char, citext, domains over them)";

  private final Map<QualifiedName, EnumType> enums;
  private final List<String> problems;
  private final Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
  private final Map<QualifiedName, CompositeType> composites = new LinkedHashMap<>();
  private final Set<QualifiedName> declaredDomains = new HashSet<>();
  private final Set<QualifiedName> declaredComposites = new HashSet<>();

  UserTypeTranslator(Map<QualifiedName, EnumType> enums, List<String> problems) {
    this.enums = enums;
    this.problems = problems;
  }

  List<Domain> domains() {
    return List.copyOf(domains.values());
  }

  List<CompositeType> composites() {
    return List.copyOf(composites.values());
  }

  void translate(DeclaredObjects declared, Set<String> schemas) {
    Map<QualifiedName, String> origins = new HashMap<>();
    for (Declared<PgDomain> d : declared.domains()) {
      declaredDomains.add(name(d.object()));
    }
    for (Declared<PgComposite> c : declared.composites()) {
      declaredComposites.add(name(c.object()));
    }
    for (Declared<PgDomain> each : declared.domains()) {
      PgDomain d = each.object();
      QualifiedName name = name(d);
      String what = "domain " + name + " (" + each.origin() + ")";
      if (!claim(name, "domain", each.origin(), origins)) {
        continue;
      }
      checkName(what, d.name());
      schemas.add(d.schema());
      ColumnType base = columnType(d.baseType(), what + ": its base type");
      if (base.isUserDefined() && base.userType().equals(name)) {
        problems.add(what + " is its own base type");
      }
      List<CheckConstraint> checks = new ArrayList<>();
      Set<String> checkNames = new HashSet<>();
      for (PgDomain.Check c : d.checks()) {
        String expression = c.expression().strip();
        checkName(what + ": check " + c.name(), c.name());
        if (!checkNames.add(c.name())) {
          problems.add(what + " declares check " + c.name() + " twice");
        } else if (expression.isEmpty()) {
          problems.add(what + ": check " + c.name() + " has an empty expression");
        } else if (!VALUE_WORD.matcher(withoutQuoted(expression)).find()) {
          problems.add(
              what
                  + ": check "
                  + c.name()
                  + " ("
                  + expression
                  + ") never reads VALUE, the value being checked: write VALUE >= 0, not a column"
                  + " name");
        } else {
          checks.add(new CheckConstraint(c.name(), upperValue(expression)));
        }
      }
      String defaultSql = d.defaultExpression() == null ? null : d.defaultExpression().strip();
      if (defaultSql != null && defaultSql.isEmpty()) {
        problems.add(what + " has an empty default expression");
      }
      String collation = d.collation() == null ? null : d.collation().strip();
      if (collation != null && collation.isEmpty()) {
        problems.add(what + " has an empty collation");
      }
      domains.put(name, new Domain(name, base, defaultSql, d.isNotNull(), collation, checks));
      collated.put(name, what);
    }
    for (Declared<PgComposite> each : declared.composites()) {
      PgComposite c = each.object();
      QualifiedName name = name(c);
      String what = "composite type " + name + " (" + each.origin() + ")";
      if (!claim(name, "composite type", each.origin(), origins)) {
        continue;
      }
      checkName(what, c.name());
      schemas.add(c.schema());
      if (c.fields().isEmpty()) {
        problems.add(what + " has no fields: add them with field(name, type)");
      }
      List<CompositeField> fields = new ArrayList<>();
      Set<String> fieldNames = new HashSet<>();
      for (PgComposite.Field f : c.fields()) {
        checkName(what + ": field " + f.name(), f.name());
        if (!fieldNames.add(f.name())) {
          problems.add(what + " declares field " + f.name() + " twice");
          continue;
        }
        ColumnType type = columnType(f.type(), what + ": field " + f.name());
        fields.add(new CompositeField(f.name(), type));
      }
      composites.put(name, new CompositeType(name, fields));
    }
    reportCycles();
    checkDomainCollations();
  }

  /** Per domain with a collation of its own, the words that name it in a problem. */
  private final Map<QualifiedName, String> collated = new LinkedHashMap<>();

  /**
   * A domain's collation needs a base type that has one; a collation equal to the one its base type
   * gives already is none of its own (the catalog keeps it as inherited, so introspection reads
   * none).
   */
  private void checkDomainCollations() {
    collated.forEach(
        (name, what) -> {
          Domain d = domains.get(name);
          if (d.collation() == null) {
            return;
          }
          String base = withoutCollation(d.baseType());
          if (base != null) {
            problems.add(
                what
                    + " has collate(\""
                    + d.collation()
                    + "\") over "
                    + base
                    + ", which has no collation: "
                    + COLLATABLE_TYPES);
          } else if (d.collation().equals(collationOf(d.baseType()))) {
            domains.put(
                name,
                new Domain(
                    name, d.baseType(), d.defaultExpression(), d.notNull(), null, d.checks()));
          }
        });
  }

  /**
   * {@code type} in words when a value of it has no collation ({@code integer}, {@code public.qty,
   * a domain over integer}, {@code public.pair, a composite type}), or null when it has one.
   */
  String withoutCollation(ColumnType type) {
    return withoutCollation(type, new HashSet<>());
  }

  private String withoutCollation(ColumnType type, Set<QualifiedName> seen) {
    if (!type.isUserDefined()) {
      return NOT_COLLATABLE.matcher(type.name()).lookingAt() ? type.toString() : null;
    }
    QualifiedName name = type.userType();
    if (enums.containsKey(name)) {
      return type + ", an enum";
    }
    if (declaredComposites.contains(name)) {
      return type + ", a composite type";
    }
    Domain d = domains.get(name);
    if (d == null || !seen.add(name)) {
      return null;
    }
    String base = withoutCollation(d.baseType(), seen);
    return base == null ? null : type + ", a domain over " + base;
  }

  /**
   * The collation a value of {@code type} has without a COLLATE of its own: a domain's (its own or
   * its base domain's), {@code "default"} for a built-in type.
   */
  String collationOf(ColumnType type) {
    Set<QualifiedName> seen = new HashSet<>();
    while (type.isUserDefined()
        && domains.containsKey(type.userType())
        && seen.add(type.userType())) {
      Domain d = domains.get(type.userType());
      if (d.collation() != null) {
        return d.collation();
      }
      type = d.baseType();
    }
    return "default";
  }

  private boolean claim(
      QualifiedName name, String kind, String origin, Map<QualifiedName, String> origins) {
    String earlier = origins.putIfAbsent(name, kind);
    if (earlier == null) {
      if (enums.containsKey(name)) {
        problems.add(
            kind + " " + name + " (" + origin + ") takes the name of an enum: types share names");
        return false;
      }
      return true;
    }
    problems.add(
        kind
            + " "
            + name
            + " is declared twice (again by "
            + origin
            + (earlier.equals(kind) ? ")" : ", already a " + earlier + "): types share names"));
    return false;
  }

  /** Composites (and domains over them) that contain themselves: PostgreSQL refuses them. */
  private void reportCycles() {
    Set<QualifiedName> reported = new HashSet<>();
    for (QualifiedName start : composites.keySet()) {
      List<QualifiedName> path = new ArrayList<>();
      if (cycle(start, start, path, new HashSet<>()) && reported.add(start)) {
        path.add(0, start);
        reported.addAll(path);
        problems.add(
            "composite type "
                + start
                + " contains itself: "
                + String.join(" → ", path.stream().map(QualifiedName::toString).toList())
                + "; PostgreSQL refuses a composite that contains itself");
      }
    }
  }

  private boolean cycle(
      QualifiedName start, QualifiedName at, List<QualifiedName> path, Set<QualifiedName> seen) {
    for (QualifiedName used : uses(at)) {
      path.add(used);
      if (used.equals(start)) {
        return true;
      }
      if (seen.add(used) && cycle(start, used, path, seen)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  private List<QualifiedName> uses(QualifiedName type) {
    List<QualifiedName> used = new ArrayList<>();
    CompositeType c = composites.get(type);
    if (c != null) {
      c.fields().stream()
          .map(CompositeField::type)
          .filter(ColumnType::isUserDefined)
          .forEach(t -> used.add(t.userType()));
    }
    Domain d = domains.get(type);
    if (d != null && d.baseType().isUserDefined()) {
      used.add(d.baseType().userType());
    }
    return used;
  }

  /** {@code type} in the model: a user type must be declared; a built-in name in canonical form. */
  ColumnType columnType(DataType type, String what) {
    if (type == null) {
      problems.add(what + " is missing");
      return ColumnType.builtin("text");
    }
    UserType user = type.userType();
    if (user != null) {
      QualifiedName name = name(user);
      boolean declared =
          user instanceof PgEnum
              ? enums.containsKey(name)
              : user instanceof PgDomain
                  ? declaredDomains.contains(name)
                  : declaredComposites.contains(name);
      if (!declared) {
        problems.add(
            what
                + " uses "
                + user
                + ", which is not declared as a public static field of the schema classes");
      }
      return new ColumnType(name.schema(), name.name(), type.arrayDimensions());
    }
    String canonical = TypeNames.canonical(type.sqlName());
    if (canonical.isEmpty()) {
      problems.add(what + " has an empty type name");
    } else if (canonical.endsWith("serial")) {
      problems.add(what + ": " + canonical + " is a column shorthand, not a type");
    }
    String modifierProblem = TypeNames.modifierProblem(canonical);
    if (modifierProblem != null) {
      problems.add(what + ": " + modifierProblem);
    }
    return new ColumnType(null, canonical, type.arrayDimensions());
  }

  /** Tables and views have a row type of their own name: a domain or composite may not take it. */
  void reportClashes(List<dev.shale.model.Table> tables, List<dev.shale.model.View> views) {
    Set<QualifiedName> relations = new HashSet<>();
    tables.forEach(t -> relations.add(t.name()));
    views.forEach(v -> relations.add(v.name()));
    for (QualifiedName name : relations) {
      if (domains.containsKey(name) || composites.containsKey(name)) {
        problems.add(
            (domains.containsKey(name) ? "domain " : "composite type ")
                + name
                + " takes the name of a table or view, whose row type has that name already");
      }
    }
  }

  /** Whether {@code name} is a declared domain or composite type. */
  boolean declares(QualifiedName name) {
    return declaredDomains.contains(name) || declaredComposites.contains(name);
  }

  private static QualifiedName name(UserType type) {
    return new QualifiedName(type.schema(), type.name());
  }

  private void checkName(String what, String name) {
    String problem = Identifiers.problem(name);
    if (problem != null) {
      problems.add(what + ": " + problem);
    }
  }

  /**
   * {@code value} written in any case as the server prints it, {@code VALUE}, outside quoted text
   * and identifiers: so that a declared check equals the introspected one.
   */
  static String upperValue(String sql) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = sql.indexOf(c, i + 1);
        while (end >= 0 && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
          end = sql.indexOf(c, end + 2);
        }
        end = end < 0 ? sql.length() : end + 1;
        out.append(sql, i, end);
        i = end;
        continue;
      }
      int next = i;
      while (next < sql.length() && sql.charAt(next) != '\'' && sql.charAt(next) != '"') {
        next++;
      }
      out.append(VALUE_WORD.matcher(sql.substring(i, next)).replaceAll("VALUE"));
      i = next;
    }
    return out.toString();
  }

  /**
   * {@code sql} with quoted strings and identifiers blanked, so that words in them do not count.
   */
  private static String withoutQuoted(String sql) {
    return sql.replaceAll("'(?:[^']|'')*'", "''").replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
  }
}
