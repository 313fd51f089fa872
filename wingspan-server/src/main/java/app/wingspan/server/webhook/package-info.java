/**
 * Webhooks: what is sent ({@link app.wingspan.server.webhook.WebhookPayload}, {@link
 * app.wingspan.server.webhook.EventNames}), how it is signed ({@link
 * app.wingspan.server.webhook.WebhookSigner}, the Standard Webhooks scheme), where it may go
 * ({@link app.wingspan.server.webhook.EndpointPolicy}: https only, no private, link-local or
 * metadata addresses unless configured), how one attempt is made ({@link
 * app.wingspan.server.webhook.DeliveryClient}) and when the next one is ({@link
 * app.wingspan.server.webhook.RetrySchedule}). Preferences and the durable delivery work that
 * drives these pieces live with the events and the work scheduler; nothing here knows SQL.
 * docs/webhooks.md describes the contract integrators see.
 */
package app.wingspan.server.webhook;
