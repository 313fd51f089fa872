package app.wingspan.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where webhooks may go: URL forms, and every address a host resolves to, decided by the policy
 * alone. Names resolve through a fixed table here; nothing connects anywhere.
 */
class EndpointPolicyTest {

  /** Names to the addresses a (possibly hostile) DNS answers for them. */
  private static final Map<String, List<String>> DNS =
      Map.of(
          "hooks.example.com", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
          "internal.example.com", List.of("10.0.0.1"),
          "metadata.example.com", List.of("169.254.169.254"),
          "mixed.example.com", List.of("93.184.216.34", "192.168.1.10"),
          "v6-local.example.com", List.of("fd12:3456:789a::1"),
          "loop.example.com", List.of("127.0.0.1"),
          "nat64-metadata.example.com", List.of("64:ff9b::a9fe:a9fe"));

  private static final EndpointPolicy.Resolver TABLE =
      host -> {
        List<String> ips = DNS.get(host);
        if (ips == null) {
          throw new UnknownHostException(host);
        }
        return ips.stream().map(EndpointPolicyTest::literal).toList();
      };

  private static final EndpointPolicy STRICT = new EndpointPolicy(false, false, TABLE);
  private static final EndpointPolicy LOOPBACK = new EndpointPolicy(true, false, TABLE);
  private static final EndpointPolicy PRIVATE = new EndpointPolicy(false, true, TABLE);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      93.184.216.34                      | PUBLIC
      8.8.8.8                            | PUBLIC
      2606:2800:220:1:248:1893:25c8:1946 | PUBLIC
      127.0.0.1                          | LOOPBACK
      127.255.0.9                        | LOOPBACK
      ::1                                | LOOPBACK
      10.0.0.1                           | PRIVATE
      172.16.0.1                         | PRIVATE
      172.31.255.255                     | PRIVATE
      192.168.1.10                       | PRIVATE
      100.64.0.1                         | PRIVATE
      fd12:3456:789a::1                  | PRIVATE
      fc00::1                            | PRIVATE
      fec0::1                            | PRIVATE
      169.254.1.1                        | LINK_LOCAL
      fe80::1                            | LINK_LOCAL
      169.254.169.254                    | METADATA
      100.100.100.200                    | METADATA
      fd00:ec2::254                      | METADATA
      ::ffff:169.254.169.254             | METADATA
      ::ffff:10.0.0.1                    | PRIVATE
      ::a9fe:a9fe                        | METADATA
      64:ff9b::a9fe:a9fe                 | METADATA
      64:ff9b::808:808                   | PUBLIC
      2002:a00:1::                       | PRIVATE
      2002:7f00:1::                      | LOOPBACK
      0.0.0.0                            | NOT_ROUTABLE
      ::                                 | NOT_ROUTABLE
      0.1.2.3                            | NOT_ROUTABLE
      224.0.0.1                          | NOT_ROUTABLE
      255.255.255.255                    | NOT_ROUTABLE
      240.0.0.1                          | NOT_ROUTABLE
      192.0.2.1                          | NOT_ROUTABLE
      198.18.0.1                         | NOT_ROUTABLE
      203.0.113.7                        | NOT_ROUTABLE
      ff02::1                            | NOT_ROUTABLE
      2001:db8::1                        | NOT_ROUTABLE
      2001:0:4136:e378:8000:63bf:3fff:fdd2 | NOT_ROUTABLE
      100::1                             | NOT_ROUTABLE
      172.32.0.1                         | PUBLIC
      100.128.0.1                        | PUBLIC
      169.255.0.1                        | PUBLIC
      """)
  void classifiesAddresses(String ip, AddressClass expected) {
    assertThat(AddressClass.of(literal(ip))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      strict   | https://hooks.example.com/wingspan?token=t | allowed
      strict   | HTTPS://hooks.example.com:8443/            | allowed
      strict   | https://93.184.216.34/                     | allowed
      strict   | http://hooks.example.com/                  | a webhook URL must use https
      loopback | http://hooks.example.com/                  | a webhook URL must use https (http only to localhost or a loopback address)
      loopback | http://localhost:8080/hooks                | allowed
      loopback | http://127.0.0.1:8080/hooks                | allowed
      loopback | http://[::1]:8080/hooks                    | allowed
      strict   | http://localhost:8080/hooks                | a webhook URL must use https
      strict   | https://localhost/hooks                    | webhooks are not delivered to localhost: it is this host
      strict   | https://api.localhost/hooks                | webhooks are not delivered to api.localhost: it is this host
      strict   | https://127.0.0.1/hooks                    | webhooks are not delivered to 127.0.0.1: it is a loopback address (allowed only with loopback deliveries enabled)
      strict   | https://10.1.2.3/hooks                     | webhooks are not delivered to 10.1.2.3: it is a private-network address (allowed only with private-network deliveries enabled)
      private  | https://10.1.2.3/hooks                     | allowed
      strict   | https://169.254.169.254/latest/meta-data   | webhooks are not delivered to 169.254.169.254: it is a cloud metadata address
      private  | https://169.254.169.254/latest/meta-data   | webhooks are not delivered to 169.254.169.254: it is a cloud metadata address
      strict   | https://[fe80::1]/                         | webhooks are not delivered to fe80:0:0:0:0:0:0:1: it is a link-local address (allowed only with private-network deliveries enabled)
      strict   | https://[::ffff:a9fe:a9fe]/                | webhooks are not delivered to 169.254.169.254: it is a cloud metadata address
      strict   | https://0.0.0.0/                           | webhooks are not delivered to 0.0.0.0: it is a special-purpose address that is not a delivery destination
      strict   | ftp://hooks.example.com/                   | a webhook URL must use https, not ftp
      strict   | /relative/path                             | a webhook URL must be an absolute https URL with a host
      strict   | https:opaque                               | a webhook URL must be an absolute https URL with a host
      strict   | https://user:pw@hooks.example.com/         | a webhook URL must not carry a user name or password
      strict   | https://hooks.example.com/#frag            | a webhook URL must not have a fragment (#...)
      strict   | https://hooks example.com/                 | a webhook URL must be a valid absolute URL: Illegal character in authority
      """)
  void checksUrlsWithoutLookingUpNames(String policy, String url, String expected) {
    EndpointPolicy chosen =
        switch (policy) {
          case "strict" -> STRICT;
          case "loopback" -> LOOPBACK;
          default -> PRIVATE;
        };
    if (expected.equals("allowed")) {
      assertThat(chosen.checkUrl(url).toString()).isEqualTo(url);
    } else {
      assertThatThrownBy(() -> chosen.checkUrl(url))
          .isInstanceOf(EndpointRefusedException.class)
          .hasMessage(expected);
    }
  }

  @Test
  void refusesAUrlLongerThan2048Characters() {
    String url = "https://hooks.example.com/" + "a".repeat(2048);

    assertThatThrownBy(() -> STRICT.checkUrl(url))
        .isInstanceOf(EndpointRefusedException.class)
        .hasMessage("a webhook URL must be at most 2048 characters");
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      strict   | hooks.example.com          | 93.184.216.34 2606:2800:220:1:248:1893:25c8:1946
      strict   | internal.example.com       | webhooks are not delivered to internal.example.com (10.0.0.1): it is a private-network address (allowed only with private-network deliveries enabled)
      private  | internal.example.com       | 10.0.0.1
      strict   | metadata.example.com       | webhooks are not delivered to metadata.example.com (169.254.169.254): it is a cloud metadata address
      private  | metadata.example.com       | webhooks are not delivered to metadata.example.com (169.254.169.254): it is a cloud metadata address
      strict   | nat64-metadata.example.com | webhooks are not delivered to nat64-metadata.example.com (64:ff9b:0:0:0:0:a9fe:a9fe): it is a cloud metadata address
      strict   | mixed.example.com          | webhooks are not delivered to mixed.example.com (192.168.1.10): it is a private-network address (allowed only with private-network deliveries enabled)
      strict   | v6-local.example.com       | webhooks are not delivered to v6-local.example.com (fd12:3456:789a:0:0:0:0:1): it is a private-network address (allowed only with private-network deliveries enabled)
      strict   | loop.example.com           | webhooks are not delivered to loop.example.com (127.0.0.1): it is a loopback address (allowed only with loopback deliveries enabled)
      loopback | loop.example.com           | 127.0.0.1
      """)
  void checksEveryAddressANameResolvesTo(String policy, String host, String expected)
      throws UnknownHostException {
    EndpointPolicy chosen =
        switch (policy) {
          case "strict" -> STRICT;
          case "loopback" -> LOOPBACK;
          default -> PRIVATE;
        };
    if (expected.startsWith("webhooks are not")) {
      assertThatThrownBy(() -> chosen.addressesFor(host))
          .isInstanceOf(EndpointRefusedException.class)
          .hasMessage(expected);
    } else {
      assertThat(chosen.addressesFor(host))
          .containsExactlyElementsOf(
              Arrays.stream(expected.split(" ")).map(EndpointPolicyTest::literal).toList());
    }
  }

  @Test
  void aNameThatDoesNotResolveIsUnknownNotRefused() {
    assertThatThrownBy(() -> STRICT.addressesFor("nowhere.example.com"))
        .isInstanceOf(UnknownHostException.class);
    assertThatThrownBy(() -> new EndpointPolicy(false, false, host -> List.of()).addressesFor("x"))
        .isInstanceOf(UnknownHostException.class)
        .hasMessage("x: no addresses");
  }

  static InetAddress literal(String ip) {
    try {
      return InetAddress.getByName(ip); // literals only: parsed, never looked up
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(ip, e);
    }
  }
}
