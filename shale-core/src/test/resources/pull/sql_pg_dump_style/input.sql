-- The way pg_dump -s writes a schema: qualified names, SET lines, sequences owned by
-- columns, defaults through ALTER TABLE, constraints and indexes added after the tables.
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE TABLE public.authors (
    id integer NOT NULL,
    name character varying(120) NOT NULL,
    born date,
    last_update timestamp without time zone DEFAULT now() NOT NULL
);

CREATE SEQUENCE public.authors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;

CREATE TABLE public.books (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    title text NOT NULL,
    price numeric(8,2) DEFAULT 0.00 NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL
);

CREATE SEQUENCE public.books_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.books_id_seq OWNED BY public.books.id;

ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);
ALTER TABLE ONLY public.books ALTER COLUMN id SET DEFAULT nextval('public.books_id_seq'::regclass);

ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_price_check CHECK ((price >= (0)::numeric));

CREATE INDEX books_author_id_idx ON public.books USING btree (author_id);
CREATE UNIQUE INDEX books_lower_title_key ON public.books USING btree (lower(title));

ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE RESTRICT;
