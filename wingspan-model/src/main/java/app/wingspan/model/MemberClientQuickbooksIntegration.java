// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * QuickBooks identifiers of a member-client relationship.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code d86c1fba5267ac3d9ce2954a6e46b70e471c0f91a44abbe94565ae50e6e9e863}.
 */
public record MemberClientQuickbooksIntegration(
    String customerId, String expenseAccountId, String itemId, String vendorId) {}
