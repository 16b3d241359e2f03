-- The total an accepted filing counts with (scope 1 + market-based scope 2 + scope 3, as
-- ProgressFiling.totalEmissions), kept when it is accepted, so that the alliance's sums read
-- one column of one table instead of adding up every scope 3 line of every filing.
-- DECIMAL(16,3): three inventory amounts of up to 10^12 each.
ALTER TABLE progress_filing ADD COLUMN total_tonnes DECIMAL(16,3);

UPDATE progress_filing SET total_tonnes = scope1_tonnes + scope2_market_tonnes + COALESCE(scope3_total_tonnes,
        (SELECT SUM(s.tonnes) FROM progress_filing_scope3 s WHERE s.filing_id = progress_filing.id), 0)
    WHERE status = 'ACCEPTED';

-- The dashboard's sums: accepted, current filings by year, with the total in the index.
CREATE INDEX ix_progress_filing_accepted_totals
    ON progress_filing (status, superseded, reporting_year, company_id, total_tonnes);
