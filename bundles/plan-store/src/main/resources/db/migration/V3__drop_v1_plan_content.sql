-- Plan content lives in documents since V2 (plan.document_header, plan_item), copied from the V1
-- tables there. The V1 tables, their sequences and the mission column (now a MISSION statement of the
-- document) go. Portable: H2 2.x and PostgreSQL 15.

DROP TABLE plan_action;
DROP TABLE plan_objective;
DROP SEQUENCE plan_action_seq;
DROP SEQUENCE plan_objective_seq;
ALTER TABLE plan DROP COLUMN mission;
ALTER TABLE plan ALTER COLUMN document_header SET NOT NULL;
