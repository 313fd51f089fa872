package app.wingspan.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.webhook.DeliveryClient.Delivery;
import app.wingspan.server.webhook.DeliveryResult.Outcome;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https to a name that resolves (through the policy) to 127.0.0.1: the connection goes to the
 * checked address, while SNI and the certificate check use the URL's host name. The receiver's
 * certificate, for {@code hooks.test} only, is made by the JDK's keytool.
 */
class TlsDeliveryTest {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static HttpsServer server;
  private static KeyStore trust;
  private static final List<String> serverNames = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    Path keys = dir.resolve("receiver.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "receiver",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=hooks.test",
                "-ext",
                "SAN=dns:hooks.test",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keys.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    assertThat(keytool.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue())
        .as(new String(keytool.getInputStream().readAllBytes()))
        .isZero();
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keys)) {
      keyStore.load(in, PASSWORD);
    }
    trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("receiver", keyStore.getCertificate("receiver"));

    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keyStore, PASSWORD);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            ((ExtendedSSLSession) ((HttpsExchange) exchange).getSSLSession())
                .getRequestedServerNames()
                .forEach(name -> serverNames.add(((SNIHostName) name).getAsciiName()));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static DeliveryClient client() {
    EndpointPolicy policy =
        new EndpointPolicy(
            true,
            false,
            host -> {
              if (!host.equals("hooks.test") && !host.equals("other.test")) {
                throw new UnknownHostException(host);
              }
              return List.of(InetAddress.getLoopbackAddress());
            });
    SslContextFactory.Client tls = new SslContextFactory.Client();
    tls.setTrustStore(trust);
    return new DeliveryClient(
        policy,
        new DeliveryClient.Settings(Duration.ofSeconds(20), Duration.ofSeconds(30), 1024, "test"),
        tls);
  }

  private static Delivery to(String host) {
    return new Delivery(
        URI.create("https://" + host + ":" + server.getAddress().getPort() + "/hook"),
        "evt_tls",
        "{}".getBytes(StandardCharsets.UTF_8),
        List.of("secret"));
  }

  @Test
  void deliversOverTlsToTheCheckedAddressWithTheUrlsNameAsSni() throws IOException {
    serverNames.clear();
    try (DeliveryClient client = client()) {
      DeliveryResult result = client.deliver(to("hooks.test"), Instant.now());

      assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.DELIVERED);
    }
    assertThat(serverNames).containsExactly("hooks.test");
  }

  @Test
  void refusesACertificateForAnotherName() {
    try (DeliveryClient client = client()) {
      DeliveryResult result = client.deliver(to("other.test"), Instant.now());

      assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
      assertThat(result.statusCode()).isZero();
      assertThat(result.detail()).startsWith("TLS failed");
    }
  }
}
