-- Pledge versions: every version a company drafts, submits and has reviewed. The version in
-- force is the latest approved one; at most one other version is open at a time.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('pledge_version', 0);

CREATE TABLE pledge_version (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    company_id              BIGINT        NOT NULL,
    number                  INT           NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    base_year               INT,
    scope1                  DECIMAL(15,3),
    scope2_location         DECIMAL(15,3),
    scope2_market           DECIMAL(15,3),
    scope2_method           VARCHAR(16),
    scope3                  DECIMAL(15,3),
    scope3_categories       VARCHAR(64),
    scope12_coverage        DECIMAL(5,2),
    scope3_coverage         DECIMAL(5,2),
    near_target_year        INT,
    near_reduction          DECIMAL(5,2),
    near_kind               VARCHAR(16),
    near_intensity_unit     VARCHAR(60),
    near_base_activity      DECIMAL(20,4),
    long_target_year        INT,
    long_reduction          DECIMAL(5,2),
    net_zero_year           INT,
    offsets_counted         BOOLEAN       NOT NULL,
    measures                VARCHAR(4000),
    boundary                VARCHAR(24),
    created_at              DATETIME(6)   NOT NULL,
    submitted_at            DATETIME(6),
    reviewer                VARCHAR(254),
    review_comment          VARCHAR(2000),
    version                 BIGINT        NOT NULL,
    CONSTRAINT uk_pledge_version_number UNIQUE (company_id, number),
    CONSTRAINT fk_pledge_version_company FOREIGN KEY (company_id) REFERENCES member_company (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pledge_version_status ON pledge_version (status, submitted_at);
