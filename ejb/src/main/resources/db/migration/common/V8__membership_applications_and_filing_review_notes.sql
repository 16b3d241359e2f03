-- Membership applications from the public form: the contact person (never public), why the
-- company joins, and the secretariat's decision. One ALTER per column so H2 reads it too.
ALTER TABLE member_company ADD COLUMN contact_name VARCHAR(100);
ALTER TABLE member_company ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE member_company ADD COLUMN contact_phone VARCHAR(40);
ALTER TABLE member_company ADD COLUMN motivation VARCHAR(2000);
ALTER TABLE member_company ADD COLUMN applied_at DATETIME(6);
ALTER TABLE member_company ADD COLUMN decided_at DATETIME(6);
ALTER TABLE member_company ADD COLUMN decided_by VARCHAR(254);
ALTER TABLE member_company ADD COLUMN decision_reason VARCHAR(2000);

-- The applications queue: applicants, oldest first.
CREATE INDEX ix_member_company_applications ON member_company (membership_status, applied_at);

-- The filings queue: submitted filings, oldest first (pledges have theirs since V3).
CREATE INDEX ix_progress_filing_queue ON progress_filing (status, submitted_at);

-- A reviewer's notes on single fields of a filing returned for revision (the last return's).
CREATE TABLE progress_filing_review_note (
    filing_id  BIGINT        NOT NULL,
    field      VARCHAR(32)   NOT NULL,
    note       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (filing_id, field),
    CONSTRAINT fk_progress_filing_review_note_filing FOREIGN KEY (filing_id) REFERENCES progress_filing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
