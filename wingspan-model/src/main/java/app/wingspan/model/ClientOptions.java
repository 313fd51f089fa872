// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The client's side of an invoice: its comment, planned pay date and approval workflow.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ClientOptions}.
 */
public record ClientOptions(
    String comment,
    String payDate,
    ClientWorkflowStatus workflowStatus,
    WorkflowSubStatus workflowSubStatus) {
  /**
   * {@code payDate} as a {@link LocalDate}, parsed from the wire text; {@link #payDate()} keeps the
   * text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 date
   */
  public Optional<LocalDate> payDateAsLocalDate() {
    return WireTime.date(payDate);
  }
}
