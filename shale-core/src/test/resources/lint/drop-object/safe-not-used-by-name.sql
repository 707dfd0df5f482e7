-- shale:no-transaction
-- expect: none
-- Queries do not name triggers, policies or indexes: dropping them is no compatibility question.
DROP TRIGGER orders_touch ON orders;
DROP POLICY orders_tenant ON orders;
DROP INDEX CONCURRENTLY orders_old_idx;
