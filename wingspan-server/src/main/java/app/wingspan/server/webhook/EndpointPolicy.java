package app.wingspan.server.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where webhooks may be delivered. A URL must be absolute {@code https} with a host, no user info
 * and no fragment; {@code http} only to {@code localhost} or a loopback literal, and only with
 * {@code allowLoopback}. Every address the host resolves to must be public, or loopback with {@code
 * allowLoopback}, or on a private network or the local link with {@code allowPrivateNetworks};
 * cloud metadata and non-routable addresses are never allowed. One refused address refuses the
 * host.
 *
 * <p>The check is made on the addresses that are then connected to: {@link DeliveryClient} hands
 * {@link #addressesFor} to its HTTP client as the resolver, so a DNS answer that changes between a
 * check and a connection cannot lead a delivery elsewhere.
 */
public final class EndpointPolicy {

  /** Longest URL accepted. */
  static final int MAX_URL_LENGTH = 2048;

  /** Looks up a host's addresses; {@link #SYSTEM} in production, a fixed table in tests. */
  @FunctionalInterface
  public interface Resolver {
    /** The system's resolver (DNS, hosts file). */
    Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /**
     * The host's addresses, in the order to try them.
     *
     * @throws UnknownHostException when the host has none
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  private final boolean allowLoopback;
  private final boolean allowPrivateNetworks;
  private final Resolver resolver;

  /**
   * A policy.
   *
   * @param allowLoopback deliveries to this host (127.0.0.0/8, ::1), by http too: the embedded
   *     default, tests, local development
   * @param allowPrivateNetworks deliveries to private-network and link-local addresses (RFC 1918,
   *     carrier-grade NAT, fc00::/7, fe80::/10): a server whose integrators live on its own network
   * @param resolver how host names are looked up
   */
  public EndpointPolicy(boolean allowLoopback, boolean allowPrivateNetworks, Resolver resolver) {
    this.allowLoopback = allowLoopback;
    this.allowPrivateNetworks = allowPrivateNetworks;
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** The production policy: https to public addresses only, through the system's resolver. */
  public static EndpointPolicy publicOnly() {
    return new EndpointPolicy(false, false, Resolver.SYSTEM);
  }

  /**
   * Checks a URL's form, and its host when that is an IP literal or {@code localhost}, without a
   * name lookup: what a preference may hold.
   *
   * @return the parsed URL
   * @throws EndpointRefusedException naming what is wrong with it
   */
  public URI checkUrl(String url) {
    Objects.requireNonNull(url, "url");
    if (url.length() > MAX_URL_LENGTH) {
      throw refused("a webhook URL must be at most " + MAX_URL_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw refused("a webhook URL must be a valid absolute URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
      throw refused("a webhook URL must be an absolute https URL with a host");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused("a webhook URL must not carry a user name or password");
    }
    if (uri.getRawFragment() != null) {
      throw refused("a webhook URL must not have a fragment (#...)");
    }
    String host = host(uri);
    boolean loopbackHost = isLoopbackName(host) || isLoopbackLiteral(host);
    if (scheme.equals("http")) {
      if (!allowLoopback || !loopbackHost) {
        throw refused(
            "a webhook URL must use https"
                + (allowLoopback ? " (http only to localhost or a loopback address)" : ""));
      }
    } else if (!scheme.equals("https")) {
      throw refused("a webhook URL must use https, not " + scheme);
    }
    if (isLoopbackName(host) && !allowLoopback) {
      throw refused("webhooks are not delivered to " + host + ": it is this host");
    }
    if (isIpLiteral(host)) {
      check(host, literal(host));
    }
    return uri;
  }

  /**
   * Resolves a host and checks every address it resolves to.
   *
   * @return the addresses to connect to, all allowed
   * @throws UnknownHostException when the host does not resolve
   * @throws EndpointRefusedException naming the first refused address and why
   */
  public List<InetAddress> addressesFor(String host) throws UnknownHostException {
    // An IP literal is its own answer; only names are looked up.
    List<InetAddress> addresses =
        isIpLiteral(host) ? List.of(literal(host)) : resolver.resolve(host);
    if (addresses == null || addresses.isEmpty()) {
      throw new UnknownHostException(host + ": no addresses");
    }
    for (InetAddress address : addresses) {
      check(host, address);
    }
    return List.copyOf(addresses);
  }

  /** The class of an address when this policy refuses it. */
  void check(String host, InetAddress address) {
    AddressClass kind = AddressClass.of(address);
    boolean allowed =
        switch (kind) {
          case PUBLIC -> true;
          case LOOPBACK -> allowLoopback;
          case PRIVATE, LINK_LOCAL -> allowPrivateNetworks;
          case METADATA, NOT_ROUTABLE -> false;
        };
    if (!allowed) {
      String ip = address.getHostAddress();
      throw refused(
          "webhooks are not delivered to "
              + (host.equalsIgnoreCase(ip) || isIpLiteral(host) ? ip : host + " (" + ip + ")")
              + ": it is "
              + kind.description()
              + hint(kind));
    }
  }

  private static String hint(AddressClass kind) {
    return switch (kind) {
      case LOOPBACK -> " (allowed only with loopback deliveries enabled)";
      case PRIVATE, LINK_LOCAL -> " (allowed only with private-network deliveries enabled)";
      default -> "";
    };
  }

  /** The URI's host without IPv6 brackets, lower case. */
  static String host(URI uri) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT);
  }

  private static boolean isLoopbackName(String host) {
    // RFC 6761: localhost and every name under it are this host, whatever DNS says.
    return host.equals("localhost") || host.endsWith(".localhost");
  }

  private boolean isLoopbackLiteral(String host) {
    return isIpLiteral(host) && AddressClass.of(literal(host)) == AddressClass.LOOPBACK;
  }

  /** Digits and dots (IPv4) or containing a colon (IPv6): never looked up by name. */
  static boolean isIpLiteral(String host) {
    return host.contains(":") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
  }

  private static InetAddress literal(String host) {
    try {
      return InetAddress.getByName(host); // a literal is parsed, never looked up
    } catch (UnknownHostException e) {
      throw refused("a webhook URL's host " + host + " is not a valid IP address");
    }
  }

  private static EndpointRefusedException refused(String message) {
    return new EndpointRefusedException(message);
  }
}
