package dev.shale.codegen;

import static dev.shale.codegen.Code.atom;
import static dev.shale.codegen.Code.call;
import static dev.shale.codegen.Code.chain;

import dev.shale.model.IndexElement;
import dev.shale.model.PartitionBound;
import dev.shale.model.PartitionKey;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A partition key ({@code .partitionByRange("logdate")}) and bound as DSL code. */
final class PartitionCode {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

  private PartitionCode() {}

  static Code key(Code table, PartitionKey key) {
    String strategy = key.strategy().name();
    String method =
        "partitionBy" + strategy.charAt(0) + strategy.substring(1).toLowerCase(Locale.ROOT);
    boolean plain =
        key.elements().stream().allMatch(e -> e.column() != null && e.opclass() == null);
    List<Code> args =
        key.elements().stream().map(e -> plain ? str(e.column()) : DslWriter.key(bare(e))).toList();
    return chain(table, method, args.toArray(Code[]::new));
  }

  private static IndexElement bare(IndexElement e) {
    return new IndexElement(e.column(), e.expression(), e.opclass(), null, null);
  }

  static Code bound(PartitionBound bound) {
    return switch (bound.kind()) {
      case DEFAULT -> call("defaultPartition");
      case HASH ->
          call(
              "valuesWith",
              atom(Integer.toString(bound.modulus())),
              atom(Integer.toString(bound.remainder())));
      case LIST -> call("valuesIn", values(bound.in()));
      case RANGE -> chain(call("valuesFrom", values(bound.from())), "to", values(bound.to()));
    };
  }

  private static Code[] values(List<String> values) {
    return values.stream().map(PartitionCode::value).toArray(Code[]::new);
  }

  private static Code value(String sql) {
    if (sql.equals("NULL")) {
      return atom("null");
    }
    if (sql.equals("MINVALUE") || sql.equals("MAXVALUE")) {
      return atom(sql);
    }
    String content = sql.substring(1, sql.length() - 1).replace("''", "'");
    if (INTEGER.matcher(content).matches()) {
      long n = Long.parseLong(content);
      return atom(n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? content : content + "L");
    }
    return str(content);
  }

  private static Code str(String text) {
    return atom(JavaLiterals.string(text));
  }
}
