// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every open enum type with its factory and known values, so the strict reader can reject unknown
 * values.
 */
final class OpenEnums {
  /** How to make values of one open enum type, and which values it knows. */
  record Kind(Function<String, ? extends OpenEnum> factory, List<? extends OpenEnum> known) {}

  static final Map<Class<?>, Kind> KINDS =
      Map.ofEntries(
          Map.entry(
              AutoPayRequirement.class,
              new Kind(AutoPayRequirement::of, AutoPayRequirement.knownValues())),
          Map.entry(
              AutoPayStrategy.class, new Kind(AutoPayStrategy::of, AutoPayStrategy.knownValues())),
          Map.entry(
              ClientWorkflowStatus.class,
              new Kind(ClientWorkflowStatus::of, ClientWorkflowStatus.knownValues())),
          Map.entry(
              CompanyStructure.class,
              new Kind(CompanyStructure::of, CompanyStructure.knownValues())),
          Map.entry(Currency.class, new Kind(Currency::of, Currency.knownValues())),
          Map.entry(
              DocumentStatus.class, new Kind(DocumentStatus::of, DocumentStatus.knownValues())),
          Map.entry(
              Form1099DeliveryMethod.class,
              new Kind(Form1099DeliveryMethod::of, Form1099DeliveryMethod.knownValues())),
          Map.entry(
              Form1099DisputeStatus.class,
              new Kind(Form1099DisputeStatus::of, Form1099DisputeStatus.knownValues())),
          Map.entry(
              Form1099ExclusionReason.class,
              new Kind(Form1099ExclusionReason::of, Form1099ExclusionReason.knownValues())),
          Map.entry(
              Form1099Status.class, new Kind(Form1099Status::of, Form1099Status.knownValues())),
          Map.entry(Form1099Type.class, new Kind(Form1099Type::of, Form1099Type.knownValues())),
          Map.entry(
              FrequencyInterval.class,
              new Kind(FrequencyInterval::of, FrequencyInterval.knownValues())),
          Map.entry(InvoiceStatus.class, new Kind(InvoiceStatus::of, InvoiceStatus.knownValues())),
          Map.entry(
              MemberClientStatus.class,
              new Kind(MemberClientStatus::of, MemberClientStatus.knownValues())),
          Map.entry(
              MemberWorkflowStatus.class,
              new Kind(MemberWorkflowStatus::of, MemberWorkflowStatus.knownValues())),
          Map.entry(
              PaymentMeansType.class,
              new Kind(PaymentMeansType::of, PaymentMeansType.knownValues())),
          Map.entry(PaymentMethod.class, new Kind(PaymentMethod::of, PaymentMethod.knownValues())),
          Map.entry(
              PayoutPendingReason.class,
              new Kind(PayoutPendingReason::of, PayoutPendingReason.knownValues())),
          Map.entry(
              PayoutPreference.class,
              new Kind(PayoutPreference::of, PayoutPreference.knownValues())),
          Map.entry(
              PendingStatusReason.class,
              new Kind(PendingStatusReason::of, PendingStatusReason.knownValues())),
          Map.entry(
              RequirementStatus.class,
              new Kind(RequirementStatus::of, RequirementStatus.knownValues())),
          Map.entry(
              RequirementType.class, new Kind(RequirementType::of, RequirementType.knownValues())),
          Map.entry(
              TaxDocumentSharing.class,
              new Kind(TaxDocumentSharing::of, TaxDocumentSharing.knownValues())),
          Map.entry(TaxStatus.class, new Kind(TaxStatus::of, TaxStatus.knownValues())),
          Map.entry(
              UserAccountType.class, new Kind(UserAccountType::of, UserAccountType.knownValues())),
          Map.entry(UserStatus.class, new Kind(UserStatus::of, UserStatus.knownValues())),
          Map.entry(
              VerificationStrategy.class,
              new Kind(VerificationStrategy::of, VerificationStrategy.knownValues())),
          Map.entry(
              WebhookDeliveryState.class,
              new Kind(WebhookDeliveryState::of, WebhookDeliveryState.knownValues())),
          Map.entry(
              WebhookPreferenceStatus.class,
              new Kind(WebhookPreferenceStatus::of, WebhookPreferenceStatus.knownValues())),
          Map.entry(
              WorkflowSubStatus.class,
              new Kind(WorkflowSubStatus::of, WorkflowSubStatus.knownValues())));

  private OpenEnums() {}
}
