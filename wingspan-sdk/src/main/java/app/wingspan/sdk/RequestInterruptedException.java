package app.wingspan.sdk;

/**
 * The calling thread was interrupted while it waited for a response or for the next retry. The
 * thread's interrupt flag is set again before this is thrown, so code up the stack still sees the
 * interrupt. The request may or may not have reached the server.
 */
public final class RequestInterruptedException extends WingspanException {

  RequestInterruptedException(String message, InterruptedException cause, int attempts) {
    super(message, cause, attempts);
  }

  /**
   * For tests of code that uses the SDK: the exception of a call whose thread was interrupted.
   * Unlike the SDK, this factory does not set the calling thread's interrupt flag.
   *
   * @param message the message
   * @param attempts how many attempts were sent, 0 or more
   * @return the exception
   */
  public static RequestInterruptedException of(String message, int attempts) {
    return new RequestInterruptedException(
        message, new InterruptedException(), Factories.attempts(attempts, 0));
  }
}
