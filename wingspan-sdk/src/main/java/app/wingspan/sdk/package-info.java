/**
 * The Wingspan Java SDK: a client of Wingspan's Payments API {@code client_invoice} resource, and
 * of wingspan-server, which implements the same contract.
 *
 * <p>Start at {@link app.wingspan.sdk.Wingspan#builder()}; the operations are on {@link
 * app.wingspan.sdk.ClientInvoices}; failures are {@link app.wingspan.sdk.WingspanException}s.
 * Request and response bodies are the wire types of {@code app.wingspan.model}.
 */
package app.wingspan.sdk;
