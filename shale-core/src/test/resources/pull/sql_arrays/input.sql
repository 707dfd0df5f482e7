-- Arrays of every shape: declared dimensions are not kept by PostgreSQL (int[3][3] is int[]).
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE arrays (
  ints integer[],
  fixed integer[3],
  grid integer[3][3],
  texts text[] NOT NULL DEFAULT ARRAY[]::text[],
  labels varchar(16)[] DEFAULT '{a,b}',
  stamps timestamp(0) with time zone[],
  money_ numeric(12,2)[],
  uuids uuid[] DEFAULT ARRAY[]::uuid[],
  docs jsonb[],
  colors color[] NOT NULL DEFAULT '{red}',
  more_colors color[] DEFAULT ARRAY['green'::color, 'blue'::color],
  bits bit(4)[]
);
