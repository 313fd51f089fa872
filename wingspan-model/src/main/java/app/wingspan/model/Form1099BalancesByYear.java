// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member's 1099 balances with one client, by tax year (the spec names only 2021 and 2022).
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code b9789f45f8c8070ff38a64d80c2e4a8732ddaf329e46546474400d26f84c0f1c}.
 */
public record Form1099BalancesByYear(
    @JsonProperty("2021") MemberClientForm1099Balances year2021,
    @JsonProperty("2022") MemberClientForm1099Balances year2022) {}
