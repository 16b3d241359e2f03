-- The first successful answer to an API request sent with an Idempotency-Key (issue 15, item 2;
-- decision 0025), per caller and key, kept until expires_at_ms: a retry with the same key and the
-- same request gets it back and changes nothing; the same key with another request is refused.
-- Written in the transaction of the change it answers, so a change and its answer commit together.
-- One file for MariaDB and H2 (TEXT is a CLOB in H2).
CREATE TABLE api_idempotency_key (
    caller          VARCHAR(254) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    -- 0 for a single request; 1..n for the filings of a batch, each kept (and answered again) on its own
    item            INT          NOT NULL,
    request_sha256  CHAR(64)     NOT NULL,
    response_status INT          NOT NULL,
    response_body   TEXT         NOT NULL,
    created_at_ms   BIGINT       NOT NULL,
    expires_at_ms   BIGINT       NOT NULL,
    CONSTRAINT pk_api_idempotency_key PRIMARY KEY (caller, idempotency_key, item)
);
