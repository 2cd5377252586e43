-- Analysts' corrections in server mode: kept apart from the parsed plans (a re-ingest replaces those) and laid
-- over them whenever a source is written. Never updated or deleted: a field's corrections are its history.
CREATE TABLE corrections (
    id            bigserial PRIMARY KEY,
    source        text NOT NULL,
    plan          int NOT NULL,
    field         text NOT NULL,
    value         text,
    original      text,
    corrected_by  text NOT NULL,
    corrected_at  timestamptz NOT NULL
);
CREATE INDEX corrections_by_source ON corrections (source, id);

CREATE INDEX audit_log_by_time ON audit_log (at DESC);
