package app.wingspan.server;

import app.wingspan.server.store.DeliveryRow;
import app.wingspan.server.store.DeliveryStore;
import app.wingspan.server.store.Store;
import app.wingspan.server.webhook.RetrySchedule;
import app.wingspan.server.webhook.WebhookDeliveries;
import app.wingspan.server.work.DurableWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code admin webhook-deliveries}: lists webhook deliveries (attempts, last status, next try) and
 * sends delivered or failed ones again. Prints no secret and no body (its size only).
 */
@Command(
    name = "webhook-deliveries",
    mixinStandardHelpOptions = true,
    description = "List webhook deliveries, or replay them (list | replay).",
    subcommands = {AdminDeliveries.ListDeliveries.class, AdminDeliveries.Replay.class})
final class AdminDeliveries implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "List deliveries, newest first, filtered by account, endpoint, invoice or state; prints"
              + " {\"deliveries\": [...]}.")
  static final class ListDeliveries implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Main.DatabaseOptions database = new Main.DatabaseOptions();

    @Option(names = "--account", description = "Only the endpoints of this account")
    String accountId;

    @Option(names = "--preference", description = "Only this endpoint (webhookPreferenceId)")
    String preferenceId;

    @Option(names = "--invoice", description = "Only this invoice's events")
    String invoiceId;

    @Option(names = "--state", description = "pending, delivered or failed")
    String state;

    @Option(
        names = "--limit",
        defaultValue = "100",
        description = "At most this many (default ${DEFAULT-VALUE}, at most 1000)")
    int limit;

    @Override
    public Integer call() {
      if (state != null
          && !List.of(DeliveryRow.PENDING, DeliveryRow.DELIVERED, DeliveryRow.FAILED)
              .contains(state)) {
        throw new IllegalArgumentException(
            "--state must be pending, delivered or failed, was '" + state + "'");
      }
      if (limit < 1 || limit > 1000) {
        throw new IllegalArgumentException("--limit must be within 1 and 1000, was " + limit);
      }
      return AdminCommand.run(
          database,
          spec,
          store -> {
            List<Map<String, Object>> deliveries = new ArrayList<>();
            for (DeliveryRow row :
                store
                    .deliveries()
                    .list(
                        new DeliveryStore.Filter(accountId, preferenceId, invoiceId, state),
                        limit)) {
              deliveries.add(view(row));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("deliveries", deliveries);
            return out;
          });
    }
  }

  @Command(
      name = "replay",
      mixinStandardHelpOptions = true,
      description =
          "Send delivered or failed deliveries again now, with the same body and webhook-id (a"
              + " running server sends them within a second); prints {\"replayed\": [...],"
              + " \"notReplayed\": [...]}.")
  static final class Replay implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Main.DatabaseOptions database = new Main.DatabaseOptions();

    @Option(
        names = "--delivery",
        required = true,
        description = "A delivery id (as listed); repeat for several")
    List<String> deliveryIds;

    @Override
    public Integer call() {
      return AdminCommand.runOn(
          database,
          spec,
          open -> {
            Store store = new Store(open.database());
            Clock clock = Clock.systemUTC();
            // Only schedules: this work is never started, a running server does the sending.
            WebhookDeliveries deliveries =
                new WebhookDeliveries(store, null, RetrySchedule.DEFAULT, clock);
            DurableWork work =
                DurableWork.builder(open.database().dataSource(), clock)
                    .name("admin-" + ProcessHandle.current().pid())
                    .register(deliveries.kind())
                    .build();
            List<String> replayed = new ArrayList<>();
            List<Map<String, Object>> notReplayed = new ArrayList<>();
            try {
              deliveries.runOn(work);
              for (String id : deliveryIds) {
                if (deliveries.replay(id)) {
                  replayed.add(id);
                } else {
                  Map<String, Object> why = new LinkedHashMap<>();
                  why.put("id", id);
                  why.put(
                      "reason",
                      store.deliveries().find(id).isPresent()
                          ? "pending already"
                          : "no such delivery");
                  notReplayed.add(why);
                }
              }
            } finally {
              work.close();
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("replayed", replayed);
            out.put("notReplayed", notReplayed);
            return out;
          });
    }
  }

  /** A delivery as listed: everything but the body, whose size is given. */
  static Map<String, Object> view(DeliveryRow row) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", row.id());
    out.put("webhookPreferenceId", row.preferenceId());
    out.put("accountId", row.accountId());
    out.put("eventId", row.eventId());
    out.put("eventName", row.eventName());
    out.put("invoiceId", row.invoiceId());
    out.put("objectVersion", row.objectVersion());
    out.put("state", row.state());
    out.put("attempts", row.attempts());
    out.put("replays", row.replays());
    out.put("firstAttemptAt", text(row.firstAttemptAt()));
    out.put("lastAttemptAt", text(row.lastAttemptAt()));
    out.put("lastStatusCode", row.lastStatusCode());
    out.put("lastError", row.lastError());
    out.put("nextAttemptAt", text(row.nextAttemptAt()));
    out.put("deliveredAt", text(row.deliveredAt()));
    out.put("failedAt", text(row.failedAt()));
    out.put("createdAt", text(row.createdAt()));
    out.put("payloadBytes", row.payload().length);
    return out;
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
