-- Issue 14, item 5: a TOTP second factor (RFC 6238) per account, and one-time recovery codes.
-- totp_secret is set when enrolment starts and counts once totp_enrolled_at is set; totp_last_step
-- is the last time step whose code was accepted (no code is accepted twice). Recovery codes are
-- kept as SHA-256 hashes only and deleted when used.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE user_account ADD COLUMN totp_enrolled_at DATETIME(6);
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_code (
    account_id BIGINT      NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_recovery_code PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
