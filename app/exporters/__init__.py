"""Pure exporters: a document or DTO in, a file out; no session, no Qt."""
