-- Audit before/after as plain text, not CLOBs: H2 stores every CLOB value through its LOB storage,
-- which made a 10,000-member import spend seconds on audit rows. One row's JSON stays far below the limit.
ALTER TABLE audit_log ALTER COLUMN before_data SET DATA TYPE CHARACTER VARYING(1000000);
ALTER TABLE audit_log ALTER COLUMN after_data SET DATA TYPE CHARACTER VARYING(1000000);
