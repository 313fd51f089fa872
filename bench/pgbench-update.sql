-- The database's own ceiling for the PATCH benchmark: a one-row UPDATE by primary key.
\set id random(1, 1000)
UPDATE bench_rows SET version = version + 1, updated_at = now() WHERE id = :id;
