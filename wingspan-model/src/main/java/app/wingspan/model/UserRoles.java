// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;

/**
 * Who owns and who may view a record, by user id.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code UserRoles}.
 */
public record UserRoles(List<String> ownerIds, List<String> viewerIds) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public UserRoles {
    ownerIds = Copies.list(ownerIds);
    viewerIds = Copies.list(viewerIds);
  }
}
