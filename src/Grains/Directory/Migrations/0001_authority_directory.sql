-- The authority directory. Rows are written by AuthorityDirectorySeeder (an idempotent upsert of
-- the built-in catalogue at start-up). kind: see AuthorityKind. name_folded / name_stripped are
-- the name folded for search (see AuthorityNameFolding): æ/ø/å as ae/oe/aa, and as a/o/a.
CREATE TABLE authority (
    id                text     NOT NULL,
    name              text     NOT NULL,
    kind              smallint NOT NULL,
    cvr               text     NOT NULL,
    municipality_code smallint,
    region_code       smallint,
    name_folded       text     NOT NULL,
    name_stripped     text     NOT NULL,
    CONSTRAINT authority_pkey PRIMARY KEY (id),
    CONSTRAINT authority_cvr_key UNIQUE (cvr)
);

CREATE UNIQUE INDEX authority_municipality_code_idx ON authority (municipality_code) WHERE municipality_code IS NOT NULL AND kind = 2;
CREATE INDEX authority_kind_idx ON authority (kind);

CREATE TABLE authority_contact_point (
    authority_id                 text    NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
    id                           text    NOT NULL,
    position                     integer NOT NULL,
    name                         text    NOT NULL,
    description                  text    NOT NULL,
    citizen_max_attachment_bytes bigint  NOT NULL,
    business_max_attachment_bytes bigint NOT NULL,
    CONSTRAINT authority_contact_point_pkey PRIMARY KEY (authority_id, id),
    CONSTRAINT authority_contact_point_limits_check CHECK (
        citizen_max_attachment_bytes BETWEEN 10485760 AND 62914560
        AND business_max_attachment_bytes BETWEEN 10485760 AND 41943040)
);

CREATE TABLE authority_contact_point_category (
    authority_id     text    NOT NULL,
    contact_point_id text    NOT NULL,
    id               text    NOT NULL,
    position         integer NOT NULL,
    name             text    NOT NULL,
    CONSTRAINT authority_contact_point_category_pkey PRIMARY KEY (authority_id, contact_point_id, id),
    CONSTRAINT authority_contact_point_category_contact_point_fkey FOREIGN KEY (authority_id, contact_point_id)
        REFERENCES authority_contact_point (authority_id, id) ON DELETE CASCADE
);
