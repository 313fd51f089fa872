// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Links from a member-client relationship to accounting integrations.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 3d33fba3f009de957b3be92fba006d6383af7e39f823cc1fd213506f6205100f}.
 */
public record MemberClientIntegrations(MemberClientQuickbooksIntegration quickbooks) {}
