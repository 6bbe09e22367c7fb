-- NHS England regions of the HWBs of the seed plans, so assurers can be scoped to a region.
-- Plans for other HWBs add them (with the region their document gives) when they are created.
insert into hwbs (id, name, region) values
  ('warwickshire', 'Warwickshire Health and Wellbeing Board', 'Midlands'),
  ('coventry', 'Coventry Health & Wellbeing Board', 'Midlands'),
  ('dorset', 'Dorset Health and Wellbeing Board', 'South West'),
  ('bournemouth-poole', 'Bournemouth and Poole Health and Wellbeing Board', 'South West'),
  ('lancashire', 'Lancashire Health and Wellbeing Board', 'North West')
on conflict (id) do update set region = excluded.region;
