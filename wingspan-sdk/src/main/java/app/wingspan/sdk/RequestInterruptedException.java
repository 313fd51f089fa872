package app.wingspan.sdk;

/**
 * The calling thread was interrupted while it waited for a response or for the next retry. The thread's
 * interrupt flag is set again before this is thrown, so code up the stack still sees the interrupt. The request
 * may or may not have reached the server.
 */
public final class RequestInterruptedException extends WingspanException {

  RequestInterruptedException(String message, InterruptedException cause) {
    super(message, cause);
  }
}
