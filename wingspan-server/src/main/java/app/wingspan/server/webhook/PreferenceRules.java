package app.wingspan.server.webhook;

import app.wingspan.model.WebhookPreferenceCreateRequest;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The checks on a webhook preference's fields, as pure functions: the URL by the {@link
 * EndpointPolicy} (no name lookup), the shared secret's length and form, the event names against
 * {@link EventNames}. A refusal is a {@link PreferenceRuleException} naming the field; its message
 * never quotes the secret.
 */
public final class PreferenceRules {

  /** Shortest shared secret accepted, in characters. */
  public static final int MIN_SECRET_LENGTH = 16;

  /** Longest shared secret accepted, in characters. */
  public static final int MAX_SECRET_LENGTH = 512;

  private final EndpointPolicy policy;

  public PreferenceRules(EndpointPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A preference's fields once checked. */
  public record Checked(URI url, String sharedSecret, List<String> subscribedEvents) {
    /** Masks the secret. */
    @Override
    public String toString() {
      return "Checked[url="
          + url.getScheme()
          + "://"
          + url.getAuthority()
          + ", subscribedEvents="
          + subscribedEvents
          + "]";
    }
  }

  /**
   * Checks a new preference: all three fields present and valid.
   *
   * @throws PreferenceRuleException naming the first field at fault
   */
  public Checked create(WebhookPreferenceCreateRequest request) {
    Objects.requireNonNull(request, "request");
    return new Checked(
        url(required(request.url(), "url")),
        sharedSecret(required(request.sharedSecret(), "sharedSecret")),
        subscribedEvents(required(request.subscribedEvents(), "subscribedEvents")));
  }

  /**
   * Checks a URL for a preference.
   *
   * @throws PreferenceRuleException {@code WEBHOOK_URL_REFUSED} with the policy's reason
   */
  public URI url(String url) {
    try {
      return policy.checkUrl(url);
    } catch (EndpointRefusedException e) {
      throw new PreferenceRuleException(PreferenceRuleException.URL_REFUSED, "url", e.getMessage());
    }
  }

  /**
   * Checks a shared secret: 16 to 512 characters, and a {@code whsec_} one base64 after its prefix.
   *
   * @throws PreferenceRuleException {@code VALIDATION_FAILED} on {@code sharedSecret}
   */
  public String sharedSecret(String secret) {
    if (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH) {
      throw invalid(
          "sharedSecret",
          "sharedSecret must be "
              + MIN_SECRET_LENGTH
              + " to "
              + MAX_SECRET_LENGTH
              + " characters, was "
              + secret.length());
    }
    if (secret.isBlank()) {
      throw invalid("sharedSecret", "sharedSecret must not be blank");
    }
    try {
      WebhookSigner.key(secret);
    } catch (IllegalArgumentException e) {
      throw invalid("sharedSecret", e.getMessage()); // the signer's messages never quote it
    }
    return secret;
  }

  /**
   * Checks the subscribed events: at least one, each known, none twice.
   *
   * @throws PreferenceRuleException {@code VALIDATION_FAILED} naming the entry at fault
   */
  public List<String> subscribedEvents(List<String> events) {
    if (events.isEmpty()) {
      throw invalid("subscribedEvents", "subscribedEvents must name at least one event");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      String name = events.get(i);
      String param = "subscribedEvents[" + i + "]";
      if (name == null || !EventNames.isKnown(name)) {
        throw invalid(
            param,
            "unknown event name '"
                + name
                + "'; known: "
                + String.join(", ", EventNames.INVOICE_EVENTS.keySet()));
      }
      if (!seen.add(name)) {
        throw invalid(param, "event name '" + name + "' is listed twice");
      }
    }
    return List.copyOf(events);
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw invalid(field, field + " is required");
    }
    return value;
  }

  private static PreferenceRuleException invalid(String param, String message) {
    return new PreferenceRuleException(PreferenceRuleException.VALIDATION_FAILED, param, message);
  }
}
