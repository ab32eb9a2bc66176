"""The SQLite schema of the quote store (``SCHEMA_VERSION`` is kept in ``store_meta``).

``MIGRATIONS[n]`` upgrades a store of version ``n`` to ``n + 1``; a writable open runs them
(``saidwhat reindex`` or ``ingest``), a read-only open asks for that.
"""

from __future__ import annotations

SCHEMA_VERSION = 5

SCHEMA = """
CREATE TABLE IF NOT EXISTS store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    text_hash TEXT NOT NULL,          -- sha256 of the UTF-8 text: what makes re-ingest idempotent
    text TEXT NOT NULL,
    title TEXT,
    date TEXT,                        -- YYYY-MM-DD where it could be parsed, else as given
    outlet TEXT,
    url TEXT,
    source TEXT,                      -- path, path:line or WARC record it was read from
    meta TEXT NOT NULL DEFAULT '{}',  -- every metadata field read, as JSON
    error TEXT,
    language TEXT                     -- detected language code (core/schema.py: ARTICLE_ROW)
);
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet COLLATE NOCASE);

-- One row per person across articles. For kind 'person' with a proper name, (surname, first)
-- is the merge key (see names.py); other sources key on their folded name in ``surname``.
-- quote_count, article_count, first_date, last_date: maintained at ingest (recounted by
-- `saidwhat reindex`): statements attributed to the person, articles quoting or naming them,
-- first and last date of their statements.
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    surname TEXT NOT NULL,
    first TEXT,
    gender TEXT,
    gender_evidence TEXT,         -- what decided gender across articles (core/gender.py)
    quote_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    first_date TEXT,
    last_date TEXT
);
CREATE INDEX IF NOT EXISTS people_key ON people(kind, surname, first);

CREATE TABLE IF NOT EXISTS aliases (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
);
CREATE INDEX IF NOT EXISTS aliases_norm ON aliases(norm);

CREATE TABLE IF NOT EXISTS descriptors (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    descriptor TEXT NOT NULL,
    PRIMARY KEY (person_id, descriptor)
);

-- The engine's per-article people: the mentions of a person in one article.
CREATE TABLE IF NOT EXISTS article_people (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_index INTEGER NOT NULL,
    person_id INTEGER REFERENCES people(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,      -- JSON list
    descriptors TEXT NOT NULL,  -- JSON list
    gender TEXT,
    mentions TEXT NOT NULL,     -- JSON list of [start, end, text]
    gender_evidence TEXT,       -- title, descriptor, pronoun or first-name
    PRIMARY KEY (article_id, person_index)
);
CREATE INDEX IF NOT EXISTS article_people_person ON article_people(person_id);

CREATE TABLE IF NOT EXISTS quote_groups (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    text TEXT NOT NULL           -- the longest occurrence
);

-- sort_date: the article's date, '' when it has none (lists go newest first).
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    speaker_name TEXT,
    speaker_kind TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    mention_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL,
    carried_on INTEGER NOT NULL,
    spans TEXT NOT NULL,         -- JSON list of [start, end, text]
    person_id INTEGER REFERENCES people(id),
    group_id INTEGER REFERENCES quote_groups(id),
    fingerprint TEXT,
    shingle_count INTEGER NOT NULL DEFAULT 0,
    sort_date TEXT NOT NULL DEFAULT '',
    act TEXT NOT NULL DEFAULT 'said', -- the fields below as core/schema.py's QUOTE_ROW
    speaker_rule TEXT,
    antecedent_start INTEGER,
    antecedent_end INTEGER,
    antecedent_text TEXT,
    fingerprint_key INTEGER,     -- the fingerprint as 8 bytes (fingerprint.py); see quote_keys
    UNIQUE (article_id, quote_index)
);
CREATE INDEX IF NOT EXISTS quotes_group ON quotes(group_id);


-- Full-text index over the statement and its speaker; porter stemming, so "alliances"
-- finds "alliance".
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, speaker_name, content='quotes', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE OF text, speaker_name ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
"""
REPORT_COLUMNS = """
-- Version 3: every statement's place and speaker as one integer, in id order, so a report
-- over any date range or topic reads a few megabytes instead of the statements
-- (store/report.py, index_statements). A place is an (outlet, date) pair of articles.
CREATE TABLE IF NOT EXISTS report_places (
    id INTEGER PRIMARY KEY,
    outlet TEXT NOT NULL,             -- '' for none
    date TEXT                         -- the article's date as stored
);
CREATE INDEX IF NOT EXISTS report_places_key ON report_places(outlet, date);
-- Statements chunk * 1024 .. chunk * 1024 + 1023 by id: little-endian int64 each,
-- place << 35 | speaker id << 3 | speaker kind (report.py, KIND_CODES); 0 for no statement.
CREATE TABLE IF NOT EXISTS report_columns (
    chunk INTEGER PRIMARY KEY,
    codes BLOB NOT NULL
);
"""
QUOTE_KEYS = """
-- Version 5: every statement's fingerprint_key in id order, as report_columns keeps its codes
-- (store/columns.py; 0 for none): a writer reads it once into memory (fingerprint.KeyIndex)
-- to find repeated statements. An index on quotes.fingerprint_key had random keys, so every
-- batch rewrote most of its pages, more as the store grew.
CREATE TABLE IF NOT EXISTS quote_keys (
    chunk INTEGER PRIMARY KEY,
    keys BLOB NOT NULL
);
"""
# Indexes and tables added in version 2; kept apart so that a version-1 store gets them after
# its columns are added (``MIGRATIONS``).
SCHEMA_V2 = """
-- The people index, most quoted first, read page by page (keyset: see db.py).
CREATE INDEX IF NOT EXISTS people_rank ON people(quote_count DESC, article_count DESC, name, id);
-- Statements newest first, for all, by person: the orders of the lists, so a page reads
-- only its own rows.
CREATE INDEX IF NOT EXISTS quotes_newest ON quotes(sort_date DESC, id);
CREATE INDEX IF NOT EXISTS quotes_person_newest ON quotes(person_id, sort_date DESC, id);
-- The first and last quote id stored for each date: a full-text search with a date filter
-- reads only the ids in between (db.py, _date_span).
CREATE TABLE IF NOT EXISTS date_ids (
    date TEXT PRIMARY KEY,
    min_id INTEGER NOT NULL,
    max_id INTEGER NOT NULL
) WITHOUT ROWID;

-- A person's statements per outlet and per month ('YYYY-MM', or 'unknown'), maintained at
-- ingest like the counts in ``people``.
CREATE TABLE IF NOT EXISTS person_outlets (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    outlet TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (person_id, outlet)
) WITHOUT ROWID;
-- Statements per outlet ('' for none), month ('YYYY-MM', '' for none), speaker kind
-- ('none' for no source) and speaker (0 for none), maintained at ingest: who is quoted in
-- each outlet's month, so that the totals below know when a speaker comes or goes
-- (store/report.py), and what the recount adds up.
CREATE TABLE IF NOT EXISTS report_cells (
    outlet TEXT NOT NULL,
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_id INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    gender TEXT NOT NULL DEFAULT '',  -- the person's, '' for unknown and for other kinds
    PRIMARY KEY (outlet, month, kind, person_id)
) WITHOUT ROWID;
-- The report's rows kept whole, so the unfiltered report reads a few rows: per dimension
-- ('all', 'outlet', 'month'), each speaker's statements ...
CREATE TABLE IF NOT EXISTS report_people (
    dim TEXT NOT NULL,
    outlet TEXT NOT NULL,
    month TEXT NOT NULL,
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (dim, outlet, month, person_id, kind)
) WITHOUT ROWID;
-- the most quoted of the whole store or an outlet (the month rows are not ranked: partial)
CREATE INDEX IF NOT EXISTS report_people_rank ON report_people(dim, outlet, month, quotes DESC)
    WHERE month = '';
-- ... and the statements and distinct speakers of each speaker kind and gender ('' unknown).
CREATE TABLE IF NOT EXISTS report_totals (
    dim TEXT NOT NULL,
    outlet TEXT NOT NULL,
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    gender TEXT NOT NULL,
    statements INTEGER NOT NULL,
    speakers INTEGER NOT NULL,
    PRIMARY KEY (dim, outlet, month, kind, gender)
) WITHOUT ROWID;
-- How many articles gave each person each (gender, evidence): what their gender is decided
-- from (core/gender.py, combine_articles), maintained at ingest.
CREATE TABLE IF NOT EXISTS person_genders (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    gender TEXT NOT NULL,
    evidence TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (person_id, gender, evidence)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS person_months (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (person_id, month)
) WITHOUT ROWID;
""" + REPORT_COLUMNS + QUOTE_KEYS

