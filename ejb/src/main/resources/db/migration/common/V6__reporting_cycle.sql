-- Reporting cycles (one per reporting year: due date and on-track tolerance) and the scheduled
-- reminders sent for them. Times are UTC instants; due dates are calendar days in Taiwan.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('reporting_cycle', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('reminder_sent', 0);

CREATE TABLE reporting_cycle (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    reporting_year     INT           NOT NULL,
    due_date           DATE          NOT NULL,
    tolerance_percent  DECIMAL(5,2)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    opened_at          DATETIME(6)   NOT NULL,
    opened_by          VARCHAR(254)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uk_reporting_cycle_year UNIQUE (reporting_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each scheduled reminder once per cycle and company: the unique key is what stops a second
-- run, a second timer or a redeployment from sending it again (docs/decisions/0005).
CREATE TABLE reminder_sent (
    id          BIGINT        NOT NULL PRIMARY KEY,
    cycle_id    BIGINT        NOT NULL,
    company_id  BIGINT        NOT NULL,
    reminder    VARCHAR(32)   NOT NULL,
    sent_at     DATETIME(6)   NOT NULL,
    recipients  INT           NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uk_reminder_sent UNIQUE (cycle_id, company_id, reminder),
    CONSTRAINT fk_reminder_sent_cycle FOREIGN KEY (cycle_id) REFERENCES reporting_cycle (id),
    CONSTRAINT fk_reminder_sent_company FOREIGN KEY (company_id) REFERENCES member_company (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
