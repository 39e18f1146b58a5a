-- V11: a print record also keeps the hash of the newest audit entry at printing (audit_mark is its number),
-- so `verify` finds a trail cut before a ledger's print; and the version of the page layout the ledger was
-- printed with, so `verify FILE` knows whether it can compare a printed PDF row by row.
ALTER TABLE print_log ADD COLUMN audit_hash CHAR(64);
ALTER TABLE print_log ADD COLUMN layout_version INT NOT NULL DEFAULT 1;
-- The audit trigger learns a table's columns when it is created (see V10).
DROP TRIGGER print_log_audit;
CREATE FORCE TRIGGER print_log_audit AFTER INSERT, UPDATE, DELETE ON print_log FOR EACH ROW
    CALL 'org.branchledger.core.audit.AuditTrigger';
