/**
 * The wire model of Wingspan's client-invoice API, shared by the SDK and the server so the two
 * cannot drift.
 *
 * <ul>
 *   <li>The records and open enums are generated from the OpenAPI document (the first line of each
 *       says so); hand-written code here is the codec's configuration and the bases they share.
 *   <li>Records hold values; their accessors carry the wire names. Money and every other JSON
 *       number is a {@link java.math.BigDecimal}; timestamps and dates are strings, as on the wire,
 *       each beside a typed view ({@code createdAtAsInstant()}, {@code dueDateAsLocalDate()}).
 *   <li>Responses ({@link app.wingspan.model.ClientInvoice} and everything it holds) use plain
 *       nullable fields, never {@code JsonNullable}: a missing field reads as {@code null}, a
 *       {@code null} field is left out when writing.
 *   <li>Requests ({@link app.wingspan.model.ClientInvoiceUpdateRequest} and the others) use {@link
 *       org.openapitools.jackson.nullable.JsonNullable} for every optional field, so absent,
 *       explicit null and a value are three different requests; their builders set a value, or
 *       explicit null when given {@code null}, and leave a field never set absent.
 *   <li>Enums are open ({@link app.wingspan.model.OpenEnum}): a value this code does not know is
 *       kept as is; each enum's {@code kind()} is a Java enum to {@code switch} on, with {@code
 *       UNKNOWN_TO_SDK_VERSION} for such a value.
 *   <li>{@link app.wingspan.model.WingspanJson} owns the JSON configuration; the contract is the
 *       OpenAPI document at {@code app/wingspan/model/openapi.yaml} on the classpath.
 * </ul>
 */
package app.wingspan.model;
