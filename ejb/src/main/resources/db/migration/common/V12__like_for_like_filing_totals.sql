-- Progress judged like for like (issue 12; GHG Protocol Scope 2 Guidance): besides the total an
-- accepted filing counts with in the alliance's sums (total_tonnes: scope 1 + market-based scope 2
-- + scope 3, V10), keep the total with location-based scope 2 and which scope 3 categories the
-- filing left "not evaluated", so the directory and the dashboard judge each member's latest year
-- with its pledge's scope 2 method and know when a covered category is unknown ("not comparable"),
-- without reading every scope 3 line of every filing.
-- not_evaluated_scope3_mask: bit n-1 set for GHG Protocol category n (1 = purchased goods and
-- services ... 15 = investments), as Scope3CategoriesMaskConverter reads it; 0 for none.
ALTER TABLE progress_filing ADD COLUMN total_location_tonnes DECIMAL(16,3);
ALTER TABLE progress_filing ADD COLUMN not_evaluated_scope3_mask INT;

UPDATE progress_filing SET
    total_location_tonnes = scope1_tonnes + scope2_location_tonnes + COALESCE(scope3_total_tonnes,
        (SELECT SUM(s.tonnes) FROM progress_filing_scope3 s WHERE s.filing_id = progress_filing.id), 0),
    not_evaluated_scope3_mask = COALESCE((SELECT SUM(CASE s.category
            WHEN 'PURCHASED_GOODS_AND_SERVICES' THEN 1
            WHEN 'CAPITAL_GOODS' THEN 2
            WHEN 'FUEL_AND_ENERGY_RELATED_ACTIVITIES' THEN 4
            WHEN 'UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION' THEN 8
            WHEN 'WASTE_GENERATED_IN_OPERATIONS' THEN 16
            WHEN 'BUSINESS_TRAVEL' THEN 32
            WHEN 'EMPLOYEE_COMMUTING' THEN 64
            WHEN 'UPSTREAM_LEASED_ASSETS' THEN 128
            WHEN 'DOWNSTREAM_TRANSPORTATION_AND_DISTRIBUTION' THEN 256
            WHEN 'PROCESSING_OF_SOLD_PRODUCTS' THEN 512
            WHEN 'USE_OF_SOLD_PRODUCTS' THEN 1024
            WHEN 'END_OF_LIFE_TREATMENT_OF_SOLD_PRODUCTS' THEN 2048
            WHEN 'DOWNSTREAM_LEASED_ASSETS' THEN 4096
            WHEN 'FRANCHISES' THEN 8192
            WHEN 'INVESTMENTS' THEN 16384
            ELSE 0 END)
        FROM progress_filing_scope3 s WHERE s.filing_id = progress_filing.id AND s.entry_status = 'NOT_EVALUATED'), 0)
    WHERE status = 'ACCEPTED';
