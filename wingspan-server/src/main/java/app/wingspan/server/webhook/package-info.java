/**
 * Webhooks: what is sent ({@link app.wingspan.server.webhook.WebhookPayload}, {@link
 * app.wingspan.server.webhook.EventNames}), how it is signed ({@link
 * app.wingspan.server.webhook.WebhookSigner}, the Standard Webhooks scheme), where it may go
 * ({@link app.wingspan.server.webhook.EndpointPolicy}: https only, no private, link-local or
 * metadata addresses unless configured), how one attempt is made ({@link
 * app.wingspan.server.webhook.DeliveryClient}) and when the next one is ({@link
 * app.wingspan.server.webhook.RetrySchedule}); which invoice events become deliveries ({@link
 * app.wingspan.server.webhook.WebhookEvents}, an event consumer) and the durable work that makes
 * the attempts and records them ({@link app.wingspan.server.webhook.WebhookDeliveries}), through
 * the store: nothing here writes SQL. docs/webhooks.md describes the contract integrators see.
 */
package app.wingspan.server.webhook;
