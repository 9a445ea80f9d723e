-- ILLUSTRATIVE starting values so that a fresh install can quote Hebei posts. They are NOT authoritative: an
-- administrator checks them against the province's current notices and replaces them through /api/pay
-- (PUT /api/pay/minimum-wages/{region}/{effectiveFrom}, PUT /api/pay/employer-rates/{region}/{effectiveFrom}).
--
-- Minimum wage: Hebei's 2023 tiers, 2200 / 2000 / 1800 yuan a month. The province assigns tiers per county
-- (县、市、区); here whole cities stand for their counties, and the province row (third tier) is the fallback.
insert into minimum_wage (region_code, effective_from, monthly_amount, tier_label, source, updated_by) values
  ('HE',     '2023-01-01', 1800.00, '第三档', '示例数据 illustrative: 河北省2023年最低工资标准第三档，未单列地区的兜底值', 'flyway'),
  ('HE-SJZ', '2023-01-01', 2200.00, '第一档', '示例数据 illustrative: 河北省2023年最低工资标准第一档（石家庄）', 'flyway'),
  ('HE-TS',  '2023-01-01', 2200.00, '第一档', '示例数据 illustrative: 河北省2023年最低工资标准第一档（唐山）', 'flyway'),
  ('HE-BD',  '2023-01-01', 2200.00, '第一档', '示例数据 illustrative: 河北省2023年最低工资标准第一档（保定）', 'flyway'),
  ('HE-DZ',  '2023-01-01', 2000.00, '第二档', '示例数据 illustrative: 河北省2023年最低工资标准第二档（定州）', 'flyway'),
  ('HE-XJ',  '2023-01-01', 2000.00, '第二档', '示例数据 illustrative: 河北省2023年最低工资标准第二档（辛集）', 'flyway');

-- Employer rates: a province-wide default (pension 16 %, medical and maternity about 8.5 %, unemployment 0.7 %,
-- work injury about 0.8 %; management fee 6 % of pay and insurance). Cities override with their own rows.
insert into employer_cost_rate (region_code, effective_from, social_insurance_rate, management_fee_rate, source, updated_by) values
  ('HE', '2023-01-01', 0.2600, 0.0600, '示例数据 illustrative: 省级默认费率，各市按实际费率另行维护', 'flyway');
