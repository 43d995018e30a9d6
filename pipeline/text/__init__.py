"""Language and text that several stages share: Indonesian word data (language.py, data/), numbers
as texts say them (numbers), sentences that narrate the event and the words that run the session
(narration), short forms, mentions in the talk (matching), the report read (report) and as points
(points), what it tells before its points are matched (report_warnings), its furniture, a text
file's bytes decoded (decoding), texts read by the sentence encoder (meaning), report points held
against the talk's windows (similarity), utterance vectors (vectors), text made safe per output
format (formats).  Not a stage: topics, compare, search and the page all read it."""
