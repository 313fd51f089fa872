// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * The member's side of an invoice: comment, payout preference and workflow.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code MemberOptions}.
 */
public record MemberOptions(
    String comment,
    PayoutPreference payoutPreferences,
    MemberWorkflowStatus workflowStatus,
    WorkflowSubStatus workflowSubStatus) {}
