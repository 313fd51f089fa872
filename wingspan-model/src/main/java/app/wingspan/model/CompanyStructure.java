package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Legal structure of a business, as used on tax forms.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: Company.structure,
 * MemberClientFormW9Info.companyStructure, Form1099Correction.companyStructure.
 */
public final class CompanyStructure implements OpenEnum {
  private static final Map<String, CompanyStructure> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "None"}. */
  public static final CompanyStructure NONE = known("None");

  /** Wire value {@code "SoleProprietorship"}. */
  public static final CompanyStructure SOLE_PROPRIETORSHIP = known("SoleProprietorship");

  /** Wire value {@code "LlcSingleMember"}. */
  public static final CompanyStructure LLC_SINGLE_MEMBER = known("LlcSingleMember");

  /** Wire value {@code "LlcMultiMember"}. */
  public static final CompanyStructure LLC_MULTI_MEMBER = known("LlcMultiMember");

  /** Wire value {@code "CorporationS"}. */
  public static final CompanyStructure CORPORATION_S = known("CorporationS");

  /** Wire value {@code "LLCCorporationS"}. */
  public static final CompanyStructure LLC_CORPORATION_S = known("LLCCorporationS");

  /** Wire value {@code "LLCCorporationC"}. */
  public static final CompanyStructure LLC_CORPORATION_C = known("LLCCorporationC");

  /** Wire value {@code "LLCPartnership"}. */
  public static final CompanyStructure LLC_PARTNERSHIP = known("LLCPartnership");

  /** Wire value {@code "CorporationC"}. */
  public static final CompanyStructure CORPORATION_C = known("CorporationC");

  /** Wire value {@code "Partnership"}. */
  public static final CompanyStructure PARTNERSHIP = known("Partnership");

  private final String value;
  private final boolean known;

  private CompanyStructure(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static CompanyStructure known(String value) {
    CompanyStructure constant = new CompanyStructure(value, true);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CompanyStructure of(String value) {
    Objects.requireNonNull(value, "value");
    CompanyStructure constant = KNOWN.get(value);
    return constant != null ? constant : new CompanyStructure(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<CompanyStructure> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CompanyStructure that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
