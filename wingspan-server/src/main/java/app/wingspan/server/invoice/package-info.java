/**
 * The client-invoice rules, as pure functions of the model's wire records: creating Draft invoices,
 * status moves and fee handling through PATCH, the derived Overdue status, and the card fee.
 * Nothing here knows HTTP, SQL or the clock. {@link app.wingspan.server.invoice.InvoiceRules} is
 * the entry point; every decision is listed in {@code wingspan-server/RULES.md}.
 */
package app.wingspan.server.invoice;
