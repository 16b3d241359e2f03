-- Issue 17, item 1 (decision 0037): the city's carbon budget periods as the secretariat enters them.
-- The Kaohsiung Net Zero City Development Autonomous Ordinance (June 2023) sets two-year budgets; the
-- first, 2025-26, is 50.94 Mt CO2e. Public data: the dashboard and the public city budget page read them.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('city_budget_period', 0);

CREATE TABLE city_budget_period (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    first_year          INT            NOT NULL,
    last_year           INT            NOT NULL,
    city_budget_tonnes  DECIMAL(15,3)  NOT NULL,
    source              VARCHAR(300)   NOT NULL,
    entered_at          DATETIME(6)    NOT NULL,
    entered_by          VARCHAR(254)   NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT uk_city_budget_period_first_year UNIQUE (first_year),
    CONSTRAINT ck_city_budget_period_years CHECK (last_year >= first_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
