// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Public profile of a member: address, company, logo and the last four SSN digits.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>{@code toString()} masks {@code ssnLastFour}: it must never reach a log.
 *
 * <p>Wire schema: {@code 23d776fc12e56286a20f36065e4f942c43a28218a62eb2f211116c130deb74eb}.
 */
public record MemberProfile(Address address, Company company, String logoUrl, String ssnLastFour) {
  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "MemberProfile["
        + "address="
        + address
        + ", company="
        + company
        + ", logoUrl="
        + logoUrl
        + ", ssnLastFour="
        + Copies.mask(ssnLastFour)
        + "]";
  }
}
