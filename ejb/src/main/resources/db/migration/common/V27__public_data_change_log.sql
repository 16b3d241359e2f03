-- Issue 18, item 2: which members each public data version changed (decision 0026), so that every
-- instance can update its directory snapshot for those members instead of reading all of them again.
-- Written in the same transaction as the version bump (application.publicdata.SharedDataVersion),
-- one row per member the transaction changed. A version without rows is an unknown change (a cycle,
-- the settings, a write around JPA, the bench generator): a reader then reads everything again.
-- Versions more than 10,000 behind are pruned; an instance that far behind reads everything again.
CREATE TABLE public_data_change (
    version    BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    PRIMARY KEY (version, company_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
