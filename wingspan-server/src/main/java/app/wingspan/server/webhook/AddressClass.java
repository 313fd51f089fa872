package app.wingspan.server.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which kind of network an IP address belongs to, as far as delivering a webhook to it goes: the
 * special-purpose ranges of the IANA IPv4 and IPv6 registries, and the cloud metadata addresses.
 * IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that
 * address, so {@code 64:ff9b::a9fe:a9fe} is the metadata address it stands for.
 */
enum AddressClass {
  /** Routable on the internet. */
  PUBLIC("a public address"),
  /** This host: 127.0.0.0/8, ::1. */
  LOOPBACK("a loopback address"),
  /** An internal network: RFC 1918, 100.64.0.0/10 (carrier-grade NAT), fc00::/7, fec0::/10. */
  PRIVATE("a private-network address"),
  /** 169.254.0.0/16 and fe80::/10: reachable only on the local link. */
  LINK_LOCAL("a link-local address"),
  /** A cloud provider's instance metadata service: credentials live there. */
  METADATA("a cloud metadata address"),
  /** Unspecified, multicast, broadcast, documentation, benchmarking or reserved. */
  NOT_ROUTABLE("a special-purpose address that is not a delivery destination");

  private final String description;

  AddressClass(String description) {
    this.description = description;
  }

  /** Reads as "10.0.0.1 is {@code description}". */
  String description() {
    return description;
  }

  static AddressClass of(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return ofIpv4(b);
    }
    if (address instanceof Inet6Address) {
      return ofIpv6(b);
    }
    return NOT_ROUTABLE;
  }

  private static AddressClass ofIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    int a3 = b[3] & 0xff;
    if ((a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) // AWS, GCP, Azure, OCI, ...
        || (a0 == 100 && a1 == 100 && a2 == 100 && a3 == 200)) { // Alibaba Cloud
      return METADATA;
    }
    if (a0 == 127) {
      return LOOPBACK;
    }
    if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
      return PRIVATE;
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return PRIVATE; // shared address space, carrier-grade NAT (RFC 6598)
    }
    if (a0 == 169 && a1 == 254) {
      return LINK_LOCAL;
    }
    if (a0 == 0 // "this network"
        || a0 >= 224 // multicast, reserved, broadcast
        || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF assignments, TEST-NET-1
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
        || (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2
        || (a0 == 203 && a1 == 0 && a2 == 113)) { // TEST-NET-3
      return NOT_ROUTABLE;
    }
    return PUBLIC;
  }

  private static AddressClass ofIpv6(byte[] b) {
    if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return ofIpv4(slice(b, 12)); // ::ffff:a.b.c.d, IPv4-mapped
    }
    if (isZero(b, 0, 12)) {
      if (isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1)) {
        return b[15] == 1 ? LOOPBACK : NOT_ROUTABLE; // ::1, ::
      }
      return ofIpv4(slice(b, 12)); // ::a.b.c.d, IPv4-compatible (deprecated)
    }
    int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (w0 == 0x64 && w1 == 0xff9b && isZero(b, 4, 12)) {
      return ofIpv4(slice(b, 12)); // 64:ff9b::/96, NAT64
    }
    if (w0 == 0x2002) {
      return ofIpv4(slice(b, 2)); // 2002::/16, 6to4
    }
    if (w0 == 0xfd00 && w1 == 0x0ec2 && isZero(b, 4, 14) && b[14] == 0x02 && b[15] == 0x54) {
      return METADATA; // fd00:ec2::254, AWS's IPv6 metadata address
    }
    if ((w0 & 0xfe00) == 0xfc00 || (w0 & 0xffc0) == 0xfec0) {
      return PRIVATE; // unique local fc00::/7, deprecated site-local fec0::/10
    }
    if ((w0 & 0xffc0) == 0xfe80) {
      return LINK_LOCAL;
    }
    if ((w0 & 0xff00) == 0xff00 // multicast
        || (w0 == 0x2001 && w1 == 0x0db8) // documentation
        || (w0 == 0x2001 && w1 < 0x0200) // IETF protocol assignments, Teredo among them
        || (w0 == 0x0100 && isZero(b, 2, 8)) // discard-only 100::/64
        || (w0 & 0xe000) != 0x2000) { // outside 2000::/3, the global unicast space
      return NOT_ROUTABLE;
    }
    return PUBLIC;
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] slice(byte[] b, int from) {
    return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
  }
}
