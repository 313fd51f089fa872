// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;

/**
 * Internal tracking of a member's tax filings and temporary user ids.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 12d9f9a45dd678e21e49e960084c87d9e541aadd0c26b6e676a00139e89b6915 (v1 spec
 * only)}.
 */
public record MemberClientTrack(
    Form1099Filings form1099Filings,
    String formW9Document,
    List<String> previousTemporaryTrackUserIds,
    String temporaryTrackUserId) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public MemberClientTrack {
    previousTemporaryTrackUserIds = Copies.list(previousTemporaryTrackUserIds);
  }
}
