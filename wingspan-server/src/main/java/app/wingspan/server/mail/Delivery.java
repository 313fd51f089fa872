package app.wingspan.server.mail;

/** What became of one attempt to hand a message to the transport. */
public sealed interface Delivery {

  /**
   * The relay (or the outbox) took the message.
   *
   * @param detail what took it, for the log: the relay's answer or the file written
   */
  record Accepted(String detail) implements Delivery {}

  /**
   * Refused for good (a 5xx answer, an address that cannot exist): sending again cannot help.
   *
   * @param reason the relay's answer or the address error
   */
  record Undeliverable(String reason) implements Delivery {}

  /**
   * Not sent this time (relay down, 4xx, time-out): worth retrying later.
   *
   * @param reason what went wrong
   */
  record TryLater(String reason) implements Delivery {}
}
