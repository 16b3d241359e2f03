-- Activity data of a reporting year (issue 12, item 4), so intensity targets are judged on what the
-- member filed: production output in the unit of a physical-intensity target's denominator (e.g.
-- "t of steel") and net revenue in million NTD for economic-intensity targets. All optional: a
-- filing without them stays complete; an intensity target is then "not comparable" for that year.
-- Existing filings keep NULL (nothing was filed), which is what "not given" means.
ALTER TABLE progress_filing ADD COLUMN production_output DECIMAL(15,3);
ALTER TABLE progress_filing ADD COLUMN production_unit VARCHAR(64);
ALTER TABLE progress_filing ADD COLUMN net_revenue_million_ntd DECIMAL(15,3);
