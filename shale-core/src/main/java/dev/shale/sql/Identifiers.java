package dev.shale.sql;

import dev.shale.model.QualifiedName;
import java.util.Set;

/** Identifier quoting as PostgreSQL's quote_ident does it: only where needed. */
public final class Identifiers {
  /** Keywords that cannot stand as a bare column or table name (reserved and non-unreserved). */
  private static final Set<String> KEYWORDS =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "column",
          "constraint",
          "create",
          "current_catalog",
          "current_date",
          "current_role",
          "current_time",
          "current_timestamp",
          "current_user",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "fetch",
          "for",
          "foreign",
          "from",
          "grant",
          "group",
          "having",
          "in",
          "initially",
          "intersect",
          "into",
          "lateral",
          "leading",
          "limit",
          "localtime",
          "localtimestamp",
          "not",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "placing",
          "primary",
          "references",
          "returning",
          "select",
          "session_user",
          "some",
          "symmetric",
          "system_user",
          "table",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "variadic",
          "when",
          "where",
          "window",
          "with",
          "authorization",
          "binary",
          "collation",
          "concurrently",
          "cross",
          "current_schema",
          "freeze",
          "full",
          "ilike",
          "inner",
          "is",
          "isnull",
          "join",
          "left",
          "like",
          "natural",
          "notnull",
          "outer",
          "overlaps",
          "right",
          "similar",
          "tablesample",
          "verbose",
          "between",
          "bigint",
          "bit",
          "boolean",
          "char",
          "character",
          "coalesce",
          "dec",
          "decimal",
          "exists",
          "extract",
          "float",
          "greatest",
          "grouping",
          "inout",
          "int",
          "integer",
          "interval",
          "json",
          "json_array",
          "json_arrayagg",
          "json_exists",
          "json_object",
          "json_objectagg",
          "json_query",
          "json_scalar",
          "json_serialize",
          "json_table",
          "json_value",
          "least",
          "merge_action",
          "national",
          "nchar",
          "none",
          "normalize",
          "nullif",
          "numeric",
          "out",
          "overlay",
          "position",
          "precision",
          "real",
          "row",
          "setof",
          "smallint",
          "substring",
          "time",
          "timestamp",
          "treat",
          "trim",
          "values",
          "varchar",
          "xmlattributes",
          "xmlconcat",
          "xmlelement",
          "xmlexists",
          "xmlforest",
          "xmlnamespaces",
          "xmlparse",
          "xmlpi",
          "xmlroot",
          "xmlserialize",
          "xmltable");

  /**
   * Names that a bare reference takes from pg_catalog, which the search path always reads first:
   * its types (those of PostgreSQL 14 to 18; catalog row types start with pg_ and array types with
   * an underscore) and the grammar's type keywords ({@code integer} is int4 whatever public holds).
   * An object of public with one of these names is written {@code public.name}.
   */
  private static final Set<String> CATALOG_NAMES =
      Set.of(
          "aclitem",
          "any",
          "anyarray",
          "anycompatible",
          "anycompatiblearray",
          "anycompatiblemultirange",
          "anycompatiblenonarray",
          "anycompatiblerange",
          "anyelement",
          "anyenum",
          "anymultirange",
          "anynonarray",
          "anyrange",
          "bigint",
          "bit",
          "bool",
          "boolean",
          "box",
          "bpchar",
          "bytea",
          "char",
          "character",
          "cid",
          "cidr",
          "circle",
          "cstring",
          "date",
          "datemultirange",
          "daterange",
          "dec",
          "decimal",
          "double",
          "event_trigger",
          "fdw_handler",
          "float",
          "float4",
          "float8",
          "gtsvector",
          "index_am_handler",
          "inet",
          "int",
          "int2",
          "int2vector",
          "int4",
          "int4multirange",
          "int4range",
          "int8",
          "int8multirange",
          "int8range",
          "integer",
          "internal",
          "interval",
          "json",
          "jsonb",
          "jsonpath",
          "language_handler",
          "line",
          "lseg",
          "macaddr",
          "macaddr8",
          "money",
          "name",
          "national",
          "nchar",
          "numeric",
          "nummultirange",
          "numrange",
          "oid",
          "oidvector",
          "path",
          "point",
          "polygon",
          "real",
          "record",
          "refcursor",
          "regclass",
          "regcollation",
          "regconfig",
          "regdictionary",
          "regnamespace",
          "regoper",
          "regoperator",
          "regproc",
          "regprocedure",
          "regrole",
          "regtype",
          "setof",
          "smallint",
          "table_am_handler",
          "text",
          "tid",
          "time",
          "timestamp",
          "timestamptz",
          "timetz",
          "trigger",
          "tsm_handler",
          "tsmultirange",
          "tsquery",
          "tsrange",
          "tstzmultirange",
          "tstzrange",
          "tsvector",
          "txid_snapshot",
          "unknown",
          "uuid",
          "varbit",
          "varchar",
          "varying",
          "void",
          "xid",
          "xid8",
          "xml");

  private Identifiers() {}

  public static String quote(String identifier) {
    if (isPlain(identifier) && !KEYWORDS.contains(identifier)) {
      return identifier;
    }
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The name an identifier as written in SQL means: quotes removed, or folded to lower case. */
  public static String unquote(String written) {
    if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
      return written.substring(1, written.length() - 1).replace("\"\"", "\"");
    }
    return written.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether {@code identifier} matches {@code [a-z_][a-z0-9_$]*}: a loop, as it is asked for every
   * name in every statement.
   */
  private static boolean isPlain(String identifier) {
    if (identifier.isEmpty()) {
      return false;
    }
    char first = identifier.charAt(0);
    if (!((first >= 'a' && first <= 'z') || first == '_')) {
      return false;
    }
    for (int i = 1; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A qualified name; objects in public are written unqualified, as hand-written SQL would, unless
   * pg_catalog has an object of that name that an unqualified one would name instead.
   */
  public static String qualified(QualifiedName name) {
    return qualified(name.schema(), name.name());
  }

  public static String qualified(String schema, String name) {
    return "public".equals(schema) && !shadowedByCatalog(name)
        ? quote(name)
        : quote(schema) + "." + quote(name);
  }

  /**
   * Whether an unqualified {@code name} could mean an object of pg_catalog: {@code line} is the
   * built-in geometric type even where public has a composite type named line.
   */
  public static boolean shadowedByCatalog(String name) {
    return CATALOG_NAMES.contains(name)
        || name.startsWith("pg_")
        || (name.startsWith("_") && shadowedByCatalog(name.substring(1)));
  }

  /** An SQL string literal. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
