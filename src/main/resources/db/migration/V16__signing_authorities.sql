-- Sign-off as governance: a signatory holds signing authorities, each an organisation (by its name, as
-- plans and the reference data give it) and a position (a round's signatory role, such as
-- 'chief-executive'), and signs only the required signatures that match one (bcf.access.PlanAccess).
-- The free-text organisation of V6 is carried over as an authority with no position: the person
-- may sign in any position for that organisation, as they could before, and no more. A signatory
-- with no authority at all signs as before V16 (see docs/decisions.md, "Signing authorities").
create table user_signing_authorities (
  id           bigserial primary key,
  user_id      bigint not null references users (id) on delete cascade,
  organisation text not null check (btrim(organisation) <> ''),
  position     text
);
create unique index user_signing_authorities_unique
  on user_signing_authorities (user_id, lower(organisation), coalesce(position, ''));

insert into user_signing_authorities (user_id, organisation, position)
  select id, btrim(organisation), null from users
   where organisation is not null and btrim(organisation) <> '';

alter table users drop column organisation;
