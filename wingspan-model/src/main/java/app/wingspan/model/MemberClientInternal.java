// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.Map;

/**
 * Wingspan-internal bookkeeping on a member-client relationship.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 54a6b24a57d15569713a0fc2cbf4d7b60e5b00c0035643d120b72001060ebd30 (v1 spec
 * only)}.
 */
public record MemberClientInternal(MemberClientTrack track, Map<String, String> unit) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public MemberClientInternal {
    unit = Copies.map(unit);
  }
}
