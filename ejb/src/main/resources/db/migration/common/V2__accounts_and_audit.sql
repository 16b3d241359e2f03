-- Accounts (Jakarta Security database identity store), one-time links and the audit trail.
-- Times are UTC instants.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('user_account', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('account_token', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('audit_entry', 0);

CREATE TABLE user_account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(512),
    role           VARCHAR(24)  NOT NULL,
    company_id     BIGINT,
    enabled        BOOLEAN      NOT NULL,
    failed_logins  INT          NOT NULL,
    locked_until   DATETIME(6),
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_company FOREIGN KEY (company_id) REFERENCES member_company (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_token (
    id          BIGINT      NOT NULL PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    purpose     VARCHAR(16) NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(40),
    target_id    VARCHAR(64),
    details      VARCHAR(1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
