-- The one combined near-term and long-term target a pledge version held before targets were
-- stored one by one (issue 12, decision 0016). V17 carried every such target into pledge_target;
-- since then the portal neither reads nor writes these columns, and the fixtures and the bench
-- generator write pledge_target instead (decision 0032). One column per statement: the same SQL
-- runs on MariaDB/MySQL and on H2 in MySQL mode. scope12_coverage and scope3_coverage stay: the
-- pledge draft still maps them (BaseYearInventory's coverages).
ALTER TABLE pledge_version DROP COLUMN near_target_year;
ALTER TABLE pledge_version DROP COLUMN near_reduction;
ALTER TABLE pledge_version DROP COLUMN near_kind;
ALTER TABLE pledge_version DROP COLUMN near_intensity_unit;
ALTER TABLE pledge_version DROP COLUMN near_base_activity;
ALTER TABLE pledge_version DROP COLUMN long_target_year;
ALTER TABLE pledge_version DROP COLUMN long_reduction;
