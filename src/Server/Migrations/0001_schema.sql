-- The server mode's system of record. One row per ingested source (a file, or the page images of one plan),
-- its plans (the record as jsonb with the columns that scope and sort them), their items, the uploaded files
-- by content hash, the ingest job queue, accounts and the audit log.

-- Every change to a source takes the next number of this sequence: the change feed web nodes follow.
CREATE SEQUENCE change_feed;

CREATE TABLE sources (
    source        text PRIMARY KEY,
    content_hash  text NOT NULL UNIQUE,
    ingested_at   timestamptz NOT NULL,
    province      text,
    commune       text,
    change_seq    bigint NOT NULL,
    deleted       boolean NOT NULL DEFAULT false
);
CREATE INDEX sources_by_change ON sources (change_seq);

CREATE TABLE plans (
    id           bigserial PRIMARY KEY,
    source       text NOT NULL REFERENCES sources (source) ON DELETE CASCADE,
    ordinal      int NOT NULL,
    plan_id      text NOT NULL,
    source_hash  text NOT NULL,
    province     text,
    commune      text,
    school       text,
    year         int,
    record       jsonb NOT NULL,
    UNIQUE (source_hash, ordinal)
);
CREATE INDEX plans_by_source ON plans (source);
CREATE INDEX plans_by_commune ON plans (province, commune);

CREATE TABLE items (
    plan         bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    ordinal      int NOT NULL,
    criterion    text,
    budget_vnd   bigint,
    item         jsonb NOT NULL,
    PRIMARY KEY (plan, ordinal)
);

CREATE TABLE source_files (
    content_hash text PRIMARY KEY,
    name         text NOT NULL,
    size         bigint NOT NULL,
    stored_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ingest_jobs (
    id            bigserial PRIMARY KEY,
    batch         text NOT NULL,
    source        text NOT NULL,
    job_hash      text NOT NULL UNIQUE,
    page_hashes   text[] NOT NULL,
    page_names    text[] NOT NULL,
    submitted_by  text,
    commune       text,
    state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts      int NOT NULL DEFAULT 0,
    max_attempts  int NOT NULL DEFAULT 3,
    lease_owner   text,
    lease_until   timestamptz,
    error         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
CREATE INDEX ingest_jobs_waiting ON ingest_jobs (id) WHERE state IN ('queued', 'running');

CREATE TABLE users (
    id             bigserial PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    password_hash  text NOT NULL,
    role           text NOT NULL CHECK (role IN ('admin', 'analyst', 'uploader', 'viewer')),
    province       text,
    communes       text[] NOT NULL DEFAULT '{}',
    failed_logins  int NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
    id         bigserial PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    user_name  text,
    action     text NOT NULL,
    detail     text
);
