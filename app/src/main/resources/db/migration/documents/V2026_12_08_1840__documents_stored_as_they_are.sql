-- A stored document is a PDF (its streams already deflated), a photo (JPEG) or a scan: PostgreSQL's
-- own compression of the TOASTed bytes (pglz) reads every byte of each one and almost never saves
-- the quarter it needs to keep its result, so the bytes are kept out of line as they are.
alter table documents alter column bytes set storage external;
