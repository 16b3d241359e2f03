-- Sessions signed in before this moment end at their next request, on every instance: set when a
-- password is set and when an account is disabled (decision 0036). NULL: every session is good.
ALTER TABLE user_account ADD COLUMN sessions_valid_from DATETIME(6);
