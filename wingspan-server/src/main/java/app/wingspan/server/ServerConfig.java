package app.wingspan.server;

import app.wingspan.server.invoice.FeeSchedule;
import java.nio.file.Path;
import java.time.Duration;
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
    boolean webhooksAllowLoopback,
    boolean webhooksAllowPrivateNetworks) {

  static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
  static final Set<String> PAYMENT_PROCESSORS = Set.of("test", "none");

  public ServerConfig {
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
  }

  /**
   * The configuration without the webhook flags: loopback webhook URLs are accepted with the
   * embedded database only, private networks never.
   */
  public ServerConfig(
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
      Duration achSettlementDelay) {
    this(
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
        invoiceCache,
        paymentProcessor,
        achSettlementDelay,
        databaseUrl == null,
        false);
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
        + ", webhooksAllowLoopback="
        + webhooksAllowLoopback
        + ", webhooksAllowPrivateNetworks="
        + webhooksAllowPrivateNetworks
        + "]";
  }
}
