-- Issue 16, items 3 and 4 (decision 0055).
--
-- Files attached to proposals, described as a filing's evidence is (the embeddable StoredFile's
-- columns); their bytes in evidence_content (V23) under stored_name, written in the same transaction.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_proposal_attachment', 0);

CREATE TABLE solution_proposal_attachment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    proposal_id    BIGINT        NOT NULL,
    original_name  VARCHAR(255)  NOT NULL,
    stored_name    CHAR(36)      NOT NULL,
    evidence_type  VARCHAR(8)    NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    uploaded_by    VARCHAR(254)  NOT NULL,
    CONSTRAINT uq_solution_proposal_attachment_stored UNIQUE (stored_name),
    CONSTRAINT fk_solution_proposal_attachment FOREIGN KEY (proposal_id) REFERENCES solution_proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_solution_proposal_attachment ON solution_proposal_attachment (proposal_id, uploaded_at);

-- A second round on a close call: at most one per call, with the proposals it concerns and the two
-- scores that made it close, as they stood when it was asked for.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_second_round', 0);

CREATE TABLE solution_second_round (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    call_id                 BIGINT        NOT NULL,
    last_winner_score       DECIMAL(4, 2) NOT NULL,
    first_non_winner_score  DECIMAL(4, 2) NOT NULL,
    requested_by            VARCHAR(254)  NOT NULL,
    requested_at            DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uk_solution_second_round_call UNIQUE (call_id),
    CONSTRAINT fk_solution_second_round_call FOREIGN KEY (call_id) REFERENCES solution_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_second_round_proposal (
    second_round_id  BIGINT NOT NULL,
    proposal_id      BIGINT NOT NULL,
    PRIMARY KEY (second_round_id, proposal_id),
    CONSTRAINT fk_solution_second_round_proposal_round FOREIGN KEY (second_round_id) REFERENCES solution_second_round (id),
    CONSTRAINT fk_solution_second_round_proposal FOREIGN KEY (proposal_id) REFERENCES solution_proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scorecards per round: every existing card is round one's. One card per juror, proposal and round:
-- the new key is added before the old one is dropped, so the foreign key on proposal_id keeps an index.
ALTER TABLE solution_scorecard ADD COLUMN round_number INT NOT NULL DEFAULT 1;
ALTER TABLE solution_scorecard ADD CONSTRAINT uk_solution_scorecard_round UNIQUE (proposal_id, juror_account_id, round_number);
ALTER TABLE solution_scorecard DROP INDEX uk_solution_scorecard;
