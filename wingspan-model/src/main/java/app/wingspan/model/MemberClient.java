// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relationship between a member (payee) and a client (payer): contacts, bank accounts, tax data
 * and status.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code MemberClient (plus internal, defined only in the v1 spec)}.
 */
public record MemberClient(
    MemberClientWireAccount achCreditAccount,
    RedactedMember client,
    ClientData clientData,
    String clientId,
    UserAccountType clientUserAccountType,
    String createdAt,
    String emailTo,
    Map<String, String> eventActors,
    MemberClientEvents events,
    ExternalIds externalIds,
    Form1099BalancesByYear form1099Balances,
    MemberClientFormW9Info formW9Data,
    MemberClientInternal internal,
    MemberClientWireAccount internationalWireAccount,
    Map<String, String> labels,
    RedactedMember member,
    String memberClientId,
    MemberData memberData,
    String memberId,
    String parentMemberClientId,
    String payerPayeeId,
    MemberClientStatus status,
    TaxStatus taxStatus,
    String updatedAt,
    UserRoles userRoles,
    String collaboratorGroupId,
    List<String> collaboratorGroupIds,
    String company,
    List<MemberClientRequirementResponse> eligibilityRequirements,
    List<String> emailCC,
    MemberClientIntegrations integration,
    String name) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public MemberClient {
    eventActors = Copies.map(eventActors);
    labels = Copies.map(labels);
    collaboratorGroupIds = Copies.list(collaboratorGroupIds);
    eligibilityRequirements = Copies.list(eligibilityRequirements);
    emailCC = Copies.list(emailCC);
  }

  /**
   * {@code createdAt} as an {@link Instant}, parsed from the wire text; {@link #createdAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> createdAtAsInstant() {
    return WireTime.instant(createdAt);
  }

  /**
   * {@code updatedAt} as an {@link Instant}, parsed from the wire text; {@link #updatedAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> updatedAtAsInstant() {
    return WireTime.instant(updatedAt);
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
    builder.achCreditAccount = achCreditAccount;
    builder.client = client;
    builder.clientData = clientData;
    builder.clientId = clientId;
    builder.clientUserAccountType = clientUserAccountType;
    builder.createdAt = createdAt;
    builder.emailTo = emailTo;
    builder.eventActors = eventActors;
    builder.events = events;
    builder.externalIds = externalIds;
    builder.form1099Balances = form1099Balances;
    builder.formW9Data = formW9Data;
    builder.internal = internal;
    builder.internationalWireAccount = internationalWireAccount;
    builder.labels = labels;
    builder.member = member;
    builder.memberClientId = memberClientId;
    builder.memberData = memberData;
    builder.memberId = memberId;
    builder.parentMemberClientId = parentMemberClientId;
    builder.payerPayeeId = payerPayeeId;
    builder.status = status;
    builder.taxStatus = taxStatus;
    builder.updatedAt = updatedAt;
    builder.userRoles = userRoles;
    builder.collaboratorGroupId = collaboratorGroupId;
    builder.collaboratorGroupIds = collaboratorGroupIds;
    builder.company = company;
    builder.eligibilityRequirements = eligibilityRequirements;
    builder.emailCC = emailCC;
    builder.integration = integration;
    builder.name = name;
    return builder;
  }

  /** Builds a {@link MemberClient}; fields never set stay null. */
  public static final class Builder {
    private MemberClientWireAccount achCreditAccount;
    private RedactedMember client;
    private ClientData clientData;
    private String clientId;
    private UserAccountType clientUserAccountType;
    private String createdAt;
    private String emailTo;
    private Map<String, String> eventActors;
    private MemberClientEvents events;
    private ExternalIds externalIds;
    private Form1099BalancesByYear form1099Balances;
    private MemberClientFormW9Info formW9Data;
    private MemberClientInternal internal;
    private MemberClientWireAccount internationalWireAccount;
    private Map<String, String> labels;
    private RedactedMember member;
    private String memberClientId;
    private MemberData memberData;
    private String memberId;
    private String parentMemberClientId;
    private String payerPayeeId;
    private MemberClientStatus status;
    private TaxStatus taxStatus;
    private String updatedAt;
    private UserRoles userRoles;
    private String collaboratorGroupId;
    private List<String> collaboratorGroupIds;
    private String company;
    private List<MemberClientRequirementResponse> eligibilityRequirements;
    private List<String> emailCC;
    private MemberClientIntegrations integration;
    private String name;

    private Builder() {}

    /**
     * Sets {@code achCreditAccount}.
     *
     * @param achCreditAccount the value, or null to leave it out
     * @return this builder
     */
    public Builder achCreditAccount(MemberClientWireAccount achCreditAccount) {
      this.achCreditAccount = achCreditAccount;
      return this;
    }

    /**
     * Sets {@code client}.
     *
     * @param client the value, or null to leave it out
     * @return this builder
     */
    public Builder client(RedactedMember client) {
      this.client = client;
      return this;
    }

    /**
     * Sets {@code clientData}.
     *
     * @param clientData the value, or null to leave it out
     * @return this builder
     */
    public Builder clientData(ClientData clientData) {
      this.clientData = clientData;
      return this;
    }

    /**
     * Sets {@code clientId}.
     *
     * @param clientId the value, or null to leave it out
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets {@code clientUserAccountType}.
     *
     * @param clientUserAccountType the value, or null to leave it out
     * @return this builder
     */
    public Builder clientUserAccountType(UserAccountType clientUserAccountType) {
      this.clientUserAccountType = clientUserAccountType;
      return this;
    }

    /**
     * Sets {@code createdAt}.
     *
     * @param createdAt the value, or null to leave it out
     * @return this builder
     */
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code emailTo}.
     *
     * @param emailTo the value, or null to leave it out
     * @return this builder
     */
    public Builder emailTo(String emailTo) {
      this.emailTo = emailTo;
      return this;
    }

    /**
     * Sets {@code eventActors}.
     *
     * @param eventActors the value, or null to leave it out
     * @return this builder
     */
    public Builder eventActors(Map<String, String> eventActors) {
      this.eventActors = eventActors;
      return this;
    }

    /**
     * Sets {@code events}.
     *
     * @param events the value, or null to leave it out
     * @return this builder
     */
    public Builder events(MemberClientEvents events) {
      this.events = events;
      return this;
    }

    /**
     * Sets {@code externalIds}.
     *
     * @param externalIds the value, or null to leave it out
     * @return this builder
     */
    public Builder externalIds(ExternalIds externalIds) {
      this.externalIds = externalIds;
      return this;
    }

    /**
     * Sets {@code form1099Balances}.
     *
     * @param form1099Balances the value, or null to leave it out
     * @return this builder
     */
    public Builder form1099Balances(Form1099BalancesByYear form1099Balances) {
      this.form1099Balances = form1099Balances;
      return this;
    }

    /**
     * Sets {@code formW9Data}.
     *
     * @param formW9Data the value, or null to leave it out
     * @return this builder
     */
    public Builder formW9Data(MemberClientFormW9Info formW9Data) {
      this.formW9Data = formW9Data;
      return this;
    }

    /**
     * Sets {@code internal}.
     *
     * @param internal the value, or null to leave it out
     * @return this builder
     */
    public Builder internal(MemberClientInternal internal) {
      this.internal = internal;
      return this;
    }

    /**
     * Sets {@code internationalWireAccount}.
     *
     * @param internationalWireAccount the value, or null to leave it out
     * @return this builder
     */
    public Builder internationalWireAccount(MemberClientWireAccount internationalWireAccount) {
      this.internationalWireAccount = internationalWireAccount;
      return this;
    }

    /**
     * Sets {@code labels}.
     *
     * @param labels the value, or null to leave it out
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      this.labels = labels;
      return this;
    }

    /**
     * Sets {@code member}.
     *
     * @param member the value, or null to leave it out
     * @return this builder
     */
    public Builder member(RedactedMember member) {
      this.member = member;
      return this;
    }

    /**
     * Sets {@code memberClientId}.
     *
     * @param memberClientId the value, or null to leave it out
     * @return this builder
     */
    public Builder memberClientId(String memberClientId) {
      this.memberClientId = memberClientId;
      return this;
    }

    /**
     * Sets {@code memberData}.
     *
     * @param memberData the value, or null to leave it out
     * @return this builder
     */
    public Builder memberData(MemberData memberData) {
      this.memberData = memberData;
      return this;
    }

    /**
     * Sets {@code memberId}.
     *
     * @param memberId the value, or null to leave it out
     * @return this builder
     */
    public Builder memberId(String memberId) {
      this.memberId = memberId;
      return this;
    }

    /**
     * Sets {@code parentMemberClientId}.
     *
     * @param parentMemberClientId the value, or null to leave it out
     * @return this builder
     */
    public Builder parentMemberClientId(String parentMemberClientId) {
      this.parentMemberClientId = parentMemberClientId;
      return this;
    }

    /**
     * Sets {@code payerPayeeId}.
     *
     * @param payerPayeeId the value, or null to leave it out
     * @return this builder
     */
    public Builder payerPayeeId(String payerPayeeId) {
      this.payerPayeeId = payerPayeeId;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param status the value, or null to leave it out
     * @return this builder
     */
    public Builder status(MemberClientStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code taxStatus}.
     *
     * @param taxStatus the value, or null to leave it out
     * @return this builder
     */
    public Builder taxStatus(TaxStatus taxStatus) {
      this.taxStatus = taxStatus;
      return this;
    }

    /**
     * Sets {@code updatedAt}.
     *
     * @param updatedAt the value, or null to leave it out
     * @return this builder
     */
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets {@code userRoles}.
     *
     * @param userRoles the value, or null to leave it out
     * @return this builder
     */
    public Builder userRoles(UserRoles userRoles) {
      this.userRoles = userRoles;
      return this;
    }

    /**
     * Sets {@code collaboratorGroupId}.
     *
     * @param collaboratorGroupId the value, or null to leave it out
     * @return this builder
     */
    public Builder collaboratorGroupId(String collaboratorGroupId) {
      this.collaboratorGroupId = collaboratorGroupId;
      return this;
    }

    /**
     * Sets {@code collaboratorGroupIds}.
     *
     * @param collaboratorGroupIds the value, or null to leave it out
     * @return this builder
     */
    public Builder collaboratorGroupIds(List<String> collaboratorGroupIds) {
      this.collaboratorGroupIds = collaboratorGroupIds;
      return this;
    }

    /**
     * Sets {@code company}.
     *
     * @param company the value, or null to leave it out
     * @return this builder
     */
    public Builder company(String company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@code eligibilityRequirements}.
     *
     * @param eligibilityRequirements the value, or null to leave it out
     * @return this builder
     */
    public Builder eligibilityRequirements(
        List<MemberClientRequirementResponse> eligibilityRequirements) {
      this.eligibilityRequirements = eligibilityRequirements;
      return this;
    }

    /**
     * Sets {@code emailCC}.
     *
     * @param emailCC the value, or null to leave it out
     * @return this builder
     */
    public Builder emailCC(List<String> emailCC) {
      this.emailCC = emailCC;
      return this;
    }

    /**
     * Sets {@code integration}.
     *
     * @param integration the value, or null to leave it out
     * @return this builder
     */
    public Builder integration(MemberClientIntegrations integration) {
      this.integration = integration;
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
     * The value built so far.
     *
     * @return a new {@link MemberClient}
     */
    public MemberClient build() {
      return new MemberClient(
          achCreditAccount,
          client,
          clientData,
          clientId,
          clientUserAccountType,
          createdAt,
          emailTo,
          eventActors,
          events,
          externalIds,
          form1099Balances,
          formW9Data,
          internal,
          internationalWireAccount,
          labels,
          member,
          memberClientId,
          memberData,
          memberId,
          parentMemberClientId,
          payerPayeeId,
          status,
          taxStatus,
          updatedAt,
          userRoles,
          collaboratorGroupId,
          collaboratorGroupIds,
          company,
          eligibilityRequirements,
          emailCC,
          integration,
          name);
    }
  }
}
