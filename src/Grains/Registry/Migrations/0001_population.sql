-- The population registry (stand-in for CPR/CVR). Plain columns of fixed types so the seeder can
-- bulk-load with binary COPY. residence: 0 resident, 1 emigrated, 2 no permanent residence.
-- role: 0 owner, 1 director, 2 employee with access.
CREATE TABLE person (
    cpr               text     NOT NULL,
    first_names       text     NOT NULL,
    last_name         text     NOT NULL,
    birth_date        date     NOT NULL,
    street            text,
    house_number      text,
    postcode          text,
    city              text,
    municipality_code smallint,
    residence         smallint NOT NULL,
    death_date        date,
    CONSTRAINT person_pkey PRIMARY KEY (cpr)
);

-- The daily turned-15 scan reads one day's births.
CREATE INDEX person_birth_date_idx ON person (birth_date);

CREATE TABLE company (
    cvr               text     NOT NULL,
    name              text     NOT NULL,
    street            text     NOT NULL,
    house_number      text     NOT NULL,
    postcode          text     NOT NULL,
    city              text     NOT NULL,
    municipality_code smallint NOT NULL,
    CONSTRAINT company_pkey PRIMARY KEY (cvr)
);

CREATE TABLE company_person (
    cvr  text     NOT NULL,
    cpr  text     NOT NULL,
    role smallint NOT NULL,
    CONSTRAINT company_person_pkey PRIMARY KEY (cvr, cpr, role)
);

-- "Which companies does this person act for" (business mailbox access).
CREATE INDEX company_person_cpr_idx ON company_person (cpr);
