-- Metric actuals, imported from CSV files in the long format (docs/metrics.md). An import is
-- all-or-nothing: its rows are written in one transaction, replacing earlier rows for the same
-- HWB, metric, period and age band. Actuals are monitoring data: they do not change the plan
-- document, so importing them never invalidates a sign-off.

create table metric_imports (
  id          bigserial primary key,
  plan_id     text not null references plans (id) on delete cascade,
  file_name   text,
  row_count   integer not null,
  imported_by text not null,
  imported_at timestamptz not null
);
create index metric_imports_by_plan on metric_imports (plan_id, imported_at);

-- hwb is one of the plan's HWBs, or 'england' for the benchmark series. age_band is '' except for
-- directly standardised rates. period is the written form (2017-07, 2017-18 Q2, 2017-18,
-- 2014-10..2014-12); first_month and last_month order and filter it.
create table metric_actuals (
  plan_id             text not null references plans (id) on delete cascade,
  hwb                 text not null,
  metric              text not null,
  period              text not null,
  first_month         date not null,
  last_month          date not null,
  age_band            text not null default '',
  numerator           numeric not null check (numerator >= 0),
  denominator         numeric check (denominator > 0),
  standard_population numeric check (standard_population > 0),
  import_id           bigint not null references metric_imports (id),
  primary key (plan_id, hwb, metric, period, age_band)
);
