-- The ledger of base-year restatements: every recalculation of a company's base-year total,
-- with its reason, kept for good (GHG Protocol ch. 5; SBTi's 5 % significance threshold).
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('base_year_restatement', 0);

CREATE TABLE base_year_restatement (
    id            BIGINT        NOT NULL PRIMARY KEY,
    company_id    BIGINT        NOT NULL,
    reason        VARCHAR(24)   NOT NULL,
    explanation   VARCHAR(2000) NOT NULL,
    old_total     DECIMAL(15,3) NOT NULL,
    new_total     DECIMAL(15,3) NOT NULL,
    restated_at   DATETIME(6)   NOT NULL,
    restated_by   VARCHAR(254)  NOT NULL,
    CONSTRAINT fk_restatement_company FOREIGN KEY (company_id) REFERENCES member_company (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_restatement_company ON base_year_restatement (company_id, restated_at);
