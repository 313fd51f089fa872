-- A PATCH under an Idempotency-Key replays its first answer with that answer's ETag, which is the
-- invoice version the PATCH wrote (or found): kept beside the status and body. Null for create and pay,
-- whose answers carry no ETag.
alter table idempotency_keys add column response_version bigint;
