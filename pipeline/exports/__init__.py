"""What the outputs show people beside the records: captions for players (captions, written by
summary) and the pages' Indonesian and English text (page_text, read by page).  Kept apart because
they are formats and wording, not a stage's steps, and more than one writer shares them."""
