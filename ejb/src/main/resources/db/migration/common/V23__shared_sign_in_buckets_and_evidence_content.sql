-- Issue 13, items 5 and 6 (decision 0022): what was kept per instance moves to the database,
-- which every instance of a Deployment Group shares.
--
-- The sign-in limits' token buckets (application.account.SignInLimits): one row per bucket, the
-- per-source ones keyed 'source:<address>', the global one 'all'; full_at_ms is when the bucket is
-- full again (epoch milliseconds; NULL or past: full). A take is one atomic UPDATE of the row.
CREATE TABLE sign_in_bucket (
    bucket_key  VARCHAR(100) NOT NULL PRIMARY KEY,
    full_at_ms  BIGINT
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence files' bytes (infrastructure.persistence.jdbc.DatabaseEvidenceStore), under the random
-- name evidence_file.stored_name gives them. Written in the transaction that records the file, so a
-- rollback leaves no orphan. LONGBLOB: up to portal.evidence.max-bytes (10 MB by default, below
-- MariaDB's default max_allowed_packet of 16 MB). H2 in MODE=MySQL reads LONGBLOB as BLOB.
CREATE TABLE evidence_content (
    stored_name  CHAR(36)  NOT NULL PRIMARY KEY,
    content      LONGBLOB  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
