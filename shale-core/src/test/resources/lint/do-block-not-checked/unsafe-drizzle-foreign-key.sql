-- expect: do-block-not-checked
-- Drizzle Kit's old form of a foreign key: it runs at once, and locks both tables while it checks
-- every row.
ALTER TABLE "addresses" ADD COLUMN "user_id" integer;--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "addresses" ADD CONSTRAINT "addresses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
