-- V14 (issue 18): every identity column hands out numbers from a cache of 10,000 instead of H2's 32.
-- With WRITE_DELAY=0 each time a sequence runs out of cached numbers H2 commits it on a session of its
-- own, and that commit writes everything the open transaction has changed so far to the file: a
-- 10,000-member import wrote the file about 600 times (once per 32 members, once per 32 audit entries),
-- which made it five times larger than its data and the import a quarter slower. A kill can now leave a
-- gap of up to 10,000 in a table's numbers (the cached ones are lost); numbers are never reused.
-- A new table's identity column needs the same (MigrationsTest checks every one).
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 10000;
ALTER TABLE branch ALTER COLUMN id SET CACHE 10000;
ALTER TABLE member ALTER COLUMN id SET CACHE 10000;
ALTER TABLE print_log ALTER COLUMN id SET CACHE 10000;
ALTER TABLE study_session ALTER COLUMN id SET CACHE 10000;
ALTER TABLE attendance ALTER COLUMN id SET CACHE 10000;
ALTER TABLE self_study ALTER COLUMN id SET CACHE 10000;
ALTER TABLE reading_note ALTER COLUMN id SET CACHE 10000;
ALTER TABLE note_attachment ALTER COLUMN id SET CACHE 10000;
ALTER TABLE spot_check ALTER COLUMN id SET CACHE 10000;
ALTER TABLE spot_check_item ALTER COLUMN id SET CACHE 10000;
ALTER TABLE pledge ALTER COLUMN id SET CACHE 10000;
ALTER TABLE pledge_progress ALTER COLUMN id SET CACHE 10000;
ALTER TABLE leader_comment ALTER COLUMN id SET CACHE 10000;
ALTER TABLE activity_record ALTER COLUMN id SET CACHE 10000;
ALTER TABLE appraisal_round ALTER COLUMN id SET CACHE 10000;
ALTER TABLE appraisal_entry ALTER COLUMN id SET CACHE 10000;
ALTER TABLE rectification ALTER COLUMN id SET CACHE 10000;
ALTER TABLE appraisal_followup ALTER COLUMN id SET CACHE 10000;
