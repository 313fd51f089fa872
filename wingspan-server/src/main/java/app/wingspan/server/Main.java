package app.wingspan.server;

/** Starts the client-invoice server. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("wingspan-server: not yet implemented (see the server issue)");
  }
}
