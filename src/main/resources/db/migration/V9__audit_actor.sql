-- V9 (data safety): who made each change. The audit trigger fills it with the computer's user name (and
-- "命令行" for headless commands); the hash chain covers it whenever it is set. Older entries keep NULL.
ALTER TABLE audit_log ADD COLUMN actor VARCHAR(100);
CREATE INDEX audit_log_at ON audit_log (at);
