-- Who ended a contract (transferred it under Art. 22 or terminated it under Art. 30), and, on a successor contract,
-- why it took over its predecessor's posts (the transfer's reason; for a successor of a terminated contract the
-- predecessor's end_reason keeps the termination's).
alter table procurement_contract add ended_by varchar(64);
alter table procurement_contract add succession_reason varchar(500);
