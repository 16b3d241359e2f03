-- A member may record that SBTi itself validated the pledge's targets (issue 12): the date of
-- SBTi's validation, the temperature classification SBTi published and a link to it (SBTi's
-- Target Dashboard or the company's announcement). Shown beside the portal's own pre-check,
-- never instead of it. All three or none.
ALTER TABLE pledge_version ADD COLUMN sbti_validated_on DATE;
ALTER TABLE pledge_version ADD COLUMN sbti_classification VARCHAR(24);
ALTER TABLE pledge_version ADD COLUMN sbti_link VARCHAR(500);
