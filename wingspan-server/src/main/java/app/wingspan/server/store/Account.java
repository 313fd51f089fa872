package app.wingspan.server.store;

import java.time.Instant;

/** An account row. {@code addressJson} is the wire {@code Address} object as JSON text, or null. */
public record Account(
    String id,
    AccountKind kind,
    String name,
    String company,
    String email,
    String addressJson,
    String logoUrl,
    Instant createdAt) {}
