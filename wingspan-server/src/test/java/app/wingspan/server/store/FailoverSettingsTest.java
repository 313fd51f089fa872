package app.wingspan.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What makes the server ride through a primary switch: which failures answer 503 rather than 500,
 * which connections the pool throws away, how long a multi-host connection attempt may take.
 */
class FailoverSettingsTest {

  @ParameterizedTest(name = "SQLState {0}: transient {1}")
  @CsvSource({
    "08001, true", // could not connect (no host is primary yet)
    "08006, true", // the connection broke (the primary died)
    "08003, true", // the connection is closed
    "57P01, true", // admin shutdown (a demotion stops the old primary)
    "57P02, true", // crash shutdown
    "57P03, true", // cannot connect now (starting, recovering)
    "25006, true", // read-only transaction (the node is a standby now)
    "40001, true", // serialization failure (and standby recovery conflicts)
    "40P01, true", // deadlock detected
    "53300, true", // too many connections
    "23505, false", // unique violation: a fault, not a moment
    "42P01, false", // undefined table
    "22001, false", // string too long
  })
  void aFailureIsTransientByItsSqlState(String state, boolean transientFailure) {
    SQLException failure = new SQLException("failure", state);
    assertThat(TransientFailures.in(failure)).isEqualTo(transientFailure);
    assertThat(TransientFailures.in(new IllegalStateException("a statement failed", failure)))
        .as("found among the causes")
        .isEqualTo(transientFailure);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "25006, MUST_EVICT",
    "08006, CONTINUE_EVICT",
    "23505, CONTINUE_EVICT",
  })
  void aConnectionThatMetAReadOnlyTransactionLeavesThePool(
      String state, SQLExceptionOverride.Override expected) {
    assertThat(
            new TransientFailures.EvictNonPrimary().adjudicate(new SQLException("failure", state)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db:5432/wingspan | 1",
        "jdbc:postgresql://h1:5432,h2:5433/wingspan?targetServerType=primary | 2",
        "jdbc:postgresql://h1,h2,h3/wingspan | 3",
        "jdbc:postgresql://[::1]:5432,h2:5432 | 2",
        "jdbc:postgresql:wingspan | 1",
        "jdbc:postgresql://h1,h2?options=a,b | 2",
      })
  void aLoginHasTimeForEveryHostOfTheUrl(String url, int hosts) {
    assertThat(Database.hostCount(url)).isEqualTo(hosts);
  }

  @org.junit.jupiter.api.Test
  void noConnectionFromThePoolInTimeIsTransient() {
    assertThat(TransientFailures.in(new SQLTransientConnectionException("timeout"))).isTrue();
    assertThat(TransientFailures.in(new IllegalStateException("bug"))).isFalse();
  }
}
