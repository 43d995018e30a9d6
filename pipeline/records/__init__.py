"""How records are kept on disk: atomic files and hashes (files), checked npz arrays (saved_arrays),
a day config's YAML read (config_yaml), the JSON Schemas (schemas, written to pipeline/schema/) and
the archive tables' columns (columns, writing docs/tables.md).  Every stage writes through them;
none is a stage."""
