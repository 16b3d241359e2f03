-- Progress filings with their verification per scope, their scope 3 categories, and the
-- evidence files attached to them. Times are UTC instants; amounts are tCO2e and MWh with three
-- decimals, shares per cent with two.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('progress_filing', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('progress_filing_scope3', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('evidence_file', 0);

-- One filing per company and reporting year; a correction of an accepted filing is the next
-- revision of the same year, and the one before stays on record (superseded once the
-- correction is accepted). The unique key also stops two concurrent starts of the same year.
CREATE TABLE progress_filing (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    company_id               BIGINT        NOT NULL,
    reporting_year           INT           NOT NULL,
    revision                 INT           NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    superseded               BOOLEAN       NOT NULL,
    scope1_tonnes            DECIMAL(15,3),
    scope2_location_tonnes   DECIMAL(15,3),
    scope2_market_tonnes     DECIMAL(15,3),
    energy_mwh               DECIMAL(15,3),
    renewable_share_percent  DECIMAL(5,2),
    reduction_actions        VARCHAR(4000),
    scope1_assurance         VARCHAR(16)   NOT NULL,
    scope1_verifier          VARCHAR(200),
    scope1_standard          VARCHAR(100),
    scope2_assurance         VARCHAR(16)   NOT NULL,
    scope2_verifier          VARCHAR(200),
    scope2_standard          VARCHAR(100),
    scope3_assurance         VARCHAR(16)   NOT NULL,
    scope3_verifier          VARCHAR(200),
    scope3_standard          VARCHAR(100),
    submitted_at             DATETIME(6),
    reviewer                 VARCHAR(254),
    review_comment           VARCHAR(2000),
    version                  BIGINT        NOT NULL,
    CONSTRAINT uk_progress_filing_revision UNIQUE (company_id, reporting_year, revision),
    CONSTRAINT fk_progress_filing_company FOREIGN KEY (company_id) REFERENCES member_company (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per category filled in (a draft may lack some; submitting needs all 15).
CREATE TABLE progress_filing_scope3 (
    id            BIGINT        NOT NULL PRIMARY KEY,
    filing_id     BIGINT        NOT NULL,
    category      VARCHAR(48)   NOT NULL,
    entry_status  VARCHAR(16)   NOT NULL,
    tonnes        DECIMAL(15,3),
    reason        VARCHAR(1000),
    CONSTRAINT uk_progress_filing_scope3_category UNIQUE (filing_id, category),
    CONSTRAINT fk_progress_filing_scope3_filing FOREIGN KEY (filing_id) REFERENCES progress_filing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bytes live outside the database, under stored_name in the evidence folder
-- (infrastructure.storage.EvidenceStore); original_name is only shown and offered on download.
CREATE TABLE evidence_file (
    id             BIGINT        NOT NULL PRIMARY KEY,
    filing_id      BIGINT        NOT NULL,
    original_name  VARCHAR(255)  NOT NULL,
    stored_name    CHAR(36)      NOT NULL,
    evidence_type  VARCHAR(8)    NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    uploaded_by    VARCHAR(254)  NOT NULL,
    CONSTRAINT uk_evidence_file_stored_name UNIQUE (stored_name),
    CONSTRAINT fk_evidence_file_filing FOREIGN KEY (filing_id) REFERENCES progress_filing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
