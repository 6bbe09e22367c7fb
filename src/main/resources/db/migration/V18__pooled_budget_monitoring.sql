-- Pooled-budget monitoring: actuals and forecasts per plan, period (a month or a quarter of a
-- financial year), kind, scheme, funding source and partner, imported from CSV or entered on a
-- page. As metric actuals, they are monitoring data and never change the plan document, so they
-- never invalidate a sign-off. An import is all-or-nothing and replaces earlier figures for the
-- same key.

create table monitoring_imports (
  id          bigserial primary key,
  plan_id     text not null references documents (id) on delete cascade,
  file_name   text,
  row_count   integer not null,
  imported_by text not null,
  imported_at timestamptz not null
);
create index monitoring_imports_by_plan on monitoring_imports (plan_id, imported_at);

-- source and partner are '' where the figure does not name one.
create table monitoring_entries (
  plan_id     text not null references documents (id) on delete cascade,
  period      text not null,
  first_month date not null,
  last_month  date not null,
  kind        text not null check (kind in ('actual', 'forecast')),
  scheme      text not null,
  source      text not null default '',
  partner     text not null default '',
  amount      numeric(15, 2) not null,
  import_id   bigint not null references monitoring_imports (id),
  primary key (plan_id, period, kind, scheme, source, partner)
);

-- The terms monitoring applies to a plan (risk-share agreements, retention judgements, admissions
-- avoided, schemes whose underspend is carried forward) as one JSON document
-- (schema/monitoring-terms.schema.json).
create table monitoring_terms (
  plan_id    text primary key references documents (id) on delete cascade,
  terms      text not null,
  updated_by text not null,
  updated_at timestamptz not null
);
