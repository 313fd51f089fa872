package app.wingspan.server.store;

import java.time.Instant;

/** The member-client relationship, created on the first invoice between the two. */
public record MemberClientRow(String id, String memberId, String clientId, Instant createdAt) {}
