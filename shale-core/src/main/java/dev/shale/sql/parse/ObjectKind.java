package dev.shale.sql.parse;

import java.util.Locale;

/** The kinds of objects that DROP, RENAME, SET SCHEMA and COMMENT ON name. */
public enum ObjectKind {
  ACCESS_METHOD,
  AGGREGATE,
  CAST,
  COLLATION,
  COLUMN,
  CONSTRAINT,
  CONVERSION,
  DATABASE,
  DOMAIN,
  EVENT_TRIGGER,
  EXTENSION,
  FOREIGN_DATA_WRAPPER,
  FOREIGN_TABLE,
  FUNCTION,
  GROUP,
  INDEX,
  LANGUAGE,
  MATERIALIZED_VIEW,
  OPERATOR,
  OPERATOR_CLASS,
  OPERATOR_FAMILY,
  OWNED,
  POLICY,
  PROCEDURE,
  PUBLICATION,
  ROLE,
  ROUTINE,
  RULE,
  SCHEMA,
  SEQUENCE,
  SERVER,
  STATISTICS,
  SUBSCRIPTION,
  TABLE,
  TABLESPACE,
  TEXT_SEARCH_CONFIGURATION,
  TEXT_SEARCH_DICTIONARY,
  TEXT_SEARCH_PARSER,
  TEXT_SEARCH_TEMPLATE,
  TRANSFORM,
  TRIGGER,
  TYPE,
  USER,
  USER_MAPPING,
  VIEW;

  /** The kind's keywords as SQL writes them, e.g. {@code MATERIALIZED VIEW}. */
  public String keywords() {
    return name().replace('_', ' ');
  }

  /** Number of words of {@link #keywords()}. */
  int words() {
    return keywords().split(" ").length;
  }

  /** The kind whose keywords are {@code words} (upper or lower case), or null. */
  static ObjectKind of(String words) {
    String key = words.toUpperCase(Locale.ROOT).replace(' ', '_');
    for (ObjectKind k : values()) {
      if (k.name().equals(key)) {
        return k;
      }
    }
    return null;
  }
}
