package app.wingspan.testing;

import java.time.Instant;

/**
 * What the test server has still to do, by its clock, as an advancing await reads it: whether it is
 * busy now (work running or due, invoice events not yet dispatched to their consumers), and when
 * its next work falls due.
 *
 * @param busy work is running or due, or events are waiting to be dispatched
 * @param nextDue when the next work that is not due yet falls due, or null when none is scheduled
 */
record PendingWork(boolean busy, Instant nextDue) {}
