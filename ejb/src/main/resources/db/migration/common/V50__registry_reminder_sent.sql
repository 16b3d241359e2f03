-- Issue 17, item 2 (decision 0048): reminders of MOENV's deadlines (registration of last year's inventory by
-- 30 April, its verification by 31 October; Climate Change Response Act art. 21) to members that must
-- register. Each once per company, inventory year, deadline and notice (14 or 3 days before): the unique key
-- is what stops a second run, a second instance's timer or a redeployment from sending it again, as
-- reminder_sent does for the reporting cycle's reminders (decision 0005).
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('registry_reminder_sent', 0);

CREATE TABLE registry_reminder_sent (
    id              BIGINT        NOT NULL PRIMARY KEY,
    company_id      BIGINT        NOT NULL,
    inventory_year  INT           NOT NULL,
    deadline        VARCHAR(16)   NOT NULL,
    notice          VARCHAR(32)   NOT NULL,
    sent_at         DATETIME(6)   NOT NULL,
    recipients      INT           NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_registry_reminder_sent UNIQUE (company_id, inventory_year, deadline, notice),
    CONSTRAINT fk_registry_reminder_sent_company FOREIGN KEY (company_id) REFERENCES member_company (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
