-- shale:no-transaction
-- expect: adding-field-with-volatile-default, add-unique-constraint
-- A generated UUID differs in every row: no duplicates to fear (the rewrite and the index build
-- under ACCESS EXCLUSIVE are other rules' findings).
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid() UNIQUE;
