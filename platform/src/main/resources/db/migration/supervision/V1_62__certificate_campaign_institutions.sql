-- A certificate spot check may be limited to the certificates of chosen institutions (the seed: "抽取32家机构的
-- 证书672份"): party institution ids, comma-separated; null means every institution whose certificates the
-- organising bureau may read. Frozen into the population document at commitment like the rest of the filter.
alter table supervision_campaign add column target_institutions varchar;
