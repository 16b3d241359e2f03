-- Issue 17, item 2 (decision 0043): a member's standing with Taiwan's national GHG registry (MOENV)
-- per inventory year: the direct (scope 1) and indirect (scope 2) emissions it registered (registration
-- is required from 25,000 t CO2e, Climate Change Response Act art. 21, or for listed industries), when it
-- registered (by 30 April) and its verification (by 31 October), carbon-fee payer with an approved
-- voluntary reduction plan and its target rate, and why its filed scope 1 + 2 differs, if it does.
-- The member's own until the secretariat publishes it.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('registry_record', 0);

CREATE TABLE registry_record (
    id                       BIGINT         NOT NULL PRIMARY KEY,
    company_id               BIGINT         NOT NULL,
    inventory_year           INT            NOT NULL,
    listed_industry          BOOLEAN        NOT NULL,
    direct_tonnes            DECIMAL(15,3)  NOT NULL,
    indirect_tonnes          DECIMAL(15,3)  NOT NULL,
    registered_on            DATE,
    verification_status      VARCHAR(16)    NOT NULL,
    verified_on              DATE,
    carbon_fee_payer         BOOLEAN        NOT NULL,
    reduction_plan_approved  BOOLEAN        NOT NULL,
    target_rate              DECIMAL(5,2),
    difference_reason        VARCHAR(500),
    recorded_at              DATETIME(6)    NOT NULL,
    recorded_by              VARCHAR(254)   NOT NULL,
    published_at             DATETIME(6),
    version                  BIGINT         NOT NULL,
    CONSTRAINT fk_registry_record_company FOREIGN KEY (company_id) REFERENCES member_company (id),
    CONSTRAINT uk_registry_record_year UNIQUE (company_id, inventory_year),
    CONSTRAINT ck_registry_record_figures CHECK (direct_tonnes >= 0 AND indirect_tonnes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
