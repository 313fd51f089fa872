// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Links from a line item being created to accounting integrations.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 3190685832a4970525ea5b0803efff0b36a0202062e1fd8a0bc187acbe156461}.
 */
public record LineItemIntegrations(LineItemQuickbooksIntegration quickbooks) {}
