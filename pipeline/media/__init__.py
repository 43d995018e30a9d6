"""Media in and audio out: what a file says of itself (probe, media_headers), decoding to 16 kHz
(audio), yt-dlp's child process (fetch), Whisper's features, and the audio-only work done beside
the transcription (alongside).  Download and transcribe call them; none writes an artifact."""
