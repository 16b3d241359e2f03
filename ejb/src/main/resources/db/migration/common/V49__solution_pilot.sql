-- Issue 16, item 5 (decision 0047): a winning proposal to a member's challenge is matched with that member
-- as a pilot, one pilot per proposal (the unique key), once the call's results are published; the member
-- reports its status (PLANNED, RUNNING, COMPLETED, STOPPED) and, when completed, the reduction it measured
-- in t CO2e per year with the basis and the day of the measurement. One file for MariaDB and H2 (H2 runs
-- in MySQL mode), as V40 and V48.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_pilot', 0);

CREATE TABLE solution_pilot (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    proposal_id          BIGINT         NOT NULL,
    challenge_id         BIGINT         NOT NULL,
    call_id              BIGINT         NOT NULL,
    company_id           BIGINT         NOT NULL,
    status               VARCHAR(16)    NOT NULL,
    matched_by           VARCHAR(254)   NOT NULL,
    matched_at           DATETIME(6)    NOT NULL,
    started_at           DATETIME(6),
    measured_reduction_t DECIMAL(15, 3),
    measurement_basis    VARCHAR(2000),
    measured_on          DATE,
    stop_reason          VARCHAR(2000),
    reported_by          VARCHAR(254),
    reported_at          DATETIME(6),
    version              BIGINT         NOT NULL,
    CONSTRAINT uq_solution_pilot_proposal UNIQUE (proposal_id),
    CONSTRAINT fk_solution_pilot_proposal FOREIGN KEY (proposal_id) REFERENCES solution_proposal (id),
    CONSTRAINT fk_solution_pilot_challenge FOREIGN KEY (challenge_id) REFERENCES solution_challenge (id),
    CONSTRAINT fk_solution_pilot_call FOREIGN KEY (call_id) REFERENCES solution_call (id),
    CONSTRAINT fk_solution_pilot_company FOREIGN KEY (company_id) REFERENCES member_company (id),
    CONSTRAINT ck_solution_pilot_measured CHECK (measured_reduction_t IS NULL OR measured_reduction_t >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_solution_pilot_company ON solution_pilot (company_id);
