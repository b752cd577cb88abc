-- Sign-in accounts for members (org.copse.store.Accounts). The password is a BCrypt hash made by
-- the caller; the store never sees a plain password.
CREATE TABLE accounts (
  member_id      VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
  password_hash  VARCHAR(200) NOT NULL,
  enabled        BOOLEAN      NOT NULL
);

CREATE TABLE account_roles (
  member_id  VARCHAR(200) NOT NULL REFERENCES accounts (member_id) ON DELETE CASCADE,
  role       VARCHAR(20)  NOT NULL,
  PRIMARY KEY (member_id, role),
  CONSTRAINT account_roles_role CHECK (role IN ('MEMBER', 'FACILITATOR', 'ADMIN'))
);
