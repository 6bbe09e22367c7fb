-- The party a signatory signs for (an organisation or HWB of the plans they sign, by id or name);
-- null where none is recorded. Enforced by bcf.access.PlanAccess.signsFor.
alter table users add column organisation text;
