-- Shared by MariaDB/MySQL and H2 (which runs in MODE=MySQL and ignores the ENGINE and
-- character set clauses). SQL that must differ goes to db/migration/{mysql,h2}.
-- Ids come from one table shared by all entities (JPA TABLE generation, allocation 50):
-- see docs/decisions/0002-id-generation.md.
CREATE TABLE id_sequence (
    sequence_name VARCHAR(64) NOT NULL PRIMARY KEY,
    next_value    BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_sequence (sequence_name, next_value) VALUES ('member_company', 0);

CREATE TABLE member_company (
    id                BIGINT       NOT NULL PRIMARY KEY,
    ubn               CHAR(8)      NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    name_zh           VARCHAR(100) NOT NULL,
    industry_group    VARCHAR(32)  NOT NULL,
    district          VARCHAR(16)  NOT NULL,
    website           VARCHAR(255),
    membership_status VARCHAR(16)  NOT NULL,
    joined_on         DATE,
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_member_company_ubn UNIQUE (ubn)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The directory filters active members by group and sorts by name.
CREATE INDEX ix_member_company_directory ON member_company (membership_status, industry_group, name_en);
CREATE INDEX ix_member_company_name_en ON member_company (membership_status, name_en);
