// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Internal references to filed 1099 forms, by tax year.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ba1d4c38921e9c7af45d17223c51562cb69a815c6bf72f6cf959d800ee59afdb (v1 spec
 * only)}.
 */
public record Form1099Filings(@JsonProperty("2021") String year2021) {}
