-- Accounts an administrator closes (issue 5: users per regroupement): a closed account no longer signs
-- in nor counts as a director, and keeps its name on what the person did. Every existing account is
-- open. Portable: H2 2.x and PostgreSQL 15.
ALTER TABLE user_account ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
