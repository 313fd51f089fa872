package app.wingspan.server.events;

import app.wingspan.server.invoice.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events a change of an invoice causes, read from the fields it changed: the rules say what
 * changed, this says which of those changes are events (docs/events.md). Pure: no SQL, no clock.
 */
public final class ChangeEvents {
  /** The invoice was created (version 1). */
  public static final String CREATED = "created";

  /** The status moved: data {@code {"from": ..., "to": ...}}. */
  public static final String STATUS = "status";

  /** Who bears the card fee changed: data {@code {"after": ...}}. */
  public static final String FEE_HANDLING = "creditFeeHandling";

  /** An Open invoice was observed past its due date: data {@code {"dueDate": ...}}. */
  public static final String OVERDUE = "overdue";

  /**
   * The {@code InvoiceEvents} fields whose setting is an event of the same name. Not {@code
   * estimatedDepositAt}: a forecast set with {@code paymentInTransitAt}, not something that
   * happened.
   */
  public static final Set<String> EVENT_FIELDS =
      Set.of(
          "sentAt",
          "openedAt",
          "cancelledAt",
          "markedPaidAt",
          "paidAt",
          "paymentInTransitAt",
          "paymentFailedAt",
          "depositedAt",
          "emailViewedAt");

  private static final String EVENTS_PREFIX = "events.";

  private ChangeEvents() {}

  /** One event of a change: its kind and what else it says (may be null). */
  public record Event(String kind, Map<String, Object> data) {}

  /**
   * The events of a change, in the order of its changed fields.
   *
   * @param changes the changed fields, as the rules report them
   * @param payment the payment the change belongs to (id, method, state, reason), added to every
   *     event's data; or null
   */
  public static List<Event> of(List<FieldChange> changes, Map<String, Object> payment) {
    List<Event> events = new ArrayList<>(2);
    for (FieldChange change : changes) {
      String field = change.field();
      if (field.equals(STATUS)) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", change.before());
        data.put("to", change.after());
        events.add(new Event(STATUS, with(data, payment)));
      } else if (field.equals(FEE_HANDLING)) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("after", change.after());
        events.add(new Event(FEE_HANDLING, with(data, payment)));
      } else if (field.startsWith(EVENTS_PREFIX) && change.after() != null) {
        String name = field.substring(EVENTS_PREFIX.length());
        if (EVENT_FIELDS.contains(name)) {
          events.add(new Event(name, with(new LinkedHashMap<>(), payment)));
        }
      }
    }
    return events;
  }

  private static Map<String, Object> with(Map<String, Object> data, Map<String, Object> payment) {
    if (payment != null) {
      data.put("payment", payment);
    }
    return data.isEmpty() ? null : data;
  }
}
