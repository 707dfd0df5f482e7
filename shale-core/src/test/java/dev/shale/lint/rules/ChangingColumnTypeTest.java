package dev.shale.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.lint.KnownSchema;
import dev.shale.sql.parse.ColumnType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binary compatibility as measured on PostgreSQL 15 (relfilenode before and after). */
class ChangingColumnTypeTest {
  @ParameterizedTest(name = "{0} -> {1}: in place {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "character varying(10) | character varying(20) | true",
        "character varying(20) | character varying(10) | false",
        "character varying(10) | character varying | true",
        "character varying(10) | text | true",
        "text | character varying | true",
        "text | character varying(100) | false",
        "character varying | character varying(100) | false",
        "numeric(10,2) | numeric(12,2) | true",
        "numeric(10,2) | numeric(12,3) | false",
        "numeric(10,2) | numeric | true",
        "numeric | numeric(10,2) | false",
        "bit varying(5) | bit varying(10) | true",
        "bit varying(5) | bit varying | true",
        "cidr | inet | true",
        "inet | cidr | false",
        "integer | bigint | false",
        "integer | integer | true",
        "character(5) | text | false",
        "character(5) | character(10) | false",
        "character varying(10)[] | character varying(20)[] | false",
        "character varying(10)[] | text[] | false"
      })
  void binaryCompatible(String from, String to, boolean expected) {
    assertThat(ChangingColumnType.compatible(type(from), type(to), new KnownSchema()))
        .isEqualTo(expected);
  }

  private static ColumnType type(String text) {
    int dims = 0;
    while (text.endsWith("[]")) {
      text = text.substring(0, text.length() - 2);
      dims++;
    }
    int open = text.indexOf('(');
    if (open < 0) {
      return new ColumnType(text.strip(), List.of(), dims);
    }
    return new ColumnType(
        text.substring(0, open).strip(),
        List.of(text.substring(open + 1, text.length() - 1).split(",")),
        dims);
  }
}
