-- The quote store schema of saidwhat 0.1 (schema version 1), for the upgrade test.
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
    error TEXT
);
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet COLLATE NOCASE);

-- One row per person across articles. For kind 'person' with a proper name, (surname, first)
-- is the merge key (see names.py); other sources key on their folded name in ``surname``.
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    surname TEXT NOT NULL,
    first TEXT,
    gender TEXT
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
    PRIMARY KEY (article_id, person_index)
);
CREATE INDEX IF NOT EXISTS article_people_person ON article_people(person_id);

CREATE TABLE IF NOT EXISTS quote_groups (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    text TEXT NOT NULL           -- the longest occurrence
);

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
    UNIQUE (article_id, quote_index)
);
CREATE INDEX IF NOT EXISTS quotes_person ON quotes(person_id);
CREATE INDEX IF NOT EXISTS quotes_group ON quotes(group_id);
CREATE INDEX IF NOT EXISTS quotes_fingerprint ON quotes(fingerprint);

CREATE TABLE IF NOT EXISTS quote_shingles (
    shingle INTEGER NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    PRIMARY KEY (shingle, quote_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_shingles_quote ON quote_shingles(quote_id);

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
