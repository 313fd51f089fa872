// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * How an invoice was paid: the kind of instrument and a short description of it.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code PaymentInfo}.
 */
public record PaymentInfo(
    PaymentMeansType meansType,
    String brandImageUrl,
    String cardBrand,
    String meansDescription,
    String meansLast4) {}
