"""Language and text that several stages share: Indonesian word data (language.py, data/), short
forms, mentions in the talk (matching), the report read (report) and as points, its furniture, a
text file's bytes decoded (decoding), utterance vectors, text made safe per output format.  Not a
stage: topics, compare, search and the page all read it."""
