-- Sessions signed in before this moment (epoch milliseconds) end at their next request, on every
-- instance: set when a password is set and when an account is disabled (decision 0036). NULL: every
-- session is good. Milliseconds, not a DATETIME: the portal's Instant columns reach MariaDB to the
-- whole second, and a sign-in in the same second as the new password would have been kept.
ALTER TABLE user_account ADD COLUMN sessions_valid_from_ms BIGINT;
