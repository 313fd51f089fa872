package app.wingspan.server.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * When an invoice's reminders go out: 3 days before its due date, on it, and 3 and 7 days after,
 * each at the start of its day (UTC). An invoice sent late gets only the reminders dated after the
 * day it was sent: the invoice email itself tells the client what the skipped ones would have.
 */
public final class ReminderSchedule {
  private ReminderSchedule() {}

  /**
   * One reminder and when it is due.
   *
   * @param kind which reminder
   * @param at when it goes out
   */
  public record Reminder(MailKind kind, Instant at) {}

  /** The reminders still ahead for an invoice due on {@code dueDate} and sent on {@code sentOn}. */
  public static List<Reminder> ahead(LocalDate dueDate, LocalDate sentOn) {
    List<Reminder> reminders = new ArrayList<>(4);
    add(reminders, MailKind.DUE_IN_3_DAYS, dueDate.minusDays(3), sentOn);
    add(reminders, MailKind.DUE_TODAY, dueDate, sentOn);
    add(reminders, MailKind.DUE_3_DAYS_AGO, dueDate.plusDays(3), sentOn);
    add(reminders, MailKind.DUE_7_DAYS_AGO, dueDate.plusDays(7), sentOn);
    return List.copyOf(reminders);
  }

  private static void add(List<Reminder> into, MailKind kind, LocalDate on, LocalDate sentOn) {
    if (on.isAfter(sentOn)) {
      into.add(new Reminder(kind, on.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
  }
}
