package dev.shale.sql.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The relations a query reads: the names after {@code FROM} and {@code JOIN} in the query and its
 * subqueries, without the names its {@code WITH} clause defines and without set-returning function
 * calls. A {@code FROM} inside a function call's parentheses ({@code extract(year FROM ts)}, {@code
 * substring(s FROM 2)}) is not a FROM clause: only parentheses that open a subquery (their first
 * word is SELECT, WITH, VALUES or TABLE) are looked into.
 */
final class QueryReads {
  private static final Set<String> CLAUSE_END =
      Set.of(
          "where",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "offset",
          "fetch",
          "for",
          "union",
          "intersect",
          "except",
          "join",
          "inner",
          "left",
          "right",
          "full",
          "cross",
          "natural",
          "on",
          "using",
          "with",
          "returning");

  private QueryReads() {}

  static List<QualifiedName> of(List<Token> tokens, int from) {
    Set<String> ctes = new HashSet<>();
    for (int i = from; i + 2 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.QUOTED_IDENT) {
        continue;
      }
      int j = i + 1;
      if (!tokens.get(j).is("as")) {
        continue;
      }
      j++;
      if (j < tokens.size() && tokens.get(j).is("not")) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).is("materialized")) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).isSymbol("(")) {
        ctes.add(Names.identifier(t));
      }
    }
    List<QualifiedName> reads = new ArrayList<>();
    // For each open parenthesis: whether it opens a subquery (whose FROM clauses count).
    List<Boolean> query = new ArrayList<>();
    query.add(true);
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isSymbol("(") || t.isSymbol("[")) {
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        query.add(
            next != null
                && (next.is("select") || next.is("with") || next.is("values") || next.is("table")));
      } else if ((t.isSymbol(")") || t.isSymbol("]")) && query.size() > 1) {
        query.remove(query.size() - 1);
      } else if (query.get(query.size() - 1) && (t.is("from") || t.is("join"))) {
        boolean list = t.is("from");
        int j = i + 1;
        while (j < tokens.size()) {
          j = item(tokens, j, ctes, reads);
          if (!list) {
            break;
          }
          int depth = 0;
          while (j < tokens.size()) {
            Token u = tokens.get(j);
            if (u.isSymbol("(") || u.isSymbol("[")) {
              depth++;
            } else if (u.isSymbol(")") || u.isSymbol("]")) {
              if (depth == 0) {
                break;
              }
              depth--;
            } else if (depth == 0
                && (u.isSymbol(",")
                    || u.kind() == Token.Kind.WORD
                        && CLAUSE_END.contains(u.text().toLowerCase(Locale.ROOT)))) {
              break;
            }
            j++;
          }
          if (j < tokens.size() && tokens.get(j).isSymbol(",")) {
            j++;
          } else {
            break;
          }
        }
      }
    }
    return reads;
  }

  /** Reads one FROM item's relation name at {@code i}, if it is one; returns where it ends. */
  private static int item(List<Token> tokens, int i, Set<String> ctes, List<QualifiedName> out) {
    while (i < tokens.size() && (tokens.get(i).is("only") || tokens.get(i).is("lateral"))) {
      i++;
    }
    List<String> parts = new ArrayList<>();
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.QUOTED_IDENT) {
        break;
      }
      parts.add(Names.identifier(t));
      i++;
      if (i < tokens.size() && tokens.get(i).isSymbol(".")) {
        i++;
      } else {
        break;
      }
    }
    if (parts.isEmpty() || i < tokens.size() && tokens.get(i).isSymbol("(")) {
      return i;
    }
    QualifiedName name =
        parts.size() == 1
            ? QualifiedName.of(parts.get(0))
            : new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    if (!(name.schema() == null && ctes.contains(name.name())) && !out.contains(name)) {
      out.add(name);
    }
    return i;
  }
}
