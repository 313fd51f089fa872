package app.wingspan.server.service;

/** A response to send as it is: the first answer of an idempotent request, or a fresh one. */
public record Recorded(int status, byte[] body) {}
