-- Targets stored one by one (issue 12, decision 0016): every pledge version holds a list of
-- targets, each on its own boundary (scope 1+2, scope 3 or scope 1+2+3), instead of the one
-- combined near-term and optional long-term target in pledge_version's near_* / long_* columns.
-- The base year stays the pledge's (pledge_version.base_year), and so does the net-zero year.
-- Rows belong to their version (an element collection): ordinal orders them as the member added
-- them (ordinal 0 first); changing them raises the version's optimistic-lock counter.
CREATE TABLE pledge_target (
    pledge_version_id       BIGINT        NOT NULL,
    ordinal                 INT           NOT NULL,
    horizon                 VARCHAR(16)   NOT NULL,
    boundary                VARCHAR(16)   NOT NULL,
    target_type             VARCHAR(24)   NOT NULL,
    base_year_emissions     DECIMAL(15,3),
    target_year             INT,
    reduction               DECIMAL(5,2),
    coverage                DECIMAL(5,2),
    scope3_coverage         DECIMAL(5,2),
    scope2_method           VARCHAR(16),
    scope3_categories       VARCHAR(64),
    intensity_unit          VARCHAR(60),
    base_year_activity      DECIMAL(20,4),
    projected_activity      DECIMAL(20,4),
    CONSTRAINT pk_pledge_target PRIMARY KEY (pledge_version_id, ordinal),
    CONSTRAINT fk_pledge_target_version FOREIGN KEY (pledge_version_id) REFERENCES pledge_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each combined target becomes the equivalent stored target, exactly as the portal read it until
-- now (PledgeTerms before V17, TargetDraft.combined since):
--   boundary     scope 1+2+3 when the version names scope 3 categories, else scope 1+2;
--   type         near_kind INTENSITY -> PHYSICAL_INTENSITY (with its unit and base-year activity,
--                no projected activity), else ABSOLUTE; a long-term target was always absolute;
--   base-year    scope 1 + scope 2 by the version's scope 2 method + scope 3 (the total the
--   emissions    combined target was measured against); empty while the draft lacks one of them;
--   coverage     scope12_coverage, and scope3_coverage for a scope 1+2+3 target;
--   scope 2 method and scope 3 categories: the version's.
-- The near-term target takes ordinal 0, the long-term one the next. A half-filled draft keeps
-- what it had: a target row exists as soon as its year or its reduction was typed.
-- The old columns stay (no longer written or read by the portal) until the generators and fixtures
-- that write them directly have moved to pledge_target.
INSERT INTO pledge_target (pledge_version_id, ordinal, horizon, boundary, target_type, base_year_emissions,
        target_year, reduction, coverage, scope3_coverage, scope2_method, scope3_categories, intensity_unit,
        base_year_activity, projected_activity)
    SELECT id, 0, 'NEAR_TERM',
        CASE WHEN COALESCE(scope3_categories, '') <> '' THEN 'SCOPE_1_2_3' ELSE 'SCOPE_1_2' END,
        CASE WHEN near_kind = 'INTENSITY' THEN 'PHYSICAL_INTENSITY' ELSE 'ABSOLUTE' END,
        scope1 + CASE WHEN scope2_method = 'LOCATION_BASED' THEN scope2_location ELSE scope2_market END + scope3,
        near_target_year, near_reduction, scope12_coverage,
        CASE WHEN COALESCE(scope3_categories, '') <> '' THEN scope3_coverage END,
        scope2_method, COALESCE(scope3_categories, ''),
        CASE WHEN near_kind = 'INTENSITY' THEN near_intensity_unit END,
        CASE WHEN near_kind = 'INTENSITY' THEN near_base_activity END,
        NULL
    FROM pledge_version
    WHERE near_target_year IS NOT NULL OR near_reduction IS NOT NULL;

INSERT INTO pledge_target (pledge_version_id, ordinal, horizon, boundary, target_type, base_year_emissions,
        target_year, reduction, coverage, scope3_coverage, scope2_method, scope3_categories, intensity_unit,
        base_year_activity, projected_activity)
    SELECT id, CASE WHEN near_target_year IS NOT NULL OR near_reduction IS NOT NULL THEN 1 ELSE 0 END, 'LONG_TERM',
        CASE WHEN COALESCE(scope3_categories, '') <> '' THEN 'SCOPE_1_2_3' ELSE 'SCOPE_1_2' END,
        'ABSOLUTE',
        scope1 + CASE WHEN scope2_method = 'LOCATION_BASED' THEN scope2_location ELSE scope2_market END + scope3,
        long_target_year, long_reduction, scope12_coverage,
        CASE WHEN COALESCE(scope3_categories, '') <> '' THEN scope3_coverage END,
        scope2_method, COALESCE(scope3_categories, ''), NULL, NULL, NULL
    FROM pledge_version
    WHERE long_target_year IS NOT NULL OR long_reduction IS NOT NULL;
