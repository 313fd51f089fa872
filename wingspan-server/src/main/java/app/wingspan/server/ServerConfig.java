package app.wingspan.server;

import app.wingspan.server.invoice.FeeSchedule;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Everything the server is configured with. Built by {@link Main} from flags and {@code WINGSPAN_*}
 * environment variables (a flag wins), or directly by tests.
 *
 * @param host interface to listen on
 * @param port HTTP port; 0 picks a free one
 * @param dataDir the embedded PostgreSQL's data directory (unused with {@code databaseUrl})
 * @param databaseUrl JDBC URL of an external PostgreSQL, or null for the embedded one
 * @param databaseUser user for {@code databaseUrl}
 * @param databasePassword password for {@code databaseUrl}; never printed
 * @param poolSize maximum database connections
 * @param feeSchedule the card fee schedule
 * @param logLevel root log level (TRACE, DEBUG, INFO, WARN, ERROR)
 * @param benchRoutes serve the benchmark-only routes under {@code /__bench}
 * @param seedDemo create the demo accounts and invoice on an empty database even when it is
 *     external
 * @param invoiceCache serve reads of recently used invoices from memory; only correct when this
 *     server is the only one writing the database's invoices, so on by default with the embedded
 *     database only
 * @param paymentProcessor {@code test} (the built-in test processor: no money moves) or {@code
 *     none} ({@code pay} answers 501)
 * @param achSettlementDelay how long after a bank debit starts its outcome is asked for (the test
 *     processor answers at once)
 * @param publicUrl the base URL payers reach this server at, for the links in invoices' attachments
 *     (e.g. {@code https://pay.example.com}); null: {@code http://} the listening address ({@code
 *     localhost} for a wildcard host) and port
 * @param pageLinkKey the key invoice page links are derived from (base64, at least 32 bytes); null:
 *     a key made once and kept in the database. Never printed
 * @param mail where the invoice messages go ({@link MailConfig})
 * @param webhooksAllowLoopback accept webhook URLs on this host, by http too (on by default with
 *     the embedded database)
 * @param webhooksAllowPrivateNetworks accept webhook URLs on private networks and link-local
 *     addresses
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    int poolSize,
    FeeSchedule feeSchedule,
    String logLevel,
    boolean benchRoutes,
    boolean seedDemo,
    boolean invoiceCache,
    String paymentProcessor,
    Duration achSettlementDelay,
    String publicUrl,
    String pageLinkKey,
    MailConfig mail,
    boolean webhooksAllowLoopback,
    boolean webhooksAllowPrivateNetworks) {

  static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
  static final Set<String> PAYMENT_PROCESSORS = Set.of("test", "none");

  /**
   * A builder with the defaults of the command line: port 8080 on every interface, data in {@code
   * ./data} (embedded PostgreSQL) unless a database URL is set, and the defaults that follow from
   * which of the two it is (invoice cache, payment processor, loopback webhooks).
   */
  public static Builder builder() {
    return new Builder();
  }

  public ServerConfig {
    if (mail == null) {
      mail = MailConfig.defaults();
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (poolSize < 1 || poolSize > 1_000) {
      throw new IllegalArgumentException(
          "database pool size must be between 1 and 1000, not " + poolSize);
    }
    if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "database URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), not '"
              + databaseUrl
              + "'");
    }
    if (databaseUrl == null && dataDir == null) {
      throw new IllegalArgumentException("either a data directory or a database URL is needed");
    }
    logLevel = logLevel.toUpperCase(Locale.ROOT);
    if (!LOG_LEVELS.contains(logLevel)) {
      throw new IllegalArgumentException(
          "log level must be one of TRACE, DEBUG, INFO, WARN, ERROR, not '" + logLevel + "'");
    }
    if (!PAYMENT_PROCESSORS.contains(paymentProcessor)) {
      throw new IllegalArgumentException(
          "payment processor must be test or none, not '" + paymentProcessor + "'");
    }
    if (achSettlementDelay.isNegative() || achSettlementDelay.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException(
          "ACH settlement delay must be between 0 and 30 days, not " + achSettlementDelay);
    }
    if (publicUrl != null) {
      publicUrl = checkedPublicUrl(publicUrl);
    }
    if (pageLinkKey != null) {
      pageLinkKeyBytes(pageLinkKey); // refuses a bad key now rather than at start
    }
  }

  private static String checkedPublicUrl(String text) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("public URL is not a URL: '" + text + "'");
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null
        || uri.getUserInfo() != null) {
      throw new IllegalArgumentException(
          "public URL must be an http or https URL with a host and no query, e.g."
              + " https://pay.example.com, not '"
              + text
              + "'");
    }
    String url = uri.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The page link key's bytes. */
  static byte[] pageLinkKeyBytes(String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "page link key must be base64 (e.g. openssl rand -base64 32)");
    }
    if (key.length < 32) {
      throw new IllegalArgumentException(
          "page link key must be at least 32 bytes (44 base64 characters), not " + key.length);
    }
    return key;
  }

  /** The public base URL links use when the server listens on {@code port}. */
  public String publicUrlFor(int listeningPort) {
    if (publicUrl != null) {
      return publicUrl;
    }
    String name =
        host.equals("0.0.0.0") || host.equals("::") || host.isBlank()
            ? "localhost"
            : host.contains(":") ? "[" + host + "]" : host;
    return "http://" + name + ":" + listeningPort;
  }

  /** True when the server runs its own PostgreSQL on {@link #dataDir()}. */
  public boolean embedded() {
    return databaseUrl == null;
  }

  /** Like the record's, without the password. */
  @Override
  public String toString() {
    return "ServerConfig[host="
        + host
        + ", port="
        + port
        + ", dataDir="
        + dataDir
        + ", databaseUrl="
        + databaseUrl
        + ", databaseUser="
        + databaseUser
        + ", databasePassword="
        + (databasePassword == null ? "none" : "***")
        + ", poolSize="
        + poolSize
        + ", feeSchedule="
        + feeSchedule
        + ", logLevel="
        + logLevel
        + ", benchRoutes="
        + benchRoutes
        + ", seedDemo="
        + seedDemo
        + ", invoiceCache="
        + invoiceCache
        + ", paymentProcessor="
        + paymentProcessor
        + ", achSettlementDelay="
        + achSettlementDelay
        + ", publicUrl="
        + publicUrl
        + ", pageLinkKey="
        + (pageLinkKey == null ? "none" : "***")
        + ", mail="
        + mail
        + ", webhooksAllowLoopback="
        + webhooksAllowLoopback
        + ", webhooksAllowPrivateNetworks="
        + webhooksAllowPrivateNetworks
        + "]";
  }

  /**
   * Builds a {@link ServerConfig} for embedding the server (the test kit does): name what differs
   * from the command line's defaults, and {@link #build()} checks the whole as the record does.
   */
  public static final class Builder {
    private String host = "0.0.0.0";
    private int port = 8080;
    private Path dataDir = Path.of("data");
    private String databaseUrl;
    private String databaseUser;
    private String databasePassword;
    private int poolSize = 10;
    private FeeSchedule feeSchedule = FeeSchedule.DEFAULT;
    private String logLevel = "INFO";
    private boolean benchRoutes;
    private boolean seedDemo;
    private Boolean invoiceCache;
    private String paymentProcessor;
    private Duration achSettlementDelay = Duration.ofSeconds(5);
    private String publicUrl;
    private String pageLinkKey;
    private MailConfig mail = MailConfig.defaults();
    private Boolean webhooksAllowLoopback;
    private boolean webhooksAllowPrivateNetworks;

    private Builder() {}

    /** The interface to listen on. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The HTTP port; 0 picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Where the embedded PostgreSQL keeps its data (ignored with a database URL). */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** An external PostgreSQL (a JDBC URL, several hosts allowed), its user and password. */
    public Builder database(String url, String user, String password) {
      this.databaseUrl = url;
      this.databaseUser = user;
      this.databasePassword = password;
      return this;
    }

    /** The most database connections. */
    public Builder poolSize(int poolSize) {
      this.poolSize = poolSize;
      return this;
    }

    /** The card fee. */
    public Builder feeSchedule(FeeSchedule feeSchedule) {
      this.feeSchedule = feeSchedule;
      return this;
    }

    /** TRACE, DEBUG, INFO, WARN or ERROR. */
    public Builder logLevel(String logLevel) {
      this.logLevel = logLevel;
      return this;
    }

    /** Serve the benchmark-only route. */
    public Builder benchRoutes(boolean benchRoutes) {
      this.benchRoutes = benchRoutes;
      return this;
    }

    /** Create the demo data on an empty external database too. */
    public Builder seedDemo(boolean seedDemo) {
      this.seedDemo = seedDemo;
      return this;
    }

    /** Serve reads from memory (default: on with the embedded database only). */
    public Builder invoiceCache(boolean invoiceCache) {
      this.invoiceCache = invoiceCache;
      return this;
    }

    /** "test" or "none" (default: test with the embedded database, none with an external one). */
    public Builder paymentProcessor(String paymentProcessor) {
      this.paymentProcessor = paymentProcessor;
      return this;
    }

    /** How long a test-mode bank debit takes to settle. */
    public Builder achSettlementDelay(Duration achSettlementDelay) {
      this.achSettlementDelay = achSettlementDelay;
      return this;
    }

    /** The base URL payers reach the server at (default: from the listening address). */
    public Builder publicUrl(String publicUrl) {
      this.publicUrl = publicUrl;
      return this;
    }

    /** The base64 key invoice links are derived with (default: generated and stored). */
    public Builder pageLinkKey(String pageLinkKey) {
      this.pageLinkKey = pageLinkKey;
      return this;
    }

    /** Where the invoice messages go. */
    public Builder mail(MailConfig mail) {
      this.mail = mail;
      return this;
    }

    /** Accept webhook URLs on this host (default: on with the embedded database only). */
    public Builder webhooksAllowLoopback(boolean allow) {
      this.webhooksAllowLoopback = allow;
      return this;
    }

    /** Accept webhook URLs on private networks and link-local addresses. */
    public Builder webhooksAllowPrivateNetworks(boolean allow) {
      this.webhooksAllowPrivateNetworks = allow;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException naming the first setting that is out of range
     */
    public ServerConfig build() {
      boolean embedded = databaseUrl == null;
      return new ServerConfig(
          host,
          port,
          dataDir,
          databaseUrl,
          databaseUser,
          databasePassword,
          poolSize,
          feeSchedule,
          logLevel,
          benchRoutes,
          seedDemo,
          invoiceCache != null ? invoiceCache : embedded,
          paymentProcessor != null ? paymentProcessor : embedded ? "test" : "none",
          achSettlementDelay,
          publicUrl,
          pageLinkKey,
          mail,
          webhooksAllowLoopback != null ? webhooksAllowLoopback : embedded,
          webhooksAllowPrivateNetworks);
    }
  }
}
