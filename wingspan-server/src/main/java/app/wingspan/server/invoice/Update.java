package app.wingspan.server.invoice;

import app.wingspan.model.ClientInvoice;
import java.util.List;
import java.util.Objects;

/**
 * What a PATCH did.
 *
 * @param invoice the document to store: the stored form, whose status is never Overdue (render it
 *     through {@link InvoiceRules#asSeen}); the very same instance as the stored one when nothing
 *     changed
 * @param changes the wire fields that changed, in a stable order, {@code updatedAt} last; empty =
 *     no change
 */
public record Update(ClientInvoice invoice, List<FieldChange> changes) {

  /** Copies the list. */
  public Update {
    Objects.requireNonNull(invoice, "invoice");
    changes = List.copyOf(changes);
  }

  /** Whether anything changed (and so must be saved, with a history row). */
  public boolean changed() {
    return !changes.isEmpty();
  }
}
