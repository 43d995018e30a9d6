"""Who each voice is: naming by the config and the talk, the names the talk gives unlisted voices,
music and singing, and each voice's shown name forms.  Diarize decides with them and every export
shows their result, so they are diarize's helpers, not a stage of their own."""
