-- The plan's content becomes one document (ca.concerto.plan.model.PlanDocument), the same one that
-- PlanDocumentService reads and writes and that PlanService shows as objectives and actions.
--   plan.document_header: canonical interchange JSON of the document without its items
--   plan_item:            one row per item; its own fields as the interchange's canonical item JSON;
--                         revision for optimistic edits (UPDATE ... WHERE revision = ?)
--   plan_version:         immutable versions: the whole canonical document and its SHA-256
-- Variant for PostgreSQL (TEXT; nextval); the other variant
-- differs only in these two points. V3 drops the V1 objective and action tables once copied here.

CREATE SEQUENCE plan_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_version_seq START WITH 50 INCREMENT BY 50;

ALTER TABLE plan ADD COLUMN document_header TEXT;
-- the version recorded when the plan was last submitted; its decision is bound to it
ALTER TABLE plan ADD COLUMN submitted_version INTEGER;

CREATE TABLE plan_item (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    plan_id BIGINT NOT NULL,
    item_key VARCHAR(200) NOT NULL,
    parent_key VARCHAR(200),
    sort_order INTEGER NOT NULL,
    item_level INTEGER NOT NULL,
    revision BIGINT NOT NULL,
    content TEXT NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plan_item PRIMARY KEY (id),
    CONSTRAINT uq_plan_item_key UNIQUE (plan_id, item_key),
    CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

-- Versions are written once and never updated.
CREATE TABLE plan_version (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    plan_id BIGINT NOT NULL,
    version_number INTEGER NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    document TEXT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note VARCHAR(4000),
    CONSTRAINT pk_plan_version PRIMARY KEY (id),
    CONSTRAINT uq_plan_version_number UNIQUE (plan_id, version_number),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

-- the version a decision was taken on (null for decisions recorded before versions)
ALTER TABLE adoption_decision ADD COLUMN version_number INTEGER;
ALTER TABLE adoption_decision ADD COLUMN version_fingerprint VARCHAR(64);

-- Existing plans (V1 rows) become documents: levels "Objectif" and "Action" (DECIMAL), keys o<n> and
-- o<n>.a<m> in plan order, the mission as a MISSION statement. Strings are JSON-escaped (backslash,
-- quote, LF, CR, TAB). Periods and échéanciers are stored as their text only: reading derives their
-- dates and kind exactly as for an imported file; the next write of an item stores its canonical form.
UPDATE plan SET document_header = '{"formatVersion":"1.0","levels":[{"name":"Objectif","numbering":"DECIMAL"},'
    || '{"name":"Action","numbering":"DECIMAL"}],"period":{"text":"'
    || CASE WHEN (period_label IS NULL OR TRIM(period_label) = '') THEN 'À déterminer' ELSE REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(period_label, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') END || '"}'
    || CASE WHEN (mission IS NULL OR TRIM(mission) = '') THEN ''
            ELSE ',"statements":[{"kind":"MISSION","paragraphs":["' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mission, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"]}]' END
    || ',"title":"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(title, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"}';

INSERT INTO plan_item (id, regroupement_id, plan_id, item_key, parent_key, sort_order, item_level, revision,
                       content, updated_by, updated_at)
SELECT nextval('plan_item_seq'), p.regroupement_id, o.plan_id, 'o' || o.rn, NULL, o.rn - 1, 0, 1,
       '{"key":"o' || o.rn || '","level":0'
       || CASE WHEN (o.item_number IS NULL OR TRIM(o.item_number) = '') THEN '' ELSE ',"number":"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(o.item_number, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"' END
       || ',"title":"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(o.title, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"}',
       p.created_by, p.created_at
FROM (SELECT plan_id, item_number, title,
             ROW_NUMBER() OVER (PARTITION BY plan_id ORDER BY sort_order, id) AS rn
      FROM plan_objective) o
JOIN plan p ON p.id = o.plan_id;

INSERT INTO plan_item (id, regroupement_id, plan_id, item_key, parent_key, sort_order, item_level, revision,
                       content, updated_by, updated_at)
SELECT nextval('plan_item_seq'), p.regroupement_id, a.plan_id, 'o' || a.orn || '.a' || a.arn, 'o' || a.orn, a.arn - 1, 1, 1,
       '{"action":{'
       || CASE WHEN (a.responsible IS NULL OR TRIM(a.responsible) = '') THEN '' ELSE '"responsible":["' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(a.responsible, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"]' END
       || CASE WHEN (a.schedule_text IS NULL OR TRIM(a.schedule_text) = '') THEN ''
               ELSE CASE WHEN (a.responsible IS NULL OR TRIM(a.responsible) = '') THEN '' ELSE ',' END
                    || '"schedule":{"text":"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(a.schedule_text, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"}' END
       || '},"key":"o' || a.orn || '.a' || a.arn || '","level":1'
       || CASE WHEN (a.item_number IS NULL OR TRIM(a.item_number) = '') THEN '' ELSE ',"number":"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(a.item_number, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"' END
       || ',"title":"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(a.title, '\', '\\'), '"', '\"'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t') || '"}',
       p.created_by, p.created_at
FROM (SELECT o.plan_id, o.rn AS orn, x.item_number, x.title, x.responsible, x.schedule_text,
             ROW_NUMBER() OVER (PARTITION BY x.objective_id ORDER BY x.sort_order, x.id) AS arn
      FROM plan_action x
      JOIN (SELECT id, plan_id, ROW_NUMBER() OVER (PARTITION BY plan_id ORDER BY sort_order, id) AS rn
            FROM plan_objective) o ON o.id = x.objective_id) a
JOIN plan p ON p.id = a.plan_id;
