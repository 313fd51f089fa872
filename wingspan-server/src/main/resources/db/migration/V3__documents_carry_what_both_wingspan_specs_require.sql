-- Wingspan's v1 contract (the spec its Python SDK was generated from) requires two things that invoices written
-- before this version lack: lineItems[].userRoles, and the address and company-structure keys of
-- memberClient.formW9Data. This adds them with the values the server now writes for new invoices: the member
-- owns every line and the client views it (as on the member-client relationship), and the W-9 keys say "not
-- stated" (empty strings, companyStructure None). Values already present are kept. The same goes for create
-- answers kept for idempotent replay, so a replay answers what a GET would.

create function pg_temp.with_required_fields(doc jsonb) returns jsonb
language sql immutable as $$
  select jsonb_set(
           jsonb_set(doc, '{lineItems}', coalesce((
             select jsonb_agg(case when item ? 'userRoles' then item
                                   else item || jsonb_build_object('userRoles', jsonb_build_object(
                                          'ownerIds', jsonb_build_array(doc #>> '{memberClient,memberId}'),
                                          'viewerIds', jsonb_build_array(doc #>> '{memberClient,clientId}')))
                              end order by position)
             from jsonb_array_elements(doc -> 'lineItems') with ordinality as line(item, position)), '[]'::jsonb)),
           '{memberClient,formW9Data}',
           jsonb_build_object('addressLine1', '', 'city', '', 'companyStructure', 'None', 'country', '',
                              'postalCode', '', 'state', '')
             || jsonb_strip_nulls(coalesce(doc #> '{memberClient,formW9Data}', '{}'::jsonb)))
$$;

create function pg_temp.lacks_required_fields(doc jsonb) returns boolean
language sql immutable as $$
  select exists (select 1 from jsonb_array_elements(doc -> 'lineItems') as line(item) where not item ? 'userRoles')
      or not coalesce(doc #> '{memberClient,formW9Data}' ?& array['addressLine1', 'city', 'companyStructure',
                                                                 'country', 'postalCode', 'state'], false)
$$;

update invoices
   set document = pg_temp.with_required_fields(document::jsonb)::json
 where pg_temp.lacks_required_fields(document::jsonb);

update idempotency_keys
   set response_body = convert_to(pg_temp.with_required_fields(convert_from(response_body, 'UTF8')::jsonb)::text,
                                  'UTF8')
 where state = 'done' and method = 'POST' and path = '/payments/client/invoice' and response_status = 200
   and pg_temp.lacks_required_fields(convert_from(response_body, 'UTF8')::jsonb);
