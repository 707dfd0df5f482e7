-- expect: none
-- From PostgreSQL 11 a STABLE or IMMUTABLE default is stored once: no rewrite.
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN status text DEFAULT 'new'::text, ADD COLUMN meta jsonb DEFAULT '{}'::jsonb, ADD COLUMN due timestamptz DEFAULT now() + interval '7 days', ADD COLUMN owner text DEFAULT CURRENT_USER;
