-- Plans become the first kind of versioned document. Quarterly returns and risk registers (later
-- issues) are further kinds with their own parts, lifecycle and sign-offs, stored the same way:
-- a header per document, immutable versions, the audit trail of changes, workflow transitions,
-- sign-offs tied to a version, and the HWBs a document belongs to.
--
-- The tables are renamed, not copied, so every existing row, id sequence and foreign key
-- (metric_imports and metric_actuals reference the plan's document) is kept as it is. A document
-- id is unique across kinds; the kind says how to read its content and which lifecycle it has.

alter table plans rename to documents;
alter table documents add column kind text not null default 'plan';
alter table documents alter column kind drop default;
-- The statuses a document may have are its kind's; a plan's are checked here as before.
alter table documents drop constraint plans_status_check;
alter table documents drop constraint plans_outcome_check;
alter table documents add constraint documents_plan_status_check
  check (kind <> 'plan' or status in ('draft', 'agreed', 'approved', 'submitted', 'assured'));
alter table documents add constraint documents_plan_outcome_check
  check (kind <> 'plan' or outcome in ('approved', 'approved-with-support', 'not-approved'));
create index documents_by_kind on documents (kind, id);

alter table plan_hwbs rename to document_hwbs;
alter table document_hwbs rename column plan_id to document_id;

alter table plan_versions rename to document_versions;
alter table document_versions rename column plan_id to document_id;
alter table document_versions rename column document to content;

alter table plan_changes rename to document_changes;
alter table document_changes rename column plan_id to document_id;

alter table plan_transitions rename to document_transitions;
alter table document_transitions rename column plan_id to document_id;

alter table plan_sign_offs rename to document_sign_offs;
alter table document_sign_offs rename column plan_id to document_id;
