-- Base-year restatements are reviewed like a pledge revision (issue 20, defect 14; decision 0033):
-- a member submits one, the secretariat accepts it or returns it with a comment. Only accepted
-- ones count in the ledger and show to the public. Restatements recorded before this migration
-- were shown at once, so they stay as ACCEPTED (the column's default); reviewer and review time
-- are unknown for them.
ALTER TABLE base_year_restatement ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACCEPTED';
ALTER TABLE base_year_restatement ADD COLUMN reviewer VARCHAR(254);
ALTER TABLE base_year_restatement ADD COLUMN review_comment VARCHAR(2000);
ALTER TABLE base_year_restatement ADD COLUMN reviewed_at DATETIME(6);
ALTER TABLE base_year_restatement ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

CREATE INDEX ix_restatement_status ON base_year_restatement (status, restated_at);

-- The files that support a restatement (required for a change of more than 50 %); their bytes go
-- to evidence_content under stored_name like a filing's evidence (V23).
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('restatement_evidence', 0);

CREATE TABLE restatement_evidence (
    id              BIGINT        NOT NULL PRIMARY KEY,
    restatement_id  BIGINT        NOT NULL,
    original_name   VARCHAR(255)  NOT NULL,
    stored_name     CHAR(36)      NOT NULL,
    evidence_type   VARCHAR(8)    NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_restatement_evidence_stored UNIQUE (stored_name),
    CONSTRAINT fk_restatement_evidence FOREIGN KEY (restatement_id) REFERENCES base_year_restatement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_restatement_evidence ON restatement_evidence (restatement_id, uploaded_at);
