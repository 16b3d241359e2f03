-- The member's own pledge page (issue 20, feature 1) shows each version's status timeline with the
-- reviewers' comments, read from the audit trail by target ('pledge', the version's id): without this
-- index that read would scan the whole trail, which every sign-in writes to.
CREATE INDEX ix_audit_entry_target ON audit_entry (target_type, target_id, occurred_at);
