-- Issue 14, item 4: failed logins delay the next attempt (LoginThrottle) instead of locking the
-- account. The time of the last failure replaces the lock's end; the owner is e-mailed about
-- repeated failures at most once a day (failure_notice_at).
ALTER TABLE user_account ADD COLUMN last_failed_login DATETIME(6);
ALTER TABLE user_account ADD COLUMN failure_notice_at DATETIME(6);
ALTER TABLE user_account DROP COLUMN locked_until;