# Version n -> n + 1, run in one transaction; counts are filled in by the caller's recount.
MIGRATIONS: dict[int, str] = {
    1: """
ALTER TABLE people ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN first_date TEXT;
ALTER TABLE people ADD COLUMN last_date TEXT;
ALTER TABLE quotes ADD COLUMN sort_date TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN gender_evidence TEXT;
ALTER TABLE article_people ADD COLUMN gender_evidence TEXT;
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE quotes ADD COLUMN act TEXT NOT NULL DEFAULT 'said';
ALTER TABLE quotes ADD COLUMN speaker_rule TEXT;
ALTER TABLE quotes ADD COLUMN antecedent_start INTEGER;
ALTER TABLE quotes ADD COLUMN antecedent_end INTEGER;
ALTER TABLE quotes ADD COLUMN antecedent_text TEXT;
UPDATE quotes SET sort_date = coalesce((SELECT date FROM articles a WHERE a.id = quotes.article_id), '');
DROP INDEX IF EXISTS quotes_person;
DROP TABLE IF EXISTS quote_shingles;  -- containment is matched in memory (fingerprint.py)
""",
    # the statements' columns (filled by the recount that follows); the cells' month index
    # served the month ranges the columns now count, and month rows need no rank: two indexes
    # fewer to write at ingest
    2: REPORT_COLUMNS
    + """
DROP INDEX IF EXISTS report_cells_month;
DROP INDEX IF EXISTS report_people_rank;
CREATE INDEX report_people_rank ON report_people(dim, outlet, month, quotes DESC) WHERE month = '';
""",
    # repeated statements are looked up by an integer key instead of the fingerprint's text
    # (fingerprint.py, fingerprint_key; the SQL function is the writer's, db.py), indexed
    # until version 5 (below). The column is added first when missing (``column_migration``).
    3: """
UPDATE quotes SET fingerprint_key = saidwhat_fingerprint_key(fingerprint)
    WHERE fingerprint IS NOT NULL;
DROP INDEX IF EXISTS quotes_fingerprint;
""",
    # the keys move from an index to a column read into memory (filled by the recount); the
    # report's rows are found by person through person_outlets and person_months instead of
    # two indexes (report.py, _person_rows): three indexes fewer for every batch to rewrite
    4: QUOTE_KEYS
    + """
DROP INDEX IF EXISTS quotes_fingerprint_key;
DROP INDEX IF EXISTS report_cells_person;
DROP INDEX IF EXISTS report_people_person;
""",
}
# Columns a migration needs (version -> table, column, type), added when missing: a store
# whose version was set back by hand may have them already, and SQLite has no ADD COLUMN IF
# NOT EXISTS.
MIGRATION_COLUMNS: dict[int, tuple[str, str, str]] = {
    3: ("quotes", "fingerprint_key", "INTEGER"),
}
