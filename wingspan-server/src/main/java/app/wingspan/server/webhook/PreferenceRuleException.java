package app.wingspan.server.webhook;

/**
 * A webhook preference refused by {@link PreferenceRules}: answered 422 with {@link #code()} and
 * {@link #param()}, the field at fault. The message never quotes a secret.
 */
public final class PreferenceRuleException extends RuntimeException {

  /** Code of a field that is missing or invalid. */
  public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

  /** Code of a URL the endpoint policy refuses. */
  public static final String URL_REFUSED = "WEBHOOK_URL_REFUSED";

  private final String code;
  private final String param;

  PreferenceRuleException(String code, String param, String message) {
    super(message, null, false, false);
    this.code = code;
    this.param = param;
  }

  /** The error body's machine code: {@link #VALIDATION_FAILED} or {@link #URL_REFUSED}. */
  public String code() {
    return code;
  }

  /** The wire path of the field at fault, such as {@code subscribedEvents[1]}. */
  public String param() {
    return param;
  }
}
