// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Web and social links of a company.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code CompanyLinks}.
 */
public record CompanyLinks(
    String instagramUrl,
    String linkedInUrl,
    String otherUrl,
    String twitterUrl,
    String websiteUrl) {}
