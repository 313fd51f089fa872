// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * A discount on one line item, as an absolute amount or a percentage.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code facb8048736dba546c4c76242d9f8c7111011a7a7483528f37d80226698a1f2b}.
 */
public record LineItemDiscount(BigDecimal amount, String description, BigDecimal percentage) {}
