package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens, tax ids and account numbers never show in {@code toString()}, so they cannot leak into a
 * log.
 */
class SensitiveDataTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(
            PayRequest.builder()
                .accountId("acc_1")
                .plaidPublicToken("public-sandbox-SECRET")
                .build(),
            "public-sandbox-SECRET",
            "accountId=JsonNullable[acc_1]"),
        Arguments.of(
            new BankAccount("000SECRET789", "First Bank", "011000015", null),
            "000SECRET789",
            "bankName=First Bank"),
        Arguments.of(
            new MemberClientWireAccount("GB33SECRET", "UK Bank", null, "BUKBGB22"),
            "GB33SECRET",
            "swiftCode=BUKBGB22"),
        Arguments.of(
            MemberClientFormW9Info.builder()
                .ssn("SSN-SECRET")
                .ein("EIN-SECRET")
                .city("Boston")
                .addressLine1("1 Main St")
                .companyStructure(CompanyStructure.SOLE_PROPRIETORSHIP)
                .country("US")
                .postalCode("02101")
                .state("MA")
                .build(),
            "SECRET",
            "city=Boston"),
        Arguments.of(
            new Form1099Correction(null, null, "EIN-SECRET", "Mia", null, null, "SSN-SECRET", null),
            "SECRET",
            "firstName=Mia"),
        Arguments.of(
            new MemberProfile(null, null, "https://logo.example", "6789"), "6789", "logoUrl="),
        Arguments.of(
            Company.builder().taxId("TAX-SECRET").name("Acme").build(), "TAX-SECRET", "name=Acme"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void toStringMasksSecretsButShowsTheRest(Object value, String secret, String shown) {
    assertThat(value.toString()).doesNotContain(secret).contains(shown).contains("***");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void theWireStillCarriesTheSecret(Object value, String secret, String shown) {
    assertThat(WireSchema.write(value)).contains(secret);
  }
}
