package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every open enum behaves the same: constants by wire value, unknown values kept, equality by
 * value.
 */
class OpenEnumTest {

  static Stream<Arguments> knownValues() {
    return OpenEnums.KINDS.entrySet().stream()
        .flatMap(
            kind ->
                kind.getValue().known().stream()
                    .map(
                        value ->
                            Arguments.of(kind.getKey().getSimpleName(), value, kind.getValue())));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("knownValues")
  void knownValueMapsToItsConstant(String type, OpenEnum constant, OpenEnums.Kind kind) {
    OpenEnum decoded = WireSchema.read("\"" + constant.value() + "\"", constant.getClass());

    assertThat(constant.isKnown()).isTrue();
    assertThat(kind.factory().apply(constant.value())).isSameAs(constant);
    assertThat(decoded).isSameAs(constant);
    assertThat(constant.toString()).isEqualTo(constant.value());
    assertThat(WireSchema.write(constant)).isEqualTo("\"" + constant.value() + "\"");
  }

  static Stream<Arguments> kinds() {
    return OpenEnums.KINDS.entrySet().stream()
        .map(kind -> Arguments.of(kind.getKey(), kind.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void unknownValueIsKeptAndEqualByValue(Class<?> type, OpenEnums.Kind kind) {
    OpenEnum first = kind.factory().apply("SomethingNew");
    OpenEnum second = WireSchema.read("\"SomethingNew\"", kind.factory().apply("x").getClass());

    assertThat(first)
        .isInstanceOf(type)
        .isEqualTo(second)
        .hasSameHashCodeAs(second)
        .isNotSameAs(second);
    assertThat(first.isKnown()).isFalse();
    assertThat(first.value()).isEqualTo("SomethingNew");
    assertThat(List.<OpenEnum>copyOf(kind.known()))
        .doesNotContain(first)
        .isNotEmpty()
        .doesNotHaveDuplicates();
    assertThatNullPointerException().isThrownBy(() -> kind.factory().apply(null));
  }

  @Test
  void everyEnumTheModelUsesIsRegisteredForStrictReading() {
    Set<Class<?>> used = new LinkedHashSet<>();
    for (Class<?> type : ModelTypes.records()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (OpenEnum.class.isAssignableFrom(ModelTypes.valueClass(component))) {
          used.add(ModelTypes.valueClass(component));
        }
      }
    }
    assertThat(OpenEnums.KINDS.keySet()).containsExactlyInAnyOrderElementsOf(used);
  }

  @Test
  void sameStringInTwoEnumTypesIsNotEqual() {
    assertThat(InvoiceStatus.PENDING.value()).isEqualTo(MemberClientStatus.PENDING.value());
    assertThat((Object) InvoiceStatus.PENDING).isNotEqualTo(MemberClientStatus.PENDING);
  }

  @Test
  void invoiceStatusHasTheSevenStatusesOfTheApi() {
    assertThat(InvoiceStatus.knownValues())
        .containsExactly(
            InvoiceStatus.DRAFT,
            InvoiceStatus.OPEN,
            InvoiceStatus.OVERDUE,
            InvoiceStatus.CANCELLED,
            InvoiceStatus.PENDING,
            InvoiceStatus.PAYMENT_IN_TRANSIT,
            InvoiceStatus.PAID);
    assertThat(Currency.knownValues()).extracting(Currency::value).containsExactly("USD", "CAD");
  }

  @Test
  void matchingIsCaseSensitive() {
    assertThat(InvoiceStatus.of("paid").isKnown()).isFalse();
    assertThat(List.of(InvoiceStatus.of("Paid"))).containsExactly(InvoiceStatus.PAID);
  }
}
