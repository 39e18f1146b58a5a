-- V10 (branch set-up): the usual 公示期 length of the branch's public notices, in days, and which branch
-- is the demo (示例) one, so the window can mark it and remove it in one step. Older data folders: a
-- branch made by the demo command carries "（示范）" in its name.
ALTER TABLE branch ADD COLUMN notice_days INT NOT NULL DEFAULT 5;
ALTER TABLE branch ADD CONSTRAINT branch_notice_days CHECK (notice_days BETWEEN 1 AND 60);
ALTER TABLE branch ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
-- The audit trigger learns a table's columns when it is created: made again, it records the new ones too
-- (else the audit of a session that migrated misses them, and verify reports the rows as changed).
DROP TRIGGER branch_audit;
CREATE FORCE TRIGGER branch_audit AFTER INSERT, UPDATE, DELETE ON branch FOR EACH ROW
    CALL 'org.branchledger.core.audit.AuditTrigger';
UPDATE branch SET demo = TRUE WHERE name LIKE '%（示范）';
