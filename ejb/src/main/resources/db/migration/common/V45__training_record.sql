-- Issue 17, item 4 (decision 0037): carbon-management training of the members' staff (course,
-- provider such as the Net Zero Institute, hours per person, certificate day, staff who completed it).
-- The records are the member's own; the profile and the dashboard show their totals.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('training_record', 0);

CREATE TABLE training_record (
    id            BIGINT        NOT NULL PRIMARY KEY,
    company_id    BIGINT        NOT NULL,
    course        VARCHAR(200)  NOT NULL,
    provider      VARCHAR(200)  NOT NULL,
    hours         DECIMAL(6,1)  NOT NULL,
    certified_on  DATE          NOT NULL,
    staff         INT           NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    recorded_by   VARCHAR(254)  NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_training_record_company FOREIGN KEY (company_id) REFERENCES member_company (id),
    CONSTRAINT ck_training_record_figures CHECK (hours > 0 AND staff >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_training_record_company ON training_record (company_id, certified_on);
