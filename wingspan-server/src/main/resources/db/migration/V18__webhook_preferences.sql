-- An account's webhook endpoints (issue 23): where deliveries go, the secret they are signed with, which events.
-- The secret is stored as the integrator sent it, in plain text: the server must compute HMACs with it, so it
-- needs it back; encrypting it with a key kept in the same server's configuration would protect only a copy of
-- the database without that configuration (docs/webhooks.md, "Secret storage"). It is never returned by a
-- route, never logged and never printed by the admin command.
create table webhook_preferences (
    id                         text primary key,
    account_id                 text not null references accounts (id) on delete cascade,
    url                        text not null,
    shared_secret              text not null,
    -- The secret before the last rotation: deliveries are signed with it too until previous_secret_expires_at
    -- (24 hours after the rotation), so a receiver can switch at any moment in that window.
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    subscribed_events          text[] not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    -- Set when the server disables an endpoint whose deliveries fail for days; null while it is Active.
    disabled_at                timestamptz,
    disabled_reason            text,
    constraint webhook_previous_secret_has_expiry
        check ((previous_secret is null) = (previous_secret_expires_at is null)),
    constraint webhook_disabled_has_reason check ((disabled_at is null) = (disabled_reason is null))
);

create index webhook_preferences_account on webhook_preferences (account_id, created_at, id);
