-- Plan store schema. Portable: runs on H2 2.x and PostgreSQL 15.
-- Ids come from sequences (EclipseLink SEQUENCE, allocationSize 50: EclipseLink needs START WITH = INCREMENT BY = allocationSize). Every tenant-owned table has regroupement_id.

CREATE SEQUENCE plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_objective_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_action_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE organization_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE adoption_decision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    title VARCHAR(500) NOT NULL,
    period_label VARCHAR(100),
    mission VARCHAR(10000),
    status VARCHAR(30) NOT NULL,
    revision BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    CONSTRAINT pk_plan PRIMARY KEY (id)
);
CREATE INDEX ix_plan_regroupement ON plan (regroupement_id);

CREATE TABLE plan_objective (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    plan_id BIGINT NOT NULL,
    sort_order INTEGER NOT NULL,
    item_number VARCHAR(20) NOT NULL,
    title VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_plan_objective PRIMARY KEY (id),
    CONSTRAINT fk_plan_objective_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);
CREATE INDEX ix_plan_objective_plan ON plan_objective (plan_id);

CREATE TABLE plan_action (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    objective_id BIGINT NOT NULL,
    sort_order INTEGER NOT NULL,
    item_number VARCHAR(20) NOT NULL,
    title VARCHAR(2000) NOT NULL,
    responsible VARCHAR(500),
    schedule_text VARCHAR(500),
    CONSTRAINT pk_plan_action PRIMARY KEY (id),
    CONSTRAINT fk_plan_action_objective FOREIGN KEY (objective_id) REFERENCES plan_objective (id)
);
CREATE INDEX ix_plan_action_objective ON plan_action (objective_id);

CREATE TABLE organization (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    name VARCHAR(300) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    CONSTRAINT pk_organization PRIMARY KEY (id)
);
CREATE INDEX ix_organization_regroupement ON organization (regroupement_id);

-- Decisions are written once and never updated.
CREATE TABLE adoption_decision (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    plan_id BIGINT NOT NULL,
    outcome VARCHAR(30) NOT NULL,
    adopting_body VARCHAR(200),
    decided_by VARCHAR(100) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_comment VARCHAR(4000),
    CONSTRAINT pk_adoption_decision PRIMARY KEY (id),
    CONSTRAINT fk_adoption_decision_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);
CREATE INDEX ix_adoption_decision_plan ON adoption_decision (plan_id);

CREATE TABLE user_account (
    id BIGINT NOT NULL,
    regroupement_id VARCHAR(100) NOT NULL,
    username VARCHAR(100) NOT NULL,
    display_name VARCHAR(200),
    preferred_language VARCHAR(10) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username)
);
CREATE INDEX ix_user_account_regroupement ON user_account (regroupement_id);

CREATE TABLE user_account_role (
    user_id BIGINT NOT NULL,
    role_name VARCHAR(30) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_user_account_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
