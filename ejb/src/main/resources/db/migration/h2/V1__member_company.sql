-- H2 twin of mysql/V1 (no storage engine or character set clauses).
CREATE TABLE id_sequence (
    sequence_name VARCHAR(64) NOT NULL PRIMARY KEY,
    next_value    BIGINT      NOT NULL
);

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
);

CREATE INDEX ix_member_company_directory ON member_company (membership_status, industry_group, name_en);
CREATE INDEX ix_member_company_name_en ON member_company (membership_status, name_en);
