-- The secretariat's settings for the alliance's figures (issue 22), one row: below this share of
-- the alliance's base-year emissions a year's totals are provisional. 80 % is the secretariat's
-- default (issue 22); it edits it on the dashboard, each change audited.
CREATE TABLE alliance_settings (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    coverage_threshold_percent  DECIMAL(5,2)  NOT NULL,
    changed_at                  DATETIME(6),
    changed_by                  VARCHAR(254),
    version                     BIGINT        NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO alliance_settings (id, coverage_threshold_percent, version) VALUES (1, 80.00, 0);
