// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

/**
 * The client's side of an invoice: its comment, planned pay date and approval workflow.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code ClientOptions}.
 */
public record ClientOptions(
    String comment,
    String payDate,
    ClientWorkflowStatus workflowStatus,
    WorkflowSubStatus workflowSubStatus) {}
