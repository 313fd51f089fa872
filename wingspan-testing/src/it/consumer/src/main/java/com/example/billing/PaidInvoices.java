package com.example.billing;

import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookHeaders;
import app.wingspan.sdk.WebhookVerificationException;
import app.wingspan.sdk.Webhooks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A team's webhook handler: marks an invoice paid once per event, however often it arrives. */
public final class PaidInvoices {
  private final String secret;
  private final Set<String> handledEvents = new HashSet<>();
  private final List<String> paid = new ArrayList<>();

  public PaidInvoices(String secret) {
    this.secret = secret;
  }

  /** Handles one delivery; returns the HTTP status to answer it with. */
  public synchronized int handle(byte[] body, WebhookHeaders headers) {
    WebhookEvent event;
    try {
      event = Webhooks.constructEvent(body, headers, secret);
    } catch (WebhookVerificationException e) {
      return 400;
    }
    if (handledEvents.add(event.eventId()) && event.eventName().equals("Invoice.Paid")) {
      event.objectId().ifPresent(paid::add);
    }
    return 200;
  }

  public synchronized List<String> paid() {
    return List.copyOf(paid);
  }
}
