-- Types as people write them: aliases the server folds to its own names.
CREATE TABLE t (
  a int2, b int4, c int8, d int, e decimal(10, 3), f float4, g float8, h float,
  i bool, j varchar(40), k char, l character varying, m timestamptz, n timestamp(3) with time zone,
  o time without time zone, p timetz(0), q bit varying(5), r "char", s name, t oid,
  u xml, v tsquery, w daterange, x int8range, y numrange, z tstzrange,
  aa box, ab circle, ac line, ad lseg, ae path, af polygon, ag pg_lsn, ah jsonpath,
  ai txid_snapshot, aj bit
);
