package app.wingspan.server;

import app.wingspan.server.invoice.FeeSchedule;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code java -jar wingspan-server.jar} serves; {@code java -jar wingspan-server.jar admin ...}
 * manages accounts and tokens. Every flag {@code --some-name} may also be given as the environment
 * variable {@code WINGSPAN_SOME_NAME}; a flag wins.
 */
@Command(
    name = "wingspan-server",
    mixinStandardHelpOptions = true,
    subcommands = AdminCommand.class,
    description = {
      "Serves the client-invoice API on PostgreSQL (embedded by default).",
      "Every flag --some-name may also be set as the environment variable WINGSPAN_SOME_NAME; a flag wins."
    })
public final class Main implements Callable<Integer> {

  @CommandLine.Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(
      names = "--host",
      defaultValue = "0.0.0.0",
      description = "Interface to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port; 0 picks a free one (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--db-pool-size",
      defaultValue = "10",
      description = "Most database connections (default ${DEFAULT-VALUE}).")
  int poolSize;

  @Option(
      names = "--fee-schedule",
      defaultValue = "2.9%+0.30",
      description = "Card fee: percent of the amount plus a fixed part (default ${DEFAULT-VALUE}).")
  String feeSchedule;

  @Option(
      names = "--log-level",
      defaultValue = "INFO",
      description = "TRACE, DEBUG, INFO, WARN or ERROR (default ${DEFAULT-VALUE}).")
  String logLevel;

  @Option(
      names = "--bench-routes",
      defaultValue = "false",
      arity = "0..1",
      description =
          "Serve the benchmark-only route GET /__bench/client-invoice (default ${DEFAULT-VALUE}).")
  boolean benchRoutes;

  @Option(
      names = "--seed-demo",
      defaultValue = "false",
      arity = "0..1",
      description =
          "Create the demo data on an empty external database too (always done on an empty embedded one).")
  boolean seedDemo;

  @Option(
      names = "--invoice-cache",
      arity = "0..1",
      description =
          "Serve reads of recently used invoices from memory. Only for a server that is the only writer of"
              + " its database; default: on with the embedded database, off with --database-url.")
  Boolean invoiceCache;

  @Option(
      names = "--webhooks-allow-loopback",
      arity = "0..1",
      description =
          "Accept webhook URLs on this host (localhost, 127.0.0.0/8, ::1), by http too: local development"
              + " and tests. Default: on with the embedded database, off with --database-url.")
  Boolean webhooksAllowLoopback;

  @Option(
      names = "--webhooks-allow-private-networks",
      defaultValue = "false",
      arity = "0..1",
      description =
          "Accept webhook URLs on private networks and link-local addresses (10/8, 172.16/12,"
              + " 192.168/16, fc00::/7, ...): for integrators on the server's own network"
              + " (default ${DEFAULT-VALUE}).")
  boolean webhooksAllowPrivateNetworks;

  @Option(
      names = "--payment-processor",
      description =
          "test: the built-in test processor (no money moves; documented test card and account ids);"
              + " none: pay answers 501. Default: test with the embedded database, none with --database-url.")
  String paymentProcessor;

  @Option(
      names = "--ach-settlement-delay",
      defaultValue = "5s",
      description =
          "How long a bank (ACH) payment stays in transit before it settles, e.g. 5s, 500ms, 2m, PT1H"
              + " (default ${DEFAULT-VALUE}).")
  String achSettlementDelay;

  @Option(
      names = "--public-url",
      description =
          "Base URL payers reach this server at, for the invoice page and PDF links in invoices"
              + " (e.g. https://pay.example.com behind a proxy). Default: http://localhost:PORT"
              + " (or the --host given).")
  String publicUrl;

  @Option(
      names = "--page-link-key",
      description =
          "Key invoice page links are derived from: base64, at least 32 bytes (openssl rand -base64"
              + " 32). Default: a key made once and kept in the database; give one to keep it apart"
              + " from the data. Never printed.")
  String pageLinkKey;

  @Option(
      names = "--smtp-url",
      description =
          "SMTP relay for the invoice emails: smtp://user@host:587 (STARTTLS required),"
              + " smtps://user@host:465 (TLS), smtp://host:25?starttls=off (plain, local relays only)."
              + " The password comes from WINGSPAN_SMTP_PASSWORD only. Default: none (see --mail-outbox).")
  String smtpUrl;

  @Option(
      names = "--mail-from",
      defaultValue = MailConfig.DEFAULT_FROM,
      description = "From address of the invoice emails (default ${DEFAULT-VALUE}).")
  String mailFrom;

  @Option(
      names = "--mail-from-name",
      defaultValue = MailConfig.DEFAULT_FROM_NAME,
      description = "From display name of the invoice emails (default ${DEFAULT-VALUE}).")
  String mailFromName;

  @Option(
      names = "--mail-outbox",
      description =
          "Without --smtp-url: write the invoice emails as .eml files into this directory. Default:"
              + " <data-dir>/outbox with the embedded database; with --database-url, mail is off.")
  Path mailOutbox;

  /** Read from WINGSPAN_SMTP_PASSWORD only: a flag would show in the process list. */
  private String smtpPassword;

  private Main() {}

