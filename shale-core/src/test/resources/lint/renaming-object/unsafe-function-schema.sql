-- expect: renaming-object, renaming-object, renaming-object
ALTER FUNCTION order_total(integer) RENAME TO compute_order_total;
ALTER SCHEMA billing RENAME TO invoicing;
ALTER TYPE address SET SCHEMA shared;
