import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table T =
      table(
          "t",
          column("a", smallint()),
          column("b", integer()),
          column("c", bigint()),
          column("d", integer()),
          column("e", numeric(10, 3)),
          column("f", real()),
          column("g", doublePrecision()),
          column("h", doublePrecision()),
          column("i", bool()),
          column("j", varchar(40)),
          column("k", character(1)),
          column("l", varchar()),
          column("m", timestamptz()),
          column("n", timestamptz(3)),
          column("o", time()),
          column("p", timetz(0)),
          column("q", customType("bit varying(5)")),
          column("r", customType("\"char\"")),
          column("s", customType("name")),
          column("t", customType("oid")),
          column("u", customType("xml")),
          column("v", customType("tsquery")),
          column("w", customType("daterange")),
          column("x", customType("int8range")),
          column("y", customType("numrange")),
          column("z", customType("tstzrange")),
          column("aa", customType("box")),
          column("ab", customType("circle")),
          column("ac", customType("line")),
          column("ad", customType("lseg")),
          column("ae", customType("path")),
          column("af", customType("polygon")),
          column("ag", customType("pg_lsn")),
          column("ah", customType("jsonpath")),
          column("ai", customType("txid_snapshot")),
          column("aj", customType("bit(1)")));

  private PublicSchema() {}
}
