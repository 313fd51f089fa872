package app.wingspan.server;

import app.wingspan.server.events.EventConsumer;
import app.wingspan.server.events.EventDispatcher;
import app.wingspan.server.events.OverdueSweep;
import app.wingspan.server.http.AttachmentLinks;
import app.wingspan.server.http.HttpApi;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.PaymentRules;
import app.wingspan.server.mail.InvoiceMailer;
import app.wingspan.server.mail.InvoicePages;
import app.wingspan.server.mail.MailEvents;
import app.wingspan.server.page.InvoiceLinks;
import app.wingspan.server.page.InvoicePage;
import app.wingspan.server.page.MailPages;
import app.wingspan.server.payment.PaymentProcessor;
import app.wingspan.server.payment.SettlementWorker;
import app.wingspan.server.payment.TestPaymentProcessor;
import app.wingspan.server.service.InvoicePayments;
import app.wingspan.server.service.InvoiceWriter;
import app.wingspan.server.service.PayerDeskAdapter;
import app.wingspan.server.service.Services;
import app.wingspan.server.service.WebhookDeliveryLog;
import app.wingspan.server.service.WebhookPreferences;
import app.wingspan.server.store.Database;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.OpenDatabase;
import app.wingspan.server.store.PageLinkStore;
import app.wingspan.server.store.Store;
import app.wingspan.server.webhook.DeliveryClient;
import app.wingspan.server.webhook.EndpointPolicy;
import app.wingspan.server.webhook.PreferenceRules;
import app.wingspan.server.webhook.RetrySchedule;
import app.wingspan.server.webhook.WebhookDeliveries;
import app.wingspan.server.webhook.WebhookEvents;
import app.wingspan.server.work.DurableWork;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running client-invoice server: config, then database (embedded or external, migrated), store,
 * rules, service and HTTP, wired explicitly. Tests start it on port 0 exactly as {@link Main} does.
 */
