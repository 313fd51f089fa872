// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;

/**
 * A member's business: names, structure, owners, incorporation and links.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>{@code toString()} masks {@code taxId}: it must never reach a log.
 *
 * <p>Wire schema: {@code Company}.
 */
public record Company(
    Boolean banking,
    List<CompanyPerson> companyOwners,
    String description,
    String disregardedEntityName,
    String legalBusinessName,
    CompanyLinks links,
    String name,
    String stateOfIncorporation,
    CompanyStructure structure,
    String supportEmail,
    String taxId,
    String website,
    String yearOfIncorporation) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public Company {
    companyOwners = Copies.list(companyOwners);
  }

  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "Company["
        + "banking="
        + banking
        + ", companyOwners="
        + companyOwners
        + ", description="
        + description
        + ", disregardedEntityName="
        + disregardedEntityName
        + ", legalBusinessName="
        + legalBusinessName
        + ", links="
        + links
        + ", name="
        + name
        + ", stateOfIncorporation="
        + stateOfIncorporation
        + ", structure="
        + structure
        + ", supportEmail="
        + supportEmail
        + ", taxId="
        + Copies.mask(taxId)
        + ", website="
        + website
        + ", yearOfIncorporation="
        + yearOfIncorporation
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
    builder.banking = banking;
    builder.companyOwners = companyOwners;
    builder.description = description;
    builder.disregardedEntityName = disregardedEntityName;
    builder.legalBusinessName = legalBusinessName;
    builder.links = links;
    builder.name = name;
    builder.stateOfIncorporation = stateOfIncorporation;
    builder.structure = structure;
    builder.supportEmail = supportEmail;
    builder.taxId = taxId;
    builder.website = website;
    builder.yearOfIncorporation = yearOfIncorporation;
    return builder;
  }

  /** Builds a {@link Company}; fields never set stay null. */
  public static final class Builder {
    private Boolean banking;
    private List<CompanyPerson> companyOwners;
    private String description;
    private String disregardedEntityName;
    private String legalBusinessName;
    private CompanyLinks links;
    private String name;
    private String stateOfIncorporation;
    private CompanyStructure structure;
    private String supportEmail;
    private String taxId;
    private String website;
    private String yearOfIncorporation;

    private Builder() {}

    /**
     * Sets {@code banking}.
     *
     * @param banking the value, or null to leave it out
     * @return this builder
     */
    public Builder banking(Boolean banking) {
      this.banking = banking;
      return this;
    }

    /**
     * Sets {@code companyOwners}.
     *
     * @param companyOwners the value, or null to leave it out
     * @return this builder
     */
    public Builder companyOwners(List<CompanyPerson> companyOwners) {
      this.companyOwners = companyOwners;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param description the value, or null to leave it out
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code disregardedEntityName}.
     *
     * @param disregardedEntityName the value, or null to leave it out
     * @return this builder
     */
    public Builder disregardedEntityName(String disregardedEntityName) {
      this.disregardedEntityName = disregardedEntityName;
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
     * Sets {@code links}.
     *
     * @param links the value, or null to leave it out
     * @return this builder
     */
    public Builder links(CompanyLinks links) {
      this.links = links;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param name the value, or null to leave it out
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code stateOfIncorporation}.
     *
     * @param stateOfIncorporation the value, or null to leave it out
     * @return this builder
     */
    public Builder stateOfIncorporation(String stateOfIncorporation) {
      this.stateOfIncorporation = stateOfIncorporation;
      return this;
    }

    /**
     * Sets {@code structure}.
     *
     * @param structure the value, or null to leave it out
     * @return this builder
     */
    public Builder structure(CompanyStructure structure) {
      this.structure = structure;
      return this;
    }

    /**
     * Sets {@code supportEmail}.
     *
     * @param supportEmail the value, or null to leave it out
     * @return this builder
     */
    public Builder supportEmail(String supportEmail) {
      this.supportEmail = supportEmail;
      return this;
    }

    /**
     * Sets {@code taxId}.
     *
     * @param taxId the value, or null to leave it out
     * @return this builder
     */
    public Builder taxId(String taxId) {
      this.taxId = taxId;
      return this;
    }

    /**
     * Sets {@code website}.
     *
     * @param website the value, or null to leave it out
     * @return this builder
     */
    public Builder website(String website) {
      this.website = website;
      return this;
    }

    /**
     * Sets {@code yearOfIncorporation}.
     *
     * @param yearOfIncorporation the value, or null to leave it out
     * @return this builder
     */
    public Builder yearOfIncorporation(String yearOfIncorporation) {
      this.yearOfIncorporation = yearOfIncorporation;
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link Company}
     */
    public Company build() {
      return new Company(
          banking,
          companyOwners,
          description,
          disregardedEntityName,
          legalBusinessName,
          links,
          name,
          stateOfIncorporation,
          structure,
          supportEmail,
          taxId,
          website,
          yearOfIncorporation);
    }
  }
}
