-- The platform's regroupements with their names (issue 5: a platform administrator opens a regroupement
-- with its first administrator and chooses among them by name). Those already on the platform, from
-- their users and plans, are named by their identifier until renamed. Portable: H2 2.x and PostgreSQL 15.
CREATE TABLE regroupement (
    id VARCHAR(100) NOT NULL,
    name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_regroupement PRIMARY KEY (id)
);

INSERT INTO regroupement (id, name, created_at)
SELECT known.regroupement_id, known.regroupement_id, CURRENT_TIMESTAMP
FROM (SELECT regroupement_id FROM user_account UNION SELECT regroupement_id FROM plan) known;
