package app.wingspan.server.invoice;

import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.FeeHandlingConfig;
import java.math.BigDecimal;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Who bears the card fee: {@code creditFeeHandling}, merged as a JSON merge patch (RFC 7396) and
 * kept in one canonical form.
 *
 * <p>Canonical forms (what is stored and returned):
 *
 * <ul>
 *   <li>{@code null}: the default, the member bears the whole fee. A merge that ends with no share
 *       set, or with {@code clientPays} 0, collapses to it, so the default has exactly one spelling
 *       and switching to an absolute percentage from it never trips over a leftover {@code
 *       memberPays: 100}.
 *   <li>{@code {clientPays, memberPays}}: both shares present, summing to 100.
 *   <li>{@code {clientAbsolutePercentage}}: alone.
 * </ul>
 *
 * Numbers are kept in their plainest spelling (50.00 becomes 50).
 *
 * <p>One deliberate step beyond a literal merge: a patch that sets one share and does not mention
 * the other re-derives the other ({@code {clientPays: 70}} on a 50/50 split gives 70/30). Because
 * the stored form always carries both shares, a literal merge would make every one-share patch fail
 * the sum check.
 *
 * <p>And one step short of it: a top-level {@code "creditFeeHandling": null} is "not given", not
 * "remove". Wingspan's Python SDK writes every unset optional field as {@code null}, so a
 * status-only update from it would otherwise reset a negotiated split. Returning to the default is
 * spelled inside the object, by setting all three fields to {@code null} (what that SDK sends for
 * an empty {@code FeeHandlingConfig()}).
 */
final class FeeHandling {

  static final String FIELD = "creditFeeHandling";
  private static final String CLIENT_PAYS = "clientPays";
  private static final String MEMBER_PAYS = "memberPays";
  private static final String ABSOLUTE = "clientAbsolutePercentage";

  private FeeHandling() {}

  /**
   * Applies a request's {@code creditFeeHandling} to the current canonical value.
   *
   * @param current the current canonical value, {@code null} for the default
   * @param patch the request's value: absent or null = unchanged, an object = merged field by field
   * @return the new canonical value, {@code null} for the default
   * @throws InvoiceRuleException INVALID naming the field path when the merged result breaks a rule
   */
  static CreditFeeHandling resolve(
      CreditFeeHandling current, JsonNullable<FeeHandlingConfig> patch) {
    if (patch == null || !patch.isPresent()) {
      return current;
    }
    FeeHandlingConfig change = patch.get();
    if (change == null) {
      return current;
    }
    BigDecimal clientPays =
        merged(current == null ? null : current.clientPays(), change.clientPays());
    BigDecimal memberPays =
        merged(current == null ? null : current.memberPays(), change.memberPays());
    BigDecimal absolute =
        merged(
            current == null ? null : current.clientAbsolutePercentage(),
            change.clientAbsolutePercentage());
    boolean setsClient = value(change.clientPays()) != null;
    boolean setsMember = value(change.memberPays()) != null;
    if (setsClient && !isPresent(change.memberPays())) {
      memberPays = null;
    }
    if (setsMember && !isPresent(change.clientPays())) {
      clientPays = null;
    }
    return canonical(clientPays, memberPays, absolute);
  }

  /**
   * Whether {@code resolved} means the same as the stored {@code current}. The rules only ever
   * store canonical values, but a document written otherwise (by hand, by an older version) is
   * compared by its meaning, so a patch that asks for nothing new is still no change.
   */
  static boolean unchanged(CreditFeeHandling current, CreditFeeHandling resolved) {
    if (same(current, resolved)) {
      return true;
    }
    try {
      return current != null
          && same(
              canonical(
                  current.clientPays(), current.memberPays(), current.clientAbsolutePercentage()),
              resolved);
    } catch (InvoiceRuleException storedValueBreaksTheRules) {
      return false;
    }
  }

  /** Whether two canonical values mean the same (numbers compared by value: 50 equals 50.00). */
  static boolean same(CreditFeeHandling a, CreditFeeHandling b) {
    if (a == null || b == null) {
      return a == b;
    }
    return sameNumber(a.clientPays(), b.clientPays())
        && sameNumber(a.memberPays(), b.memberPays())
        && sameNumber(a.clientAbsolutePercentage(), b.clientAbsolutePercentage());
  }

  /** A field's value: {@code null} when absent or null. */
  static BigDecimal value(JsonNullable<BigDecimal> field) {
    return Tristate.value(field);
  }

  private static boolean isPresent(JsonNullable<BigDecimal> field) {
    return field != null && field.isPresent();
  }

  private static BigDecimal merged(BigDecimal current, JsonNullable<BigDecimal> change) {
    return isPresent(change) ? change.get() : current;
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? a == b : a.compareTo(b) == 0;
  }

  private static CreditFeeHandling canonical(
      BigDecimal clientPays, BigDecimal memberPays, BigDecimal absolute) {
    checkShare(CLIENT_PAYS, clientPays);
    checkShare(MEMBER_PAYS, memberPays);
    checkAbsolute(absolute);
    if (absolute != null && (clientPays != null || memberPays != null)) {
      throw InvoiceRuleException.invalid(
          FIELD + "." + ABSOLUTE,
          FIELD
              + "."
              + ABSOLUTE
              + " ("
              + Texts.number(absolute)
              + ") cannot be combined with "
              + (clientPays != null
                  ? CLIENT_PAYS + " (" + Texts.number(clientPays) + ")"
                  : MEMBER_PAYS + " (" + Texts.number(memberPays) + ")")
              + "; set clientPays and memberPays to null to switch to an absolute percentage");
    }
    if (absolute != null) {
      return new CreditFeeHandling(Money.plain(absolute), null, null);
    }
    if (clientPays != null
        && memberPays != null
        && clientPays.add(memberPays).compareTo(Money.HUNDRED) != 0) {
      throw InvoiceRuleException.invalid(
          FIELD,
          FIELD
              + ".clientPays ("
              + Texts.number(clientPays)
              + ") and memberPays ("
              + Texts.number(memberPays)
              + ") must add up to 100");
    }
    if (clientPays == null && memberPays == null) {
      return null;
    }
    BigDecimal client = clientPays != null ? clientPays : Money.HUNDRED.subtract(memberPays);
    if (client.signum() == 0) {
      return null;
    }
    return new CreditFeeHandling(
        null, Money.plain(client), Money.plain(Money.HUNDRED.subtract(client)));
  }

  private static void checkShare(String name, BigDecimal share) {
    if (share == null) {
      return;
    }
    if (share.signum() < 0 || share.compareTo(Money.HUNDRED) > 0) {
      throw InvoiceRuleException.invalid(
          FIELD + "." + name,
          FIELD
              + "."
              + name
              + " is a percentage share between 0 and 100, got "
              + Texts.number(share));
    }
    checkDecimals(name, share);
  }

  private static void checkAbsolute(BigDecimal absolute) {
    if (absolute == null) {
      return;
    }
    if (absolute.signum() <= 0 || absolute.compareTo(Money.HUNDRED) > 0) {
      throw InvoiceRuleException.invalid(
          FIELD + "." + ABSOLUTE,
          FIELD
              + "."
              + ABSOLUTE
              + " must be greater than 0 and at most 100, got "
              + Texts.number(absolute));
    }
    checkDecimals(ABSOLUTE, absolute);
  }

  private static void checkDecimals(String name, BigDecimal value) {
    if (Money.decimals(value) > 2) {
      throw InvoiceRuleException.invalid(
          FIELD + "." + name,
          FIELD + "." + name + " has at most 2 decimals, got " + Texts.number(value));
    }
  }
}
