-- The adoption record as a body keeps it (issue 4): the date of the meeting or written resolution,
-- the resolution number, the vote (members present, quorum, pour, contre, abstention) or the
-- signatures of a unanimous written resolution; and the publication of the adopted version.
-- Both tables are written once, never updated. Portable: H2 2.x and PostgreSQL 15.

ALTER TABLE adoption_decision ADD COLUMN decided_on DATE;
ALTER TABLE adoption_decision ADD COLUMN resolution_number VARCHAR(100);
ALTER TABLE adoption_decision ADD COLUMN members_present INTEGER;
ALTER TABLE adoption_decision ADD COLUMN quorum INTEGER;
ALTER TABLE adoption_decision ADD COLUMN votes_for INTEGER;
ALTER TABLE adoption_decision ADD COLUMN votes_against INTEGER;
ALTER TABLE adoption_decision ADD COLUMN abstentions INTEGER;
-- usernames of the directors who signed, one per line
ALTER TABLE adoption_decision ADD COLUMN signatories VARCHAR(4000);
ALTER TABLE adoption_decision ADD COLUMN signed_on DATE;

CREATE SEQUENCE plan_publication_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan_publication (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    plan_id BIGINT NOT NULL,
    version_number INTEGER NOT NULL,
    version_fingerprint VARCHAR(64) NOT NULL,
    published_on DATE NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plan_publication PRIMARY KEY (id),
    CONSTRAINT fk_plan_publication_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);
