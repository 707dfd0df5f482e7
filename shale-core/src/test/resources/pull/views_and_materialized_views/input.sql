-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE SCHEMA reporting;

CREATE TABLE events (
  id bigint NOT NULL,
  kind text NOT NULL,
  at timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT events_pkey PRIMARY KEY (id)
);

CREATE VIEW recent_events AS
SELECT events.id,
    events.kind
   FROM events
  WHERE events.at > (now() - '1 day'::interval);

CREATE MATERIALIZED VIEW reporting.daily_counts AS
SELECT date_trunc('day', at) AS day, count(*) AS n FROM public.events GROUP BY 1;

COMMENT ON MATERIALIZED VIEW reporting.daily_counts IS 'Refreshed nightly';
