-- Issue 16, items 2 and 6 (decision 0044): member companies post challenges under an open call (the
-- emissions source, the site, the scope and tonnes concerned, what a solution must achieve, what data
-- they can share); the secretariat approves them before they are public. A proposal may address one
-- approved challenge of its call (challenge_id) or the call as a whole (NULL). One file for MariaDB
-- and H2 (H2 runs in MySQL mode), as V40.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_challenge', 0);

CREATE TABLE solution_challenge (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    call_id            BIGINT         NOT NULL,
    company_id         BIGINT         NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    emissions_source   VARCHAR(500)   NOT NULL,
    site               VARCHAR(200)   NOT NULL,
    scope              VARCHAR(16)    NOT NULL,
    tonnes_per_year    DECIMAL(15, 3) NOT NULL,
    required_outcome   VARCHAR(4000)  NOT NULL,
    shareable_data     VARCHAR(4000)  NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    posted_by          VARCHAR(254)   NOT NULL,
    posted_at          DATETIME(6)    NOT NULL,
    decided_by         VARCHAR(254),
    decided_at         DATETIME(6),
    decline_reason     VARCHAR(2000),
    version            BIGINT         NOT NULL,
    CONSTRAINT fk_solution_challenge_call FOREIGN KEY (call_id) REFERENCES solution_call (id),
    CONSTRAINT fk_solution_challenge_company FOREIGN KEY (company_id) REFERENCES member_company (id),
    CONSTRAINT ck_solution_challenge_tonnes CHECK (tonnes_per_year >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_solution_challenge_call ON solution_challenge (call_id, status);
CREATE INDEX ix_solution_challenge_company ON solution_challenge (company_id);

ALTER TABLE solution_proposal ADD COLUMN challenge_id BIGINT;
ALTER TABLE solution_proposal ADD CONSTRAINT fk_solution_proposal_challenge
    FOREIGN KEY (challenge_id) REFERENCES solution_challenge (id);
CREATE INDEX ix_solution_proposal_challenge ON solution_proposal (challenge_id, status);
