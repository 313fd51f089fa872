package app.wingspan.server.service;

import app.wingspan.model.PayRequest;
import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.payment.PaymentProcessor.PaymentSource;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.jackson.nullable.JsonNullable;

/** Reads how a pay request says to pay: exactly one of a card, a bank account or a Plaid token. */
final class PaySources {
  private PaySources() {}

  /** Exactly one of the three ways to pay, else 422 naming the field. */
  static PaymentSource of(PayRequest request) {
    List<PaymentSource> given = new ArrayList<>(1);
    add(given, PaymentSource.Kind.CARD, request.paymentMethodId());
    add(given, PaymentSource.Kind.BANK_ACCOUNT, request.accountId());
    add(given, PaymentSource.Kind.PLAID_TOKEN, request.plaidPublicToken());
    if (given.isEmpty()) {
      throw new ProblemException(
          422,
          ErrorCodes.VALIDATION_FAILED,
          "paymentMethodId",
          "say how to pay: exactly one of paymentMethodId (a card), accountId (a bank account) or"
              + " plaidPublicToken (a bank account linked just now)");
    }
    if (given.size() > 1) {
      throw new ProblemException(
          422,
          ErrorCodes.VALIDATION_FAILED,
          field(given.get(1).kind()),
          "give exactly one of paymentMethodId, accountId and plaidPublicToken, not both "
              + field(given.get(0).kind())
              + " and "
              + field(given.get(1).kind()));
    }
    return given.get(0);
  }

  private static void add(
      List<PaymentSource> given, PaymentSource.Kind kind, JsonNullable<String> value) {
    if (value == null || !value.isPresent() || value.get() == null) {
      return;
    }
    String id = value.get();
    String field = field(kind);
    if (id.isBlank() || id.length() > 255) {
      throw new ProblemException(
          422,
          ErrorCodes.VALIDATION_FAILED,
          field,
          field + " must be 1 to 255 characters, not blank");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new ProblemException(
            422,
            ErrorCodes.VALIDATION_FAILED,
            field,
            field + " must not contain control characters");
      }
    }
    given.add(new PaymentSource(kind, id));
  }

  /** The request field that names a source of this kind. */
  static String field(PaymentSource.Kind kind) {
    return switch (kind) {
      case CARD -> "paymentMethodId";
      case BANK_ACCOUNT -> "accountId";
      case PLAID_TOKEN -> "plaidPublicToken";
    };
  }
}
