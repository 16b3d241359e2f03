-- The commitment window (issue 12): a member that commits (joins) has 24 months to get targets
-- approved, else its commitment has lapsed (SBTi: "commitment removed"). The secretariat may move
-- the deadline to a later date with a reason (SBTi: "Extended"); the latest extension is kept here,
-- every one of them in the audit trail (COMMITMENT_EXTENDED). All four or none.
ALTER TABLE member_company ADD COLUMN commitment_extended_to DATE;
ALTER TABLE member_company ADD COLUMN commitment_extension_reason VARCHAR(2000);
ALTER TABLE member_company ADD COLUMN commitment_extended_by VARCHAR(254);
ALTER TABLE member_company ADD COLUMN commitment_extended_at DATETIME(6);
