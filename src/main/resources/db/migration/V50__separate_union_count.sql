-- Jiangsu's post quota (苏政办发〔2020〕41号) reads how many separate grassroots unions (单独建会的基层工会) a township,
-- street or zone holds, beside its employees. The registry keeps it with the unit's other counts (Art. 10).
alter table org_unit add column separate_union_count integer;
