package app.wingspan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReminderScheduleTest {
  private static final LocalDate DUE = LocalDate.parse("2026-12-20");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "sent well before the due date: all four",
            "2026-12-01",
            List.of("DUE_IN_3_DAYS", "DUE_TODAY", "DUE_3_DAYS_AGO", "DUE_7_DAYS_AGO")),
        Arguments.of(
            "sent the day the first reminder would go: the invoice email stands for it",
            "2026-12-17",
            List.of("DUE_TODAY", "DUE_3_DAYS_AGO", "DUE_7_DAYS_AGO")),
        Arguments.of(
            "sent on the due date", "2026-12-20", List.of("DUE_3_DAYS_AGO", "DUE_7_DAYS_AGO")),
        Arguments.of(
            "sent 5 days late: only the week-late one", "2026-12-25", List.of("DUE_7_DAYS_AGO")),
        Arguments.of("sent 7 days late: none", "2026-12-27", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anInvoiceSentLateGetsOnlyTheRemindersStillAhead(
      String name, String sentOn, List<String> expected) {
    List<ReminderSchedule.Reminder> ahead = ReminderSchedule.ahead(DUE, LocalDate.parse(sentOn));
    assertThat(ahead).extracting(r -> r.kind().name()).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachReminderGoesAtTheStartOfItsDayInOrder(String name, String sentOn) {
    List<ReminderSchedule.Reminder> ahead = ReminderSchedule.ahead(DUE, LocalDate.parse(sentOn));
    assertThat(ahead).extracting(ReminderSchedule.Reminder::at).isSorted();
    assertThat(ahead)
        .allSatisfy(r -> assertThat(r.at().toString()).endsWith("T00:00:00Z"))
        .allSatisfy(r -> assertThat(r.at()).isAfter(Instant.parse(sentOn + "T23:59:59Z")));
  }
}
