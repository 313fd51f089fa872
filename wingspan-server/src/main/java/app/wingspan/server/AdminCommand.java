package app.wingspan.server;

import app.wingspan.model.Address;
import app.wingspan.model.WebhookPreference;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.service.WebhookPreferences;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.ApiTokens;
import app.wingspan.server.store.EventRow;
import app.wingspan.server.store.OpenDatabase;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.WebhookRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code admin}: creates accounts and API tokens, lists an invoice's events and an account's
 * webhook preferences, and prints the result as JSON, for people and scripts.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description =
        "Manage accounts and API tokens, list invoice events, webhook preferences and deliveries,"
            + " replay deliveries (embedded data directory or --database-url).",
    subcommands = {
      AdminCommand.CreateAccount.class,
      AdminCommand.CreateToken.class,
      AdminCommand.Events.class,
      AdminCommand.WebhookPreferencesCommand.class,
      AdminDeliveries.class
    })
final class AdminCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  /**
   * Runs {@code work} against the configured database, then prints its result as one line of JSON.
   */
  static int run(
      Main.DatabaseOptions options,
      CommandLine.Model.CommandSpec spec,
      Function<Store, Map<String, Object>> work) {
    return runOn(options, spec, database -> work.apply(new Store(database.database())));
  }

  /** As {@link #run}, for work that needs the database itself (its pool: durable work). */
  static int runOn(
      Main.DatabaseOptions options,
      CommandLine.Model.CommandSpec spec,
      Function<OpenDatabase, Map<String, Object>> work) {
    WingspanServer.setLogLevel("WARN");
    try (OpenDatabase database =
        OpenDatabase.open(
            options.url(), options.user, options.password, options.dataDir, true, 2, null)) {
      Map<String, Object> result = work.apply(database);
      spec.commandLine().getOut().println(ServerJson.mapper().writeValueAsString(result));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Command(
      name = "create-account",
      mixinStandardHelpOptions = true,
      description = "Create a member or client account; prints {\"id\": ..., \"kind\": ...}.")
  static final class CreateAccount implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Main.DatabaseOptions database = new Main.DatabaseOptions();

    @Option(names = "--kind", required = true, description = "member or client")
    String kind;

    @Option(names = "--name", description = "Person's name")
    String name;

    @Option(names = "--company", description = "Company name")
    String company;

    @Option(names = "--email", description = "Email address")
    String email;

    @Option(names = "--address-line1")
    String addressLine1;

    @Option(names = "--address-line2")
    String addressLine2;

    @Option(names = "--city")
    String city;

    @Option(names = "--state")
    String state;

    @Option(names = "--postal-code")
    String postalCode;

    @Option(names = "--logo-url", description = "URL of the logo shown on invoices")
    String logoUrl;

    @Override
    public Integer call() {
      AccountKind accountKind = AccountKind.parse(kind);
      String address = address();
      return run(
          database,
          spec,
          store -> {
            Account account =
                store.createAccount(accountKind, name, company, email, address, logoUrl);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", account.id());
            out.put("kind", account.kind().wireName());
            return out;
          });
    }

    private String address() {
      if (addressLine1 == null
          && addressLine2 == null
          && city == null
          && state == null
          && postalCode == null) {
        return null;
      }
      if (addressLine1 == null || city == null || state == null || postalCode == null) {
        throw new IllegalArgumentException(
            "an address needs --address-line1, --city, --state and --postal-code (--address-line2 is optional)");
      }
      return DemoData.json(new Address(addressLine1, city, postalCode, state, addressLine2));
    }
  }

  @Command(
      name = "create-token",
      mixinStandardHelpOptions = true,
      description =
          "Create an API token for an account; prints {\"accountId\": ..., \"token\": ...} (shown once).")
  static final class CreateToken implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Main.DatabaseOptions database = new Main.DatabaseOptions();

    @Option(names = "--account", required = true, description = "The account id")
    String accountId;

    @Override
    public Integer call() {
      return run(
          database,
          spec,
          store -> {
            store
                .findAccount(accountId)
                .orElseThrow(
                    () -> new IllegalArgumentException("no account with id '" + accountId + "'"));
            String token = ApiTokens.generate();
            store.addToken(accountId, ApiTokens.hash(token));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("accountId", accountId);
            out.put("token", token);
            return out;
          });
    }
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description =
          "List an invoice's events in order; prints {\"invoiceId\": ..., \"events\": [...]}.")
  static final class Events implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Main.DatabaseOptions database = new Main.DatabaseOptions();

    @Option(names = "--invoice", required = true, description = "The invoice id")
    String invoiceId;

    @Override
    public Integer call() {
      return run(
          database,
          spec,
          store -> {
            List<Map<String, Object>> events = new ArrayList<>();
            for (EventRow event : store.events(invoiceId)) {
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("seq", event.seq());
              out.put("id", event.id());
              out.put("kind", event.kind());
              out.put("at", event.at().toString());
              out.put("version", event.version());
              out.put("clientId", event.clientId());
              out.put("memberId", event.memberId());
              out.put("by", event.byClient() ? "client" : "system");
              out.put("data", event.dataJson() == null ? null : json(event.dataJson()));
              events.add(out);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("invoiceId", invoiceId);
            out.put("events", events);
            return out;
          });
    }

    private static JsonNode json(String text) {
      try {
        return ServerJson.mapper().readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored event data is not JSON", e);
      }
    }
  }

  @Command(
      name = "webhooks",
      mixinStandardHelpOptions = true,
      description =
          "List an account's webhook preferences, oldest first, never their secrets; prints"
              + " {\"accountId\": ..., \"webhooks\": [...]}.")
  static final class WebhookPreferencesCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Main.DatabaseOptions database = new Main.DatabaseOptions();

    @Option(names = "--account", required = true, description = "The account id")
    String accountId;

    @Override
    public Integer call() {
      return run(
          database,
          spec,
          store -> {
            store
                .findAccount(accountId)
                .orElseThrow(
                    () -> new IllegalArgumentException("no account with id '" + accountId + "'"));
            List<Map<String, Object>> webhooks = new ArrayList<>();
            for (WebhookRow row : store.webhooks().ofAccount(accountId)) {
              Map<String, Object> out = new LinkedHashMap<>();
              WebhookPreference answer = WebhookPreferences.answer(row);
              out.put("webhookPreferenceId", answer.webhookPreferenceId());
              out.put("url", answer.url());
              out.put("subscribedEvents", answer.subscribedEvents());
              out.put("status", answer.status().value());
              out.put("disabledReason", answer.disabledReason());
              out.put("createdAt", answer.createdAt());
              out.put("updatedAt", answer.updatedAt());
              // Whether a rotated-out secret still signs, and until when; never the secrets.
              out.put(
                  "previousSecretSignsUntil",
                  row.previousSecretExpiresAt() == null
                      ? null
                      : row.previousSecretExpiresAt().toString());
              webhooks.add(out);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("accountId", accountId);
            out.put("webhooks", webhooks);
            return out;
          });
    }
  }
}
