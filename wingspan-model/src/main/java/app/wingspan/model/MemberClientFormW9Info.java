// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * What a member stated on their W-9 form. The address and company structure are always present; an
 * empty string (and companyStructure None) says the member has not stated it.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>{@code toString()} masks {@code ein} and {@code ssn}: they must never reach a log.
 *
 * <p>Wire schema: {@code MemberClientFormW9Info}.
 */
public record MemberClientFormW9Info(
    String addressLine1,
    String addressLine2,
    String city,
    CompanyStructure companyStructure,
    String country,
    String dob,
    String ein,
    String firstName,
    String lastName,
    String legalBusinessName,
    String postalCode,
    String ssn,
    String state) {
  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "MemberClientFormW9Info["
        + "addressLine1="
        + addressLine1
        + ", addressLine2="
        + addressLine2
        + ", city="
        + city
        + ", companyStructure="
        + companyStructure
        + ", country="
        + country
        + ", dob="
        + dob
        + ", ein="
        + Copies.mask(ein)
        + ", firstName="
        + firstName
        + ", lastName="
        + lastName
        + ", legalBusinessName="
        + legalBusinessName
        + ", postalCode="
        + postalCode
        + ", ssn="
        + Copies.mask(ssn)
        + ", state="
        + state
        + "]";
  }

  /**
   * A builder with every field unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.addressLine1 = addressLine1;
    builder.addressLine2 = addressLine2;
    builder.city = city;
    builder.companyStructure = companyStructure;
    builder.country = country;
    builder.dob = dob;
    builder.ein = ein;
    builder.firstName = firstName;
    builder.lastName = lastName;
    builder.legalBusinessName = legalBusinessName;
    builder.postalCode = postalCode;
    builder.ssn = ssn;
    builder.state = state;
    return builder;
  }

  /** Builds a {@link MemberClientFormW9Info}; fields never set stay null. */
  public static final class Builder {
    private String addressLine1;
    private String addressLine2;
    private String city;
    private CompanyStructure companyStructure;
    private String country;
    private String dob;
    private String ein;
    private String firstName;
    private String lastName;
    private String legalBusinessName;
    private String postalCode;
    private String ssn;
    private String state;

    private Builder() {}

    /**
     * Sets {@code addressLine1}.
     *
     * @param addressLine1 the value, or null to leave it out
     * @return this builder
     */
    public Builder addressLine1(String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    /**
     * Sets {@code addressLine2}.
     *
     * @param addressLine2 the value, or null to leave it out
     * @return this builder
     */
    public Builder addressLine2(String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    /**
     * Sets {@code city}.
     *
     * @param city the value, or null to leave it out
     * @return this builder
     */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@code companyStructure}.
     *
     * @param companyStructure the value, or null to leave it out
     * @return this builder
     */
    public Builder companyStructure(CompanyStructure companyStructure) {
      this.companyStructure = companyStructure;
      return this;
    }

    /**
     * Sets {@code country}.
     *
     * @param country the value, or null to leave it out
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@code dob}.
     *
     * @param dob the value, or null to leave it out
     * @return this builder
     */
    public Builder dob(String dob) {
      this.dob = dob;
      return this;
    }

    /**
     * Sets {@code ein}.
     *
     * @param ein the value, or null to leave it out
     * @return this builder
     */
    public Builder ein(String ein) {
      this.ein = ein;
      return this;
    }

    /**
     * Sets {@code firstName}.
     *
     * @param firstName the value, or null to leave it out
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * Sets {@code lastName}.
     *
     * @param lastName the value, or null to leave it out
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * Sets {@code legalBusinessName}.
     *
     * @param legalBusinessName the value, or null to leave it out
     * @return this builder
     */
    public Builder legalBusinessName(String legalBusinessName) {
      this.legalBusinessName = legalBusinessName;
      return this;
    }

    /**
     * Sets {@code postalCode}.
     *
     * @param postalCode the value, or null to leave it out
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /**
     * Sets {@code ssn}.
     *
     * @param ssn the value, or null to leave it out
     * @return this builder
     */
    public Builder ssn(String ssn) {
      this.ssn = ssn;
      return this;
    }

    /**
     * Sets {@code state}.
     *
     * @param state the value, or null to leave it out
     * @return this builder
     */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link MemberClientFormW9Info}
     */
    public MemberClientFormW9Info build() {
      return new MemberClientFormW9Info(
          addressLine1,
          addressLine2,
          city,
          companyStructure,
          country,
          dob,
          ein,
          firstName,
          lastName,
          legalBusinessName,
          postalCode,
          ssn,
          state);
    }
  }
}
