-- shale:no-transaction
-- expect: none
CREATE TABLE refunds (id bigint PRIMARY KEY, amount numeric);
ALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount > 0);
ALTER TABLE refunds ADD COLUMN fee numeric CHECK (fee >= 0);
