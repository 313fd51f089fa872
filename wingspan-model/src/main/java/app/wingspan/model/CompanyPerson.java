// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * An owner of a company and their share in percent.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code CompanyPerson}.
 */
public record CompanyPerson(String memberId, BigDecimal ownershipPercentage) {}
