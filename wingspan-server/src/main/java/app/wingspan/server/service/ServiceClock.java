package app.wingspan.server.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The server's clock as the services read it: instants to the millisecond, dates in UTC. */
record ServiceClock(Clock clock) {
  /** Now, to the millisecond the database and the wire keep. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Today's date in UTC, which decides whether an Open invoice reads Overdue. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
