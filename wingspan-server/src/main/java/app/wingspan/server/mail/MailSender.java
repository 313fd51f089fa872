package app.wingspan.server.mail;

/**
 * Who messages come from ({@code --mail-from}, {@code --mail-from-name}).
 *
 * @param address the From address
 * @param name the display name shown beside it
 */
public record MailSender(String address, String name) {
  public MailSender {
    if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException(
          "mail From must be an email address, not '" + address + "'");
    }
    if (name == null || name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("mail From name must be one line of text");
    }
  }
}
