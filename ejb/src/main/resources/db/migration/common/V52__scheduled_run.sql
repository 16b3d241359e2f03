-- A scheduled job's run of a day, claimed by the first instance whose timer fires (decision 0052):
-- on a deployment group each instance holds the reminder timer (the application is deployed to each
-- instance so that a new EAR can be rolled out one instance at a time); the key lets one run a day
-- through, whichever instance it is. reminder_sent's key stays the last guard against a second mail.
-- One file for MariaDB and H2.
CREATE TABLE scheduled_run (
    job         VARCHAR(64)  NOT NULL,
    run_day     DATE         NOT NULL,
    instance    VARCHAR(128) NOT NULL,
    claimed_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job, run_day)
);
