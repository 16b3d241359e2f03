-- Named rows that instances starting at the same time lock (SELECT ... FOR UPDATE) to take turns
-- at one-time work on start-up (issue 13, decision 0023): two instances of a deployment group
-- starting on an empty database both saw no companies and both loaded the demo data.
CREATE TABLE startup_lock (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO startup_lock (name) VALUES ('demo-data');
