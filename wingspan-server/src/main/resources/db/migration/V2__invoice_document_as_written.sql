-- The invoice document is kept exactly as the server wrote it (json keeps the text; jsonb reorders keys and
-- reformats), so a read that needs no change answers with the stored bytes instead of decoding and
-- re-encoding the document on every GET. Nothing queries inside the document.
alter table invoices alter column document type json using document::json;
