-- The platform's administrator (issue 5: administrators choose the regroupement they work in): the
-- administrator created at the platform's set-up, the first one, gets the role. A platform set up
-- before the role existed keeps its first administrator as its operator. Portable: H2 2.x and PostgreSQL 15.
INSERT INTO user_account_role (user_id, role_name)
SELECT MIN(r.user_id), 'PLATFORM_ADMINISTRATOR'
FROM user_account_role r
WHERE r.role_name = 'ADMINISTRATOR'
HAVING COUNT(*) > 0;
