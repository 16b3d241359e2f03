-- Issue 16 (decision 0038): the call for solutions. Calls with their themes and weighted criteria,
-- solution providers (accounts of role PROVIDER with their organisation), proposals, jurors seated
-- per call, conflicts of interest, and scorecards with one score per criterion. Times are UTC
-- instants; the secretariat types them as Taipei times. Proposals, conflicts and scores are private:
-- only published results (outcome SHORTLISTED or WINNER of a call with results_published_at) are public.
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_call', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_proposal', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_juror', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_conflict', 0);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('solution_scorecard', 0);

CREATE TABLE solution_call (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    title_en              VARCHAR(200)  NOT NULL,
    title_zh              VARCHAR(200)  NOT NULL,
    description_en        VARCHAR(4000) NOT NULL,
    description_zh        VARCHAR(4000) NOT NULL,
    opens_at              DATETIME(6)   NOT NULL,
    closes_at             DATETIME(6)   NOT NULL,
    winners               INT           NOT NULL,
    created_by            VARCHAR(254)  NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    results_published_at  DATETIME(6),
    version               BIGINT        NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_call_theme (
    call_id   BIGINT       NOT NULL,
    ordinal     INT          NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    name_zh   VARCHAR(100) NOT NULL,
    PRIMARY KEY (call_id, ordinal),
    CONSTRAINT fk_solution_call_theme_call FOREIGN KEY (call_id) REFERENCES solution_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_call_criterion (
    call_id         BIGINT       NOT NULL,
    ordinal           INT          NOT NULL,
    name_en         VARCHAR(100) NOT NULL,
    name_zh         VARCHAR(100) NOT NULL,
    weight_percent  INT          NOT NULL,
    PRIMARY KEY (call_id, ordinal),
    CONSTRAINT fk_solution_call_criterion_call FOREIGN KEY (call_id) REFERENCES solution_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_provider (
    account_id     BIGINT       NOT NULL PRIMARY KEY,
    organisation   VARCHAR(200) NOT NULL,
    country        CHAR(2)      NOT NULL,
    registered_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_solution_provider_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_proposal (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    call_id               BIGINT         NOT NULL,
    provider_account_id   BIGINT         NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    summary               VARCHAR(4000)  NOT NULL,
    expected_reduction_t  DECIMAL(15, 3) NOT NULL,
    reduction_basis       VARCHAR(4000)  NOT NULL,
    cost_from_twd         DECIMAL(15, 0) NOT NULL,
    cost_to_twd           DECIMAL(15, 0) NOT NULL,
    readiness_level       INT            NOT NULL,
    reference_list        VARCHAR(4000),
    status                VARCHAR(16)    NOT NULL,
    outcome               VARCHAR(16)    NOT NULL,
    submitted_at          DATETIME(6)    NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    version               BIGINT         NOT NULL,
    CONSTRAINT fk_solution_proposal_call FOREIGN KEY (call_id) REFERENCES solution_call (id),
    CONSTRAINT fk_solution_proposal_provider FOREIGN KEY (provider_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_solution_proposal_call ON solution_proposal (call_id, status);
CREATE INDEX ix_solution_proposal_provider ON solution_proposal (provider_account_id);

CREATE TABLE solution_juror (
    id                BIGINT       NOT NULL PRIMARY KEY,
    call_id           BIGINT       NOT NULL,
    juror_account_id  BIGINT       NOT NULL,
    invited_by        VARCHAR(254) NOT NULL,
    invited_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uk_solution_juror UNIQUE (call_id, juror_account_id),
    CONSTRAINT fk_solution_juror_call FOREIGN KEY (call_id) REFERENCES solution_call (id),
    CONSTRAINT fk_solution_juror_account FOREIGN KEY (juror_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_conflict (
    id                BIGINT       NOT NULL PRIMARY KEY,
    proposal_id       BIGINT       NOT NULL,
    juror_account_id  BIGINT       NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    declared_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_solution_conflict UNIQUE (proposal_id, juror_account_id),
    CONSTRAINT fk_solution_conflict_proposal FOREIGN KEY (proposal_id) REFERENCES solution_proposal (id),
    CONSTRAINT fk_solution_conflict_account FOREIGN KEY (juror_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_scorecard (
    id                BIGINT        NOT NULL PRIMARY KEY,
    proposal_id       BIGINT        NOT NULL,
    juror_account_id  BIGINT        NOT NULL,
    comment_text      VARCHAR(2000),
    scored_at         DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_solution_scorecard UNIQUE (proposal_id, juror_account_id),
    CONSTRAINT fk_solution_scorecard_proposal FOREIGN KEY (proposal_id) REFERENCES solution_proposal (id),
    CONSTRAINT fk_solution_scorecard_account FOREIGN KEY (juror_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_score (
    scorecard_id        BIGINT NOT NULL,
    criterion_position  INT    NOT NULL,
    score               INT    NOT NULL,
    PRIMARY KEY (scorecard_id, criterion_position),
    CONSTRAINT fk_solution_score_scorecard FOREIGN KEY (scorecard_id) REFERENCES solution_scorecard (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
