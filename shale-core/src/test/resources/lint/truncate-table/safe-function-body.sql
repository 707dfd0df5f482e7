-- expect: none
-- TRUNCATE sessions;   (a comment is no statement)
CREATE FUNCTION purge_sessions() RETURNS void LANGUAGE sql AS $$ TRUNCATE sessions; VACUUM FULL sessions $$;
SELECT 'TRUNCATE sessions; LOCK TABLE orders; UPDATE users SET plan = ''x''';
