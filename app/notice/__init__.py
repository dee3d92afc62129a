"""The conclusion notice as a document model, built from an inspection (DESIGN §3)."""
