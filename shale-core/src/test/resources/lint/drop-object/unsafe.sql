-- expect: drop-object
DROP VIEW active_users;
