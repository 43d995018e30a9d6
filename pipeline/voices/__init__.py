"""Who each voice is: naming by the config and the talk, the names the talk gives unlisted voices,
music and singing, each voice's shown name forms, and the voices a searched name, misspelling, role
or host word asks for (asked_for).  Diarize and search decide with them and every export shows
their result, so they are those stages' helpers, not a stage of their own."""
