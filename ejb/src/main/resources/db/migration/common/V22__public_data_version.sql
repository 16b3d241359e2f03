-- Issue 13, item 2: the version of public data lives in the database, so every instance of a
-- Deployment Group serves the same ETag and Last-Modified (decision 0022). One row, bumped in the
-- same transaction as the public change (application.publicdata.SharedDataVersion); changed_at_ms
-- is the application's clock in epoch milliseconds (no time-zone conversion between instances).
-- 0 until the first start sets it (DatabaseMigration), as portable SQL has no "now in epoch ms".
CREATE TABLE public_data_version (
    id            TINYINT  NOT NULL PRIMARY KEY,
    version       BIGINT   NOT NULL,
    changed_at_ms BIGINT   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO public_data_version (id, version, changed_at_ms) VALUES (1, 0, 0);
