-- A finding made by hand (as the trace reports one): its span covers two lines.
ALTER TABLE "café_orders"
	ALTER COLUMN total TYPE numeric(12, 2)
		USING total::numeric(12, 2);
