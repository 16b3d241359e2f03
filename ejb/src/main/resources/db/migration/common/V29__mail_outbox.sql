-- Issue 15, item 5 (decision 0028): decision notices and reminders wait here, written in the
-- transaction of the decision or reminder that causes them, until an SMTP server has taken them.
-- A row is claimed by one UPDATE that succeeds only while nobody else holds it (claimed_until_ms
-- NULL or past), so two instances never send the same row at once; sent_at_ms is set once.
-- Times in epoch milliseconds, like public_data_version.
CREATE TABLE mail_outbox (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient           VARCHAR(320)   NOT NULL,
    subject             VARCHAR(1000)  NOT NULL,
    body                TEXT           NOT NULL,
    created_at_ms       BIGINT         NOT NULL,
    attempts            INT            NOT NULL DEFAULT 0,
    next_attempt_at_ms  BIGINT         NOT NULL,
    claimed_until_ms    BIGINT,
    sent_at_ms          BIGINT,
    last_error          VARCHAR(1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timer's question: what is unsent and due.
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at_ms, next_attempt_at_ms);
