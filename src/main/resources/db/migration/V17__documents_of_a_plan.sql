-- A quarterly return, a risk register, the monitoring of the pooled budget and the progress against
-- aims each belong to one plan: the plan a return reports against, the plan whose risks a register
-- keeps. The link is a column of the document's header, set when the document is created and never
-- changed; deleting a plan (only tests do) deletes what belongs to it.
alter table documents add column plan_id text references documents (id) on delete cascade;
create index documents_by_plan on documents (plan_id, kind, id);
