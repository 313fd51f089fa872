package app.wingspan.server.store;

import java.util.Locale;

/** Who an account is: a member (the freelancer who is owed) or a client (the payer). */
public enum AccountKind {
  MEMBER,
  CLIENT;

  /** The database and command-line spelling: {@code member} or {@code client}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code member} or {@code client}, case-insensitively. */
  public static AccountKind parse(String text) {
    for (AccountKind kind : values()) {
      if (kind.wireName().equalsIgnoreCase(text.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("account kind must be member or client, not '" + text + "'");
  }
}
