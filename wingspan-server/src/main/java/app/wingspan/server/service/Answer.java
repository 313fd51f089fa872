package app.wingspan.server.service;

/** An invoice as the caller sees it today, encoded for the wire, with its version (the ETag). */
public record Answer(byte[] json, long version) {}
