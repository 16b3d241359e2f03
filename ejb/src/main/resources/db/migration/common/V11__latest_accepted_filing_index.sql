-- Each member's latest accepted, current filing and its total, for the directory's snapshot
-- (JpaDirectoryQueries): one index dive per member for the newest year, and the total read from
-- the index. Without it, 100,000 members took the snapshot query 27 s (every filing row of every
-- member read to find the newest), and every directory request waited for it.
CREATE INDEX ix_progress_filing_latest_accepted
    ON progress_filing (company_id, status, superseded, reporting_year, total_tonnes);
