-- The first schema: reference HWBs, users with roles and scopes, plans with every version of
-- their document, the audit trail of changes, workflow transitions and sign-offs, login throttling
-- and the HTTP sessions (so several instances can serve behind a load balancer).
-- Later features (monitoring, spreadsheets, documents) add their own tables that reference
-- plans(id), plan_versions(plan_id, version) and hwbs(id). Migrations are never edited once landed.

create table hwbs (
  id     text primary key,
  name   text not null,
  region text
);

create table users (
  id            bigserial primary key,
  username      text not null unique,
  display_name  text not null,
  password_hash text not null,
  created_at    timestamptz not null default now(),
  disabled      boolean not null default false
);

create table user_roles (
  user_id bigint not null references users (id) on delete cascade,
  role    text not null check (role in ('editor', 'signatory', 'assurer', 'admin')),
  primary key (user_id, role)
);

-- kind 'hwb' (value = hwbs.id), 'region' (value = a region name) or 'national' (value = '').
create table user_scopes (
  user_id bigint not null references users (id) on delete cascade,
  kind    text not null check (kind in ('hwb', 'region', 'national')),
  value   text not null default '',
  primary key (user_id, kind, value)
);

create table login_failures (
  id             bigserial primary key,
  username       text not null,
  remote_address text,
  failed_at      timestamptz not null default now()
);
create index login_failures_by_user on login_failures (lower(username), failed_at);

create table plans (
  id                text primary key,
  round             text not null,
  title             text not null,
  status            text not null check (status in ('draft', 'agreed', 'approved', 'submitted', 'assured')),
  outcome           text check (outcome in ('approved', 'approved-with-support', 'not-approved')),
  current_version   integer not null,
  published_version integer,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);

create table plan_hwbs (
  plan_id text not null references plans (id) on delete cascade,
  hwb_id  text not null references hwbs (id),
  primary key (plan_id, hwb_id)
);
create index plan_hwbs_by_hwb on plan_hwbs (hwb_id);

-- Every saved state of a plan. Rows are never updated: a version, once written, is immutable.
create table plan_versions (
  plan_id    text not null references plans (id) on delete cascade,
  version    integer not null,
  document   jsonb not null,
  created_at timestamptz not null,
  created_by text not null,
  note       text,
  submitted  boolean not null default false,
  primary key (plan_id, version)
);

-- The audit trail: one row per changed leaf of the document (JSON pointer), old and new value.
create table plan_changes (
  id         bigserial primary key,
  plan_id    text not null references plans (id) on delete cascade,
  version    integer not null,
  changed_at timestamptz not null,
  changed_by text not null,
  path       text not null,
  old_value  jsonb,
  new_value  jsonb,
  foreign key (plan_id, version) references plan_versions (plan_id, version)
);
create index plan_changes_by_plan on plan_changes (plan_id, version);

create table plan_transitions (
  id              bigserial primary key,
  plan_id         text not null references plans (id) on delete cascade,
  version         integer not null,
  action          text not null,
  from_status     text not null,
  to_status       text not null,
  outcome         text,
  actor           text not null,
  at              timestamptz not null,
  comment         text,
  override_reason text
);
create index plan_transitions_by_plan on plan_transitions (plan_id, at);

create table plan_sign_offs (
  id                     bigserial primary key,
  plan_id                text not null references plans (id) on delete cascade,
  version                integer not null,
  party                  text not null,
  party_name             text not null,
  role                   text not null,
  signatory_name         text not null,
  position               text,
  signed_by              text not null,
  signed_at              timestamptz not null,
  invalidated_at         timestamptz,
  invalidated_by_version integer
);
create index plan_sign_offs_by_plan on plan_sign_offs (plan_id, version);

-- Spring Session JDBC (spring-session-jdbc 4.0, schema-postgresql.sql).
create table spring_session (
  primary_id            char(36) not null,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references spring_session (primary_id) on delete cascade
);

-- One-off facts about this installation, such as whether the demo plans have been loaded.
create table installation (
  key   text primary key,
  value text not null
);
