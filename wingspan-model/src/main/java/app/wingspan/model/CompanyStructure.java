// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Legal structure of a business, as used on tax forms. An open set: clients must accept values not
 * listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: Company.structure,
 * Form1099Correction.companyStructure, MemberClientFormW9Info.companyStructure.
 */
public final class CompanyStructure extends OpenEnumValue {
  private static final Registry<CompanyStructure> REGISTRY = new Registry<>(CompanyStructure::new);

  /** Wire value {@code "None"}. */
  public static final CompanyStructure NONE = REGISTRY.known("None");

  /** Wire value {@code "SoleProprietorship"}. */
  public static final CompanyStructure SOLE_PROPRIETORSHIP = REGISTRY.known("SoleProprietorship");

  /** Wire value {@code "LlcSingleMember"}. */
  public static final CompanyStructure LLC_SINGLE_MEMBER = REGISTRY.known("LlcSingleMember");

  /** Wire value {@code "LlcMultiMember"}. */
  public static final CompanyStructure LLC_MULTI_MEMBER = REGISTRY.known("LlcMultiMember");

  /** Wire value {@code "CorporationS"}. */
  public static final CompanyStructure CORPORATION_S = REGISTRY.known("CorporationS");

  /** Wire value {@code "LLCCorporationS"}. */
  public static final CompanyStructure LLC_CORPORATION_S = REGISTRY.known("LLCCorporationS");

  /** Wire value {@code "LLCCorporationC"}. */
  public static final CompanyStructure LLC_CORPORATION_C = REGISTRY.known("LLCCorporationC");

  /** Wire value {@code "LLCPartnership"}. */
  public static final CompanyStructure LLC_PARTNERSHIP = REGISTRY.known("LLCPartnership");

  /** Wire value {@code "CorporationC"}. */
  public static final CompanyStructure CORPORATION_C = REGISTRY.known("CorporationC");

  /** Wire value {@code "Partnership"}. */
  public static final CompanyStructure PARTNERSHIP = REGISTRY.known("Partnership");

  private CompanyStructure(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #NONE}. */
    NONE,
    /** {@link #SOLE_PROPRIETORSHIP}. */
    SOLE_PROPRIETORSHIP,
    /** {@link #LLC_SINGLE_MEMBER}. */
    LLC_SINGLE_MEMBER,
    /** {@link #LLC_MULTI_MEMBER}. */
    LLC_MULTI_MEMBER,
    /** {@link #CORPORATION_S}. */
    CORPORATION_S,
    /** {@link #LLC_CORPORATION_S}. */
    LLC_CORPORATION_S,
    /** {@link #LLC_CORPORATION_C}. */
    LLC_CORPORATION_C,
    /** {@link #LLC_PARTNERSHIP}. */
    LLC_PARTNERSHIP,
    /** {@link #CORPORATION_C}. */
    CORPORATION_C,
    /** {@link #PARTNERSHIP}. */
    PARTNERSHIP,
    /** A value this code does not know; {@link #value()} has its wire string. */
    UNKNOWN_TO_SDK_VERSION
  }

  /**
   * This value as a {@link Kind}, to {@code switch} on: {@link Kind#UNKNOWN_TO_SDK_VERSION} for a
   * value this code does not know (its wire string stays in {@link #value()}).
   *
   * @return the matching constant, never null
   */
  public Kind kind() {
    return switch (value()) {
      case "None" -> isKnown() ? Kind.NONE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "SoleProprietorship" ->
          isKnown() ? Kind.SOLE_PROPRIETORSHIP : Kind.UNKNOWN_TO_SDK_VERSION;
      case "LlcSingleMember" -> isKnown() ? Kind.LLC_SINGLE_MEMBER : Kind.UNKNOWN_TO_SDK_VERSION;
      case "LlcMultiMember" -> isKnown() ? Kind.LLC_MULTI_MEMBER : Kind.UNKNOWN_TO_SDK_VERSION;
      case "CorporationS" -> isKnown() ? Kind.CORPORATION_S : Kind.UNKNOWN_TO_SDK_VERSION;
      case "LLCCorporationS" -> isKnown() ? Kind.LLC_CORPORATION_S : Kind.UNKNOWN_TO_SDK_VERSION;
      case "LLCCorporationC" -> isKnown() ? Kind.LLC_CORPORATION_C : Kind.UNKNOWN_TO_SDK_VERSION;
      case "LLCPartnership" -> isKnown() ? Kind.LLC_PARTNERSHIP : Kind.UNKNOWN_TO_SDK_VERSION;
      case "CorporationC" -> isKnown() ? Kind.CORPORATION_C : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Partnership" -> isKnown() ? Kind.PARTNERSHIP : Kind.UNKNOWN_TO_SDK_VERSION;
      default -> Kind.UNKNOWN_TO_SDK_VERSION;
    };
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string
   * as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CompanyStructure of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<CompanyStructure> knownValues() {
    return REGISTRY.knownValues();
  }
}