  public static void main(String[] args) {
    Logging.configureOwnProcess(); // before the first logger: this process logs as the server's own
    int code = commandLine(System.getenv()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The command line, reading {@code WINGSPAN_*} defaults from {@code environment}. */
  static CommandLine commandLine(Map<String, String> environment) {
    Main main = new Main();
    String smtpPassword = environment.get("WINGSPAN_SMTP_PASSWORD");
    main.smtpPassword = smtpPassword == null || smtpPassword.isEmpty() ? null : smtpPassword;
    CommandLine cl = new CommandLine(main);
    CommandLine.IDefaultValueProvider fromEnvironment =
        argument -> {
          if (!(argument instanceof OptionSpec)) {
            return null;
          }
          String value = environment.get(environmentName((OptionSpec) argument));
          return value == null || value.isBlank() ? null : value.trim();
        };
    applyRecursively(cl, fromEnvironment);
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          PrintWriter err = line.getErr();
          err.println("wingspan-server: " + messageOf(e));
          err.flush();
          return 2;
        });
    return cl;
  }

  private static void applyRecursively(CommandLine cl, CommandLine.IDefaultValueProvider provider) {
    cl.setDefaultValueProvider(provider);
    for (CommandLine sub : cl.getSubcommands().values()) {
      applyRecursively(sub, provider);
    }
  }

  /** {@code --db-pool-size} reads {@code WINGSPAN_DB_POOL_SIZE}. */
  static String environmentName(OptionSpec option) {
    return "WINGSPAN_"
        + option.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
  }

  private static String messageOf(Exception e) {
    Throwable t = e;
    while (t.getCause() != null
        && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /**
   * The configuration these flags and variables describe; a bad value is an exception naming it.
   */
  ServerConfig config() {
    FeeSchedule schedule;
    try {
      schedule = FeeSchedule.parse(feeSchedule);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "bad fee schedule '" + feeSchedule + "': " + e.getMessage(), e);
    }
    return new ServerConfig(
        host,
        port,
        database.dataDir,
        database.url(),
        database.user,
        database.password,
        poolSize,
        schedule,
        logLevel,
        benchRoutes,
        seedDemo,
        invoiceCache != null ? invoiceCache : database.url() == null,
        paymentProcessor != null
            ? paymentProcessor.trim().toLowerCase(Locale.ROOT)
            : database.url() == null ? "test" : "none",
        duration("ACH settlement delay", achSettlementDelay),
        publicUrl,
        pageLinkKey,
        new MailConfig(smtpUrl, smtpPassword, mailFrom, mailFromName, mailOutbox),
        webhooksAllowLoopback != null ? webhooksAllowLoopback : database.url() == null,
        webhooksAllowPrivateNetworks);
  }

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  /** {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, or ISO-8601 ({@code PT5S}). */
  static Duration duration(String what, String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      Matcher m = DURATION.matcher(t);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "bad " + what + " '" + text + "': expected a duration such as 500ms, 5s, 2m, 1h or PT5S");
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = config();
    long started = System.nanoTime();
    WingspanServer server = WingspanServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable shutdown =
        () -> {
          try {
            server.close();
          } finally {
            stopped.countDown();
          }
        };
    onTermination(shutdown);
    server.demo().ifPresent(demo -> System.out.println(demo.banner(server.port())));
    System.out.printf(
        "wingspan-server ready on port %d in %d ms (%s)%n",
        server.port(),
        (System.nanoTime() - started) / 1_000_000,
        config.embedded()
            ? "embedded PostgreSQL in " + config.dataDir().toAbsolutePath()
            : "external PostgreSQL");
    System.out.flush();
    stopped.await();
    return 0;
  }

  /**
   * Runs {@code shutdown} on SIGTERM/SIGINT before the JVM's shutdown hooks start. Embedded
   * PostgreSQL registers its own hook that stops the database at once; were we only a hook too,
   * both would run concurrently and in-flight requests would lose their database. Handling the
   * signal first lets HTTP drain, then the pool close, then PostgreSQL stop; a plain hook remains
   * for other exits.
   */
  private static void onTermination(Runnable shutdown) {
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "wingspan-shutdown"));
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object handler =
          Proxy.newProxyInstance(
              Main.class.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, args) -> {
                if (method.getName().equals("handle")) {
                  Thread stopper =
                      new Thread(
                          () -> {
                            shutdown.run();
                            System.exit(0);
                          },
                          "wingspan-signal-shutdown");
                  stopper.start();
                  return null;
                }
                if (method.getName().equals("hashCode")) {
                  return System.identityHashCode(proxy);
                }
                if (method.getName().equals("equals")) {
                  return proxy == args[0];
                }
                return "wingspan-signal-handler";
              });
      for (String name : new String[] {"TERM", "INT"}) {
        signal
            .getMethod("handle", signal, handlerType)
            .invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not available on this JVM: the shutdown hook alone still closes everything.
    }
  }

  /** Where the data lives: an embedded data directory, or an external PostgreSQL. */
  static final class DatabaseOptions {
    @Option(
        names = "--data-dir",
        defaultValue = "data",
        description =
            "Embedded PostgreSQL data directory (default ./${DEFAULT-VALUE}); ignored with --database-url.")
    Path dataDir;

    @Option(
        names = "--database-url",
        description = "JDBC URL of an external PostgreSQL (jdbc:postgresql://host:port/db).")
    String url;

    @Option(names = "--database-user", description = "User for --database-url.")
    String user;

    @Option(
        names = "--database-password",
        description = "Password for --database-url (prefer the environment variable).")
    String password;

    String url() {
      return url == null || url.isBlank() ? null : url;
    }
  }
}
