-- Issue 20, feature 3 (decision 0034): who in the secretariat is on a waiting item. One row per
-- item (an application by its company's id, a pledge version, a filing), written when a reviewer
-- claims it or assigns it to a colleague, deleted when it is handed back. Private: not public data.
CREATE TABLE review_assignment (
    kind          VARCHAR(20)   NOT NULL,
    item_id       BIGINT        NOT NULL,
    assignee      VARCHAR(254)  NOT NULL,
    assigned_by   VARCHAR(254)  NOT NULL,
    assigned_at   DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (kind, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
