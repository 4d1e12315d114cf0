-- The plan's yearly cycle (issue 4): the cycle itself, its consultation (invitations and inputs),
-- its meetings (rencontres and follow-up meetings), the comments and proposed changes on the draft,
-- and the actions' statuses recorded at follow-up meetings. Lists are stored one entry per line
-- (attendees: organization id, a tab, the person). Portable: H2 2.x and PostgreSQL 15.

CREATE SEQUENCE cycle_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan_cycle (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    plan_id BIGINT NOT NULL,
    period VARCHAR(200) NOT NULL,
    phase VARCHAR(30) NOT NULL,
    adopting_body VARCHAR(20) NOT NULL,
    previous_plan_id BIGINT,
    carried_over_keys VARCHAR(200000),
    consultation_deadline DATE NOT NULL,
    drafting_committee VARCHAR(4000),
    comment_deadline DATE,
    process_instance_id VARCHAR(64),
    launched_by VARCHAR(100) NOT NULL,
    launched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revision BIGINT NOT NULL,
    CONSTRAINT pk_plan_cycle PRIMARY KEY (id),
    CONSTRAINT fk_plan_cycle_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_plan_cycle_previous FOREIGN KEY (previous_plan_id) REFERENCES plan (id)
);
CREATE INDEX ix_plan_cycle_plan ON plan_cycle (plan_id);

CREATE TABLE cycle_invitation (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    cycle_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    invited_by VARCHAR(100) NOT NULL,
    invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cycle_invitation PRIMARY KEY (id),
    CONSTRAINT uq_cycle_invitation UNIQUE (cycle_id, organization_id),
    CONSTRAINT fk_cycle_invitation_cycle FOREIGN KEY (cycle_id) REFERENCES plan_cycle (id),
    CONSTRAINT fk_cycle_invitation_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE consultation_input (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    cycle_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    input_text VARCHAR(20000) NOT NULL,
    submitted_by VARCHAR(100) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_consultation_input PRIMARY KEY (id),
    CONSTRAINT fk_consultation_input_cycle FOREIGN KEY (cycle_id) REFERENCES plan_cycle (id)
);

CREATE TABLE cycle_meeting (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    cycle_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    meeting_number INTEGER NOT NULL,
    held_on DATE NOT NULL,
    goals VARCHAR(20000),
    attendees VARCHAR(20000),
    minutes VARCHAR(200000),
    decisions VARCHAR(20000),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cycle_meeting PRIMARY KEY (id),
    CONSTRAINT uq_cycle_meeting UNIQUE (cycle_id, kind, meeting_number),
    CONSTRAINT fk_cycle_meeting_cycle FOREIGN KEY (cycle_id) REFERENCES plan_cycle (id)
);

CREATE TABLE item_comment (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    cycle_id BIGINT NOT NULL,
    item_key VARCHAR(200) NOT NULL,
    draft_version INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    comment_text VARCHAR(10000) NOT NULL,
    proposed_title VARCHAR(4000),
    proposed_description VARCHAR(20000),
    author VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(20) NOT NULL,
    reason VARCHAR(4000),
    reviewed_by VARCHAR(100),
    reviewed_at TIMESTAMP WITH TIME ZONE,
    revision BIGINT NOT NULL,
    CONSTRAINT pk_item_comment PRIMARY KEY (id),
    CONSTRAINT fk_item_comment_cycle FOREIGN KEY (cycle_id) REFERENCES plan_cycle (id)
);

CREATE TABLE action_status (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    cycle_id BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    item_key VARCHAR(200) NOT NULL,
    progress VARCHAR(20) NOT NULL,
    status_comment VARCHAR(4000),
    reported_by VARCHAR(100) NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_action_status PRIMARY KEY (id),
    CONSTRAINT fk_action_status_cycle FOREIGN KEY (cycle_id) REFERENCES plan_cycle (id),
    CONSTRAINT fk_action_status_meeting FOREIGN KEY (meeting_id) REFERENCES cycle_meeting (id)
);
