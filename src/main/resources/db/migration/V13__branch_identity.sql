-- V13 (the township, issue 20): a branch's stable identity, and whether the branch is a copy received from
-- a branch package (上报数据).
-- uuid: made when the branch is created (the column's default) and given now to every existing branch; it
-- travels in the branch's packages, so the township knows a package's branch whatever its name is now.
-- reported_at: for a branch received from a package, when that package was made (null: a branch kept here).
-- Version 12 is left free for work made at the same time; Flyway takes versions in order, gaps and all.
ALTER TABLE branch ADD COLUMN uuid CHAR(36);
ALTER TABLE branch ADD COLUMN reported_at TIMESTAMP(3);
-- The audit trigger learns a table's columns when it is created (see V10): made again before the update
-- below, so the trail records each existing branch's new identity.
DROP TRIGGER branch_audit;
CREATE FORCE TRIGGER branch_audit AFTER INSERT, UPDATE, DELETE ON branch FOR EACH ROW
    CALL 'org.branchledger.core.audit.AuditTrigger';
UPDATE branch SET uuid = CAST(RANDOM_UUID() AS VARCHAR(36));
ALTER TABLE branch ALTER COLUMN uuid SET NOT NULL;
ALTER TABLE branch ALTER COLUMN uuid SET DEFAULT CAST(RANDOM_UUID() AS VARCHAR(36));
ALTER TABLE branch ADD CONSTRAINT branch_uuid_unique UNIQUE (uuid);
