-- Issue 17, item 3 (decision 0037): carbon credits a member retired, reported on their own and never
-- subtracted from its emissions or counted toward its targets (SBTi Corporate Net-Zero Standard v1.0,
-- October 2021: beyond value chain mitigation). One serial is one credit of one tonne CO2e; a serial
-- is claimed once per registry (checked by the service under the registry's row lock below).
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('credit_retirement', 0);

-- One row per registry, locked (SELECT ... FOR UPDATE) while a new block is checked against the
-- recorded ones, so two members recording the same serials at once are checked one after the other.
CREATE TABLE credit_registry (
    registry  VARCHAR(32)  NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO credit_registry (registry) VALUES ('TAIWAN_MOENV'), ('VERRA'), ('GOLD_STANDARD'),
    ('AMERICAN_CARBON_REGISTRY');

CREATE TABLE credit_retirement (
    id            BIGINT        NOT NULL PRIMARY KEY,
    company_id    BIGINT        NOT NULL,
    registry      VARCHAR(32)   NOT NULL,
    serial_first  BIGINT        NOT NULL,
    serial_last   BIGINT        NOT NULL,
    vintage       INT           NOT NULL,
    project_type  VARCHAR(32)   NOT NULL,
    retired_on    DATE          NOT NULL,
    claimed_for   VARCHAR(300)  NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    recorded_by   VARCHAR(254)  NOT NULL,
    published_at  DATETIME(6),
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_credit_retirement_company FOREIGN KEY (company_id) REFERENCES member_company (id),
    CONSTRAINT fk_credit_retirement_registry FOREIGN KEY (registry) REFERENCES credit_registry (registry),
    CONSTRAINT ck_credit_retirement_serials CHECK (serial_first >= 1 AND serial_last >= serial_first)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_retirement_company ON credit_retirement (company_id, retired_on);
CREATE INDEX ix_credit_retirement_serials ON credit_retirement (registry, serial_first, serial_last);
