-- The versions of the policy decisions that screened the candidate (ADR 0032): their engine ids, in the order they
-- were evaluated, comma-separated (candidate-eligibility, then certificate-level per certificate, grade-eligibility).
-- With the row's own inputs they reproduce the verdict; Camunda's decision history leaves screening out.
alter table candidate add column screening_decisions varchar(255);