public final class WingspanServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WingspanServer.class);

  /** How often the server looks for invoices newly past their due date. */
  static final long OVERDUE_SWEEP_SECONDS = 60;

  private final OpenDatabase database;
  private final Store store;
  private final HttpApi http;
  private final ScheduledExecutorService housekeeping;
  private final DemoData demo;
  private final SettlementWorker settlements;
  private final OverdueSweep overdue;
  private final DurableWork work;
  private final InvoicePage page;
  private final EventDispatcher dispatcher;
  private final DeliveryClient webhookClient;
  private final AtomicBoolean closed = new AtomicBoolean();

  private WingspanServer(
      OpenDatabase database,
      Store store,
      HttpApi http,
      ScheduledExecutorService housekeeping,
      DemoData demo,
      SettlementWorker settlements,
      OverdueSweep overdue,
      DurableWork work,
      InvoicePage page,
      EventDispatcher dispatcher,
      DeliveryClient webhookClient) {
    this.dispatcher = dispatcher;
    this.webhookClient = webhookClient;
    this.settlements = settlements;
    this.overdue = overdue;
    this.work = work;
    this.page = page;
    this.database = database;
    this.store = store;
    this.http = http;
    this.housekeeping = housekeeping;
    this.demo = demo;
  }

  /**
   * Starts everything {@code config} describes and returns once the server answers HTTP with its
   * database.
   *
   * <p>PostgreSQL, the pool and the migrations come up on their own thread while HTTP starts on
   * this one: the two are most of the start-up time and need nothing of each other until the
   * service is attached.
   */
  public static WingspanServer start(ServerConfig config) {
    return start(config, Embedding.none());
  }

  /**
   * Starts as {@link #start(ServerConfig)} does, with the clock and the extra HTTP handlers of
   * {@code embedding}: for programs that run the server inside their own JVM, such as the test kit.
   */
  public static WingspanServer start(ServerConfig config, Embedding embedding) {
    long t0 = System.nanoTime();
    setLogLevel(config.logLevel());
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    InvoiceRules rules = new InvoiceRules(config.feeSchedule());
    Clock clock = embedding.clock();
    // The page needs the HTTP port for its links, so it starts after the backend; the emails the
    // backend sends carry its links and PDFs from then on.
    AtomicReference<InvoicePage> page = new AtomicReference<>();
    InvoicePages pages = new MailPages(page::get);
    AtomicReference<AttachmentLinks> attachments = new AtomicReference<>();
    CompletableFuture<Backend> opening = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                opening.complete(
                    Backend.open(config, registry, rules, clock, pages, attachments::get));
              } catch (Throwable e) {
                opening.completeExceptionally(e);
              }
            },
            "wingspan-database-start");
    opener.start();
    HttpApi http = null;
    try {
      http =
          HttpApi.start(
              config.host(),
              config.port(),
              registry,
              () -> DemoData.benchInvoice(rules),
              config.benchRoutes(),
              embedding.handlers(),
              routes -> InvoicePage.routes(routes, page::get));
      long httpMs = (System.nanoTime() - t0) / 1_000_000;
      Backend backend = await(opening);
      Database db = backend.database().database();
      PageLinkStore pageLinks = backend.store().pageLinks();
      InvoiceLinks links =
          new InvoiceLinks(
              pageLinks,
              config.pageLinkKey() != null
                  ? ServerConfig.pageLinkKeyBytes(config.pageLinkKey())
                  : pageLinks.sharedKey(),
              config.publicUrlFor(http.port()),
              clock);
      attachments.set(links);
      page.set(
          new InvoicePage(
              links,
              new PayerDeskAdapter(
                  backend.services(),
                  backend.store(),
                  backend.writer(),
                  rules,
                  clock,
                  !config.paymentProcessor().equals("none")),
              clock));
      http.attach(
          new HttpApi.Dependencies(
              backend.services(),
              backend.store(),
              () -> db.isReady(1),
              links,
              new WebhookPreferences(
                  backend.store(),
                  new PreferenceRules(policy(config)),
                  clock,
                  new WebhookDeliveryLog(backend.store(), backend.webhooks()))));
      ScheduledExecutorService housekeeping =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "wingspan-housekeeping");
                thread.setDaemon(true);
                return thread;
              });
      Store store = backend.store();
      housekeeping.scheduleWithFixedDelay(
          () -> purgeIdempotencyKeys(store), 1, 60, TimeUnit.MINUTES);
      WebhookDeliveries webhooks = backend.webhooks();
      housekeeping.scheduleWithFixedDelay(
          () -> purgeWebhookDeliveries(webhooks), 2, 60, TimeUnit.MINUTES);
      OverdueSweep overdue = new OverdueSweep(store, clock);
      housekeeping.scheduleWithFixedDelay(
          () -> recordOverdue(overdue), 0, OVERDUE_SWEEP_SECONDS, TimeUnit.SECONDS);
      backend.work().start();
      backend.dispatcher().start();
      LOG.info(
          "started in {} ms: HTTP {} ms, in parallel with the database {} ms (embedded PostgreSQL {} ms)",
          (System.nanoTime() - t0) / 1_000_000,
          httpMs,
          backend.openMs(),
          backend.postgresMs());
      return new WingspanServer(
          backend.database(),
          store,
          http,
          housekeeping,
          backend.demo(),
          backend.settlements(),
          overdue,
          backend.work(),
          page.get(),
          backend.dispatcher(),
          backend.webhookClient());
    } catch (RuntimeException | Error e) {
      if (http != null) {
        http.stop();
      }
      // The database side may still be starting: let it finish, then stop it, so no PostgreSQL is
      // left behind.
      try {
        await(opening).close();
      } catch (RuntimeException | Error ignored) {
        // it failed on its own; its failure is reported through the future if it is the first one
      }
      throw e;
    }
  }

  /**
   * Everything behind the HTTP layer: the (embedded) database, the pool, the store, the service and
   * the durable work (not started yet).
   */
  private record Backend(
      OpenDatabase database,
      Store store,
      Services services,
      InvoiceWriter writer,
      DemoData demo,
      SettlementWorker settlements,
      DurableWork work,
      EventDispatcher dispatcher,
      DeliveryClient webhookClient,
      WebhookDeliveries webhooks,
      long postgresMs,
      long openMs) {

    static Backend open(
        ServerConfig config,
        PrometheusMeterRegistry registry,
        InvoiceRules rules,
        Clock clock,
        InvoicePages pages,
        java.util.function.Supplier<AttachmentLinks> attachments) {
      long t0 = System.nanoTime();
      OpenDatabase database = null;
      DurableWork work = null;
      DeliveryClient webhookClient = null;
      try {
        database =
            OpenDatabase.open(
                config.embedded() ? null : config.databaseUrl(),
                config.databaseUser(),
                config.databasePassword(),
                config.dataDir(),
                false,
                config.poolSize(),
                registry);
        long postgresMs = database.embeddedStartMs();
        Store store = new Store(database.database(), config.invoiceCache());
        InvoiceDocuments.Decoded decoded = Services.decodedMemo();
        InvoiceWriter writer = new InvoiceWriter(store.invoices(), decoded);
        String instance = ProcessHandle.current().pid() + "-" + Store.newId().substring(0, 8);
        DurableWork.Builder durable =
            DurableWork.builder(database.database().dataSource(), clock).name(instance);
        SettlementWorker settlements = null;
        InvoicePayments.Settings payments = null;
        if (config.paymentProcessor().equals("test")) {
          PaymentProcessor processor = new TestPaymentProcessor();
          settlements =
              new SettlementWorker(
                  store, new PaymentRules(rules), processor, writer, clock, instance);
          durable.register(settlements.kind());
          payments =
              new InvoicePayments.Settings(processor, config.achSettlementDelay(), settlements);
        }
        InvoiceMailer mailer =
            Mailing.transport(config, clock)
                .map(
                    transport ->
                        new InvoiceMailer(
                            store, writer, transport, pages, config.mail().messageIdHost(), clock))
                .orElse(null);
        if (mailer != null) {
          mailer.kinds().forEach(durable::register);
        }
        webhookClient = new DeliveryClient(policy(config), DeliveryClient.Settings.DEFAULT);
        WebhookDeliveries webhooks =
            new WebhookDeliveries(store, webhookClient, RetrySchedule.DEFAULT, clock);
        durable.register(webhooks.kind());
        work = durable.build();
        if (settlements != null) {
          settlements.runOn(work);
        }
        webhooks.runOn(work);
        List<EventConsumer> consumers = new ArrayList<>();
        List<Runnable> committed = new ArrayList<>();
        if (mailer != null) {
          mailer.runOn(work);
          MailEvents mail = new MailEvents(store, mailer);
          consumers.add(mail);
          committed.add(mail::committed);
        }
        consumers.add(new WebhookEvents(store, rules, webhooks, clock, attachments));
        committed.add(webhooks::committed);
        EventDispatcher dispatcher =
            new EventDispatcher(store, clock, consumers, () -> committed.forEach(Runnable::run));
        Services services = Services.wire(store, rules, clock, decoded, writer, payments);
        DemoData demo = null;
        if ((config.embedded() || config.seedDemo()) && store.hasNoAccounts()) {
          demo = DemoData.create(store, services, clock.instant());
        }
        return new Backend(
            database,
            store,
            services,
            writer,
            demo,
            settlements,
            work,
            dispatcher,
            webhookClient,
            webhooks,
            postgresMs,
            (System.nanoTime() - t0) / 1_000_000);
      } catch (RuntimeException | Error e) {
        if (work != null) {
          work.close();
        }
        if (webhookClient != null) {
          webhookClient.close();
        }
        if (database != null) {
          database.close();
        }
        throw e;
      }
    }

    void close() {
      dispatcher.close();
      work.close();
      webhookClient.close();
      database.close();
    }
  }

  /** Where webhooks may go, by the server's flags. */
  static EndpointPolicy policy(ServerConfig config) {
    return new EndpointPolicy(
        config.webhooksAllowLoopback(),
        config.webhooksAllowPrivateNetworks(),
        EndpointPolicy.Resolver.SYSTEM);
  }

  /** The backend once it is open, rethrowing what stopped it as it was thrown. */
  private static Backend await(CompletableFuture<Backend> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  public int port() {
    return http.port();
  }

  /** The store, for the admin command and tests. */
  public Store store() {
    return store;
  }

  /** The demo data created on this start, if the database was empty. */
  public Optional<DemoData> demo() {
    return Optional.ofNullable(demo);
  }

  /**
   * Forgets what the server remembers of the database between requests: the invoice cache and the
   * cached tokens. Only for a program that changes the database behind the server's back while no
   * request runs (the test kit empties it between tests); a server that is the only writer of its
   * database never needs it.
   */
  public void forgetCachedState() {
    store.forgetCachedInvoices();
    http.forgetCachedTokens();
    page.forget();
  }

  /**
   * Settles every bank debit in transit now, whatever its due time, as the settlement worker would
   * once it is due: for an embedding that must not wait (a test kit). Not reachable over HTTP.
   *
   * @return how many debits were settled (or failed, for an account whose debit fails); 0 without a
   *     processor
   */
  public int settlePaymentsInTransit() {
    return settlements == null ? 0 : settlements.settleAllNow();
  }

  /**
   * Records an {@code overdue} event for every Open invoice newly past its due date by the server's
   * clock, as the sweep does every {@value #OVERDUE_SWEEP_SECONDS} s: for an embedding that moves
   * the clock and must not wait (a test kit). Not reachable over HTTP.
   *
   * @return how many invoices were newly observed overdue
   */
  public int recordOverdueInvoices() {
    return overdue.run();
  }

  /**
   * Stops in order: HTTP stops accepting and lets in-flight requests finish, then the durable work
   * stops polling and lets running instances finish, then the pool closes, then the embedded
   * PostgreSQL stops. Safe to call more than once.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      http.stop();
    } finally {
      housekeeping.shutdownNow();
      try {
        dispatcher.close();
        work.close();
        webhookClient.close();
      } finally {
        database.close();
      }
    }
  }

  private static void recordOverdue(OverdueSweep overdue) {
    try {
      int observed = overdue.run();
      if (observed > 0) {
        LOG.info("observed {} invoices overdue", observed);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not record overdue invoices: {}", e.getMessage());
    }
  }

  private static void purgeWebhookDeliveries(WebhookDeliveries webhooks) {
    try {
      int purged = webhooks.purgeFinished();
      if (purged > 0) {
        LOG.info("forgot {} webhook deliveries finished over 30 days ago", purged);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not purge finished webhook deliveries: {}", e.getMessage());
    }
  }

  private static void purgeIdempotencyKeys(Store store) {
    try {
      int purged = store.idempotency().purgeExpired();
      if (purged > 0) {
        LOG.info("forgot {} idempotency keys older than 24 hours", purged);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not purge expired idempotency keys: {}", e.getMessage());
    }
  }

  static void setLogLevel(String level) {
    Logging.setRootLevel(level);
  }
}
