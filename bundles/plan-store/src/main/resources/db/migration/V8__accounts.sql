-- Accounts administrators manage (issue 5: users per regroupement): a closed account no longer signs in
-- nor counts as a director, and keeps its name on what the person did; a temporary password is one an
-- administrator gave, which the person replaces at sign-in. Every existing account is open and keeps
-- its password as its own. Portable: H2 2.x and PostgreSQL 15.
ALTER TABLE user_account ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE user_account ADD COLUMN password_temporary BOOLEAN DEFAULT FALSE NOT NULL;
