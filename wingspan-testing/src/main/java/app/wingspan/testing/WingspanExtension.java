package app.wingspan.testing;

import app.wingspan.sdk.Wingspan;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link WingspanTest @WingspanTest}: starts the shared {@link
 * WingspanTestServer} on first use (it stops when the test run ends), resets it, and injects it and
 * its parts into tests.
 *
 * <p>Written against the JUnit Jupiter API that 5.10 and 6 both have, so a project on either runs
 * it: no method newer than 5.10, and the deprecated-in-6 store methods that 6 keeps.
 */
public final class WingspanExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  /**
   * The resource {@link WingspanTest} classes lock: they share one server, so they run one at a
   * time.
   */
  public static final String LOCK = "app.wingspan.testing.WingspanTestServer";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(WingspanExtension.class);
  private static final Set<Class<?>> INJECTABLE =
      Set.of(
          WingspanTestServer.class,
          Wingspan.class,
          TestAccounts.class,
          TestClock.class,
          Faults.class,
          TestWebhooks.class,
          WebhookReceiver.class,
          URI.class);

  /** Creates the extension; JUnit does, through {@link WingspanTest}. */
  public WingspanExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    WingspanTestServer server = server(context);
    // A @Nested class of a class that shares state shares it too: only the outermost class resets.
    boolean outermost = context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty();
    if (sharesState(context) && outermost) {
      server.reset();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    WingspanTestServer server = server(context);
    if (!sharesState(context)) {
      server.reset();
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      inject(instance, server);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == WebhookReceiver.class
        && parameter.getDeclaringExecutable() instanceof Constructor) {
      // The instance is made before the reset that stops every receiver.
      throw new ParameterResolutionException(
          "a WebhookReceiver cannot be a constructor parameter: take it in the test method, a"
              + " @BeforeEach method or an @InjectWingspan field");
    }
    return valueOf(parameter.getParameter().getType(), server(context));
  }

  private static void inject(Object instance, WingspanTestServer server)
      throws IllegalAccessException {
    for (Field field :
        AnnotationSupport.findAnnotatedFields(instance.getClass(), InjectWingspan.class)) {
      if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
        throw new ExtensionConfigurationException(
            "@InjectWingspan field " + field + " must be neither static nor" + " final");
      }
      if (!INJECTABLE.contains(field.getType())) {
        throw new ExtensionConfigurationException(
            "@InjectWingspan field "
                + field
                + " has type "
                + field.getType().getName()
                + "; injectable are "
                + INJECTABLE);
      }
      field.setAccessible(true);
      field.set(instance, valueOf(field.getType(), server));
    }
  }

  private static Object valueOf(Class<?> type, WingspanTestServer server) {
    if (type == WingspanTestServer.class) {
      return server;
    } else if (type == Wingspan.class) {
      return server.sdk();
    } else if (type == TestAccounts.class) {
      return server.accounts();
    } else if (type == TestClock.class) {
      return server.clock();
    } else if (type == Faults.class) {
      return server.faults();
    } else if (type == TestWebhooks.class) {
      return server.webhooks();
    } else if (type == WebhookReceiver.class) {
      return server.webhooks().receiver();
    } else if (type == URI.class) {
      return URI.create(server.baseUrl());
    }
    throw new IllegalArgumentException("not injectable: " + type);
  }

  /** The {@code @WingspanTest} of the test's class, or else of the nearest enclosing class. */
  private static boolean sharesState(ExtensionContext context) {
    for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
      java.util.Optional<WingspanTest> found =
          at.getTestClass()
              .flatMap(type -> AnnotationSupport.findAnnotation(type, WingspanTest.class));
      if (found.isPresent()) {
        return found.get().shareStateAcrossTests();
      }
    }
    return false;
  }

  /** The one server of this test run: started on first use, closed when the run ends. */
  @SuppressWarnings("deprecation") // the Store method 5.10 has; 6 keeps it, deprecated
  private static WingspanTestServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            RunningServer.class,
            type -> new RunningServer(WingspanTestServer.start()),
            RunningServer.class)
        .server();
  }

  /**
   * The server as the root store holds it: a {@code CloseableResource}, which JUnit 5.10 closes at
   * the end of the run and 6 still does (5.10 does not close a plain {@code AutoCloseable}).
   */
  @SuppressWarnings("deprecation")
  private record RunningServer(WingspanTestServer server)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}
