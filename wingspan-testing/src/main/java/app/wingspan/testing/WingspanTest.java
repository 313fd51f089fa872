package app.wingspan.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a JUnit test class against a real Wingspan-compatible server: one {@link WingspanTestServer}
 * per JVM, started on first use and shared by every such class, reset to a clean state before each
 * test (or once per class with {@link #shareStateAcrossTests()}).
 *
 * <p>Test methods, lifecycle methods and constructors may declare parameters of these types, and
 * fields of these types annotated {@link InjectWingspan @InjectWingspan} are set before each test:
 *
 * <ul>
 *   <li>{@link WingspanTestServer}: everything below, plus {@code baseUrl()} and {@code reset()};
 *   <li>{@link app.wingspan.sdk.Wingspan}: an SDK client calling as the ready client account;
 *   <li>{@link TestAccounts}: the ready member and client with their tokens, and more on request;
 *   <li>{@link TestClock}: the server's clock;
 *   <li>{@link Faults}: faults to inject into the next matching requests;
 *   <li>{@link TestWebhooks}: webhook receivers, registered in one line;
 *   <li>{@link WebhookReceiver}: the ready client's webhook endpoint for every event, registered on
 *       first use in each test;
 *   <li>{@link java.net.URI}: the server's base URL, for code under test that builds its own
 *       client.
 * </ul>
 *
 * <p>Such classes run one at a time (they share the server), also when JUnit runs tests in
 * parallel.
 *
 * <pre>{@code
 * @WingspanTest
 * class ReminderTest {
 *   @Test
 *   void remindsOfOverdueInvoices(Wingspan sdk, TestAccounts accounts, TestClock clock) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WingspanExtension.class)
@ResourceLock(WingspanExtension.LOCK)
public @interface WingspanTest {

  /**
   * When true, the server is reset once before the class's first test instead of before every test,
   * so its tests see each other's invoices, accounts, clock and faults (they then run in the order
   * JUnit chooses, unless the class orders them). Its {@code @Nested} classes share that state too.
   *
   * @return whether the class's tests share one state
   */
  boolean shareStateAcrossTests() default false;
}
