// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * An event a webhook preference can subscribe to.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code WebhookEventName}.
 *
 * @param eventName as deliveries name it, such as Invoice.Paid
 */
public record WebhookEventName(String eventName, String description) {}
