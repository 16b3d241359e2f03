-- Filings imported from the alliance's records of earlier years (the secretariat's history
-- import, docs/bulk-import.md): accepted as imported, with scope 3 as one total because those
-- records hold no categories. Filings made in the portal keep imported = FALSE and no total
-- (their scope 3 is the sum of progress_filing_scope3).
ALTER TABLE progress_filing ADD COLUMN imported BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE progress_filing ADD COLUMN scope3_total_tonnes DECIMAL(15,3);
