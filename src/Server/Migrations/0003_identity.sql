-- Accounts on ASP.NET Core Identity (UserManager, SignInManager): the columns its stores keep. The lookup key is
-- the name as Identity's normalizer makes it (NFC, upper case); the security stamp changes whenever a session
-- must end (role, units, a lock); the concurrency stamp guards an edit against a concurrent one. The lockout
-- columns keep their values under Identity's names, so an account locked now stays locked.
ALTER TABLE users RENAME COLUMN failed_logins TO access_failed_count;
ALTER TABLE users RENAME COLUMN locked_until TO lockout_end;
ALTER TABLE users
    ADD COLUMN normalized_name    text,
    ADD COLUMN security_stamp     text NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
    ADD COLUMN concurrency_stamp  text NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
    ADD COLUMN lockout_enabled    boolean NOT NULL DEFAULT true;
UPDATE users SET normalized_name = upper(normalize(name, NFC));
ALTER TABLE users ALTER COLUMN normalized_name SET NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_normalized_name_key UNIQUE (normalized_name);
-- Stamps of new rows come from Identity; the defaults above only filled the rows that were there.
ALTER TABLE users ALTER COLUMN security_stamp DROP DEFAULT, ALTER COLUMN concurrency_stamp DROP DEFAULT;
