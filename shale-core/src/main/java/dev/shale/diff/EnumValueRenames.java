package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.ColumnWords;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Follows {@code ALTER TYPE … RENAME VALUE} into the text of expressions, as the server does: it
 * stores an enum literal as the value, and prints the new label after the rename. A literal is
 * taken to be the enum's only where that is certain from the text: cast to the type ({@code
 * 'enterprise'::plan}), or in an expression whose columns are of that enum and of types no string
 * literal could be compared with (no text-like column, no other enum with the same label). Where it
 * is not certain the text stays, and the object is rebuilt: a needless rebuild, never a missed one.
 */
final class EnumValueRenames {
  private static final Set<String> STRING_LIKE =
      Set.of("text", "character varying", "character", "name", "citext", "bpchar", "varchar");

  private final QualifiedName type;
  private final String oldLiteral;
  private final String newLiteral;
  private final List<EnumType> enums;
  private final String from;

  EnumValueRenames(SchemaModel model, QualifiedName type, String from, String to) {
    this.type = type;
    this.from = from;
    this.oldLiteral = literal(from);
    this.newLiteral = literal(to);
    this.enums = model.enums();
  }

  /**
   * {@code expression} of {@code table} with the value's literal renamed where it is the enum's.
   */
  String inTable(Table table, String expression) {
    return rename(expression, columnTypes(List.of(table)));
  }

  /** A view's query, with the tables it reads looked up in {@code model}. */
  String inView(SchemaModel model, String query) {
    if (query == null) {
      return null;
    }
    Set<String> words =
        ColumnWords.of(query).stream()
            .map(ColumnWords.Word::name)
            .collect(java.util.stream.Collectors.toSet());
    List<Table> read =
        model.tables().stream().filter(t -> words.contains(t.name().name())).toList();
    return rename(query, columnTypes(read));
  }

  private String rename(String expression, Map<String, Column> columns) {
    if (expression == null || !expression.contains(oldLiteral)) {
      return expression;
    }
    boolean certain = true;
    boolean enumColumn = false;
    for (ColumnWords.Word word : ColumnWords.of(expression)) {
      if (word.beforeDot() || !columns.containsKey(word.name())) {
        continue;
      }
      Column column = columns.get(word.name());
      if (column == null) {
        certain = false; // columns of that name differ in type between the tables read
        continue;
      }
      if (type.equals(column.type().userType())) {
        enumColumn = true;
      } else if (STRING_LIKE.contains(baseName(column)) || sharesLabel(column)) {
        certain = false;
      }
    }
    boolean everyLiteral = certain && enumColumn;
    StringBuilder out = new StringBuilder();
    int i = 0;
    int copied = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\'') {
        int end = ColumnWords.endOfQuoted(expression, i, '\'');
        boolean ours =
            expression.substring(i, end).equals(oldLiteral)
                && (everyLiteral || castToType(expression, end));
        if (ours) {
          out.append(expression, copied, i).append(newLiteral);
          copied = end;
        }
        i = end;
      } else if (c == '"') {
        i = ColumnWords.endOfQuoted(expression, i, '"');
      } else {
        i++;
      }
    }
    return out.append(expression.substring(copied)).toString();
  }

  /** Whether the literal that ends at {@code end} is cast to the enum: {@code ::plan}. */
  private boolean castToType(String expression, int end) {
    String rest = expression.substring(end).stripLeading();
    if (!rest.startsWith("::")) {
      return false;
    }
    String name = rest.substring(2).stripLeading().split("[^A-Za-z0-9_.\"$]", 2)[0];
    String bare = name.replace("\"", "");
    String lower = bare.toLowerCase(Locale.ROOT);
    return lower.equals(type.schema() + "." + type.name())
        || type.schema().equals("public") && lower.equals(type.name())
        || bare.equals(type.name());
  }

  private boolean sharesLabel(Column column) {
    QualifiedName other = column.type().userType();
    return other != null
        && !other.equals(type)
        && enums.stream().anyMatch(e -> e.name().equals(other) && e.values().contains(from));
  }

  private static String baseName(Column column) {
    String name = column.type().name();
    int paren = name.indexOf('(');
    return paren < 0 ? name : name.substring(0, paren);
  }

  /** The columns of {@code tables} by name; null for a name whose columns differ in type. */
  private static Map<String, Column> columnTypes(List<Table> tables) {
    Map<String, Column> columns = new HashMap<>();
    for (Table table : tables) {
      for (Column column : table.columns()) {
        if (columns.containsKey(column.name())) {
          Column seen = columns.get(column.name());
          if (seen != null && !seen.type().equals(column.type())) {
            columns.put(column.name(), null);
          }
        } else {
          columns.put(column.name(), column);
        }
      }
    }
    return columns;
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
