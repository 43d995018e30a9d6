"""The pages' interface text, in Indonesian (the archive's language) and English.

Templates read these as `t.key`; text with `{name}` fields is filled with str.format, and
Jinja2 still escapes the result.  Both languages must have the same keys (a test checks).
"""

from __future__ import annotations

INDONESIAN = {
    "skip": "Langsung ke isi",
    "all_days": "Semua hari lokakarya",
    "sections": "Bagian halaman",
    "duration": "durasi",
    "source": "sumber",
    # the percentage first and alone: after "{partly} sebagian" it read as the share of partly points
    "coverage": "Cakupan laporan {percent} %",
    "coverage_counts": "{covered} tercakup, {partly} sebagian (dihitung setengah), {missing} tidak ditemukan, dari "
    "{points} poin",
    "coverage_narration": "{narration} kalimat yang menceritakan acara tidak dihitung",
    "see_comparison": "lihat perbandingan",
    "listen": "Dengarkan",
    "player_help": "Setiap waktu di halaman ini memutar rekaman dari saat itu; kalimat yang sedang "
    "diputar ditandai di transkrip.",
    "captions": "Teks",
    "files": "Berkas hari ini",
    "file_audio": "rekaman (Opus, {size})",
    "file_vtt": "teks WebVTT",
    "file_srt": "teks SRT",
    "file_txt": "transkrip (teks)",
    "file_summary": "summary.json (data)",
    "speakers": "Pembicara",
    "speaker": "Pembicara",
    "role": "Peran",
    "talk_time": "Waktu bicara",
    "share": "Porsi",
    "words": "Kata",
    "timeline_label": "Linimasa pembicara: siapa berbicara kapan",
    "timeline_caption": "Siapa berbicara kapan ({speakers} pembicara{estimated}).",
    "timeline_estimated": ", jumlah diperkirakan dari audio",
    "minutes": "menit",
    "hours_minutes": "jam:menit",
    "topics": "Topik utama",
    "topics_help": "Frasa kunci seluruh pembicaraan dan per pembicara; waktu menuju saat frasa diucapkan.",
    "no_phrases": "Tidak ada frasa kunci: tidak ada ucapan pembicara ini yang menonjol sebagai pokok bahasan "
    "(salam, pengantar, dan jalannya acara tidak dicantumkan).",
    "comparison": "Laporan tertulis dibandingkan dengan pembicaraan",
    "comparison_help": "Setiap poin laporan tertulis, dicocokkan dengan transkrip otomatis pembicaraan "
    "(bukan dengan suaranya). <em>Tercakup</em>: kemungkinan besar pembicaraan menyampaikan poin itu, "
    "dan banyak katanya terdengar dalam buktinya. <em>Sebagian</em>: peluang diucapkannya sama tinggi, "
    "tetapi hanya sedikit katanya terdengar: mungkin dengan kata lain, atau hanya sebagian (kata yang "
    "tidak terdengar disebut). <em>Tidak ditemukan</em>: tidak ditemukan bagian yang menyampaikannya. Itu "
    "bukan bukti bahwa poin itu tidak diucapkan: poin yang diucapkan dengan kata-kata yang sangat "
    "berbeda, atau yang kata-katanya salah ditranskripsi, sering terlewat; bagian yang paling mirip "
    "tetap ditunjukkan untuk diperiksa, bila peluangnya mencapai {floor} %. <em>Narasi</em>: kalimat laporan "
    "tentang acaranya sendiri "
    "(siapa berbicara, di mana), tidak dicari dalam pembicaraan. Peluang diucapkan adalah perkiraan "
    "peluang bahwa poin itu diucapkan, juga untuk poin yang tidak ditemukan; bila peluangnya antara {listen_from} % "
    "dan {listen_to} %, dengarkan buktinya untuk memastikan. Bukti adalah saat-saat pembicaraan yang "
    "menyampaikannya, yang terbaik lebih dulu; ucapan pembicara yang jelas menyampaikannya sebelum "
    "pertanyaan dan ringkasan pembawa acara.",
    "point": "Poin laporan",
    "status": "Status",
    "time": "Waktu",
    "score": "Peluang diucapkan",
    "evidence": "Bukti",
    "closest": "paling mirip",
    # a missing point whose closest passage is under compare.CLOSE_MIN: "no passage is similar" (tidak ada bagian
    # pembicaraan yang mirip, until the forty-ninth round) claimed more, where 6 of the 46 so shown on the bundled
    # days were said
    "none_close": "tidak ada bagian yang cukup dekat untuk ditautkan (peluang di bawah {floor} %)",
    "heard_terms": "terdengar: {terms}",
    # a heard word of the point beside the words the talk says it in, where they differ
    "heard_as": "{word} (diucapkan „{said}“)",
    "point_number": "No.",
    "unheard_terms": "tidak terdengar: {terms}",
    "report_warning": "Peringatan tentang laporan: {warning}.",
    "report_note": "Catatan: {note}",  # its stop: page._stopped
    "recording_warning": "Peringatan tentang rekaman: {warning}",
    # "the report attributes it to", not "the report mentions" (laporan menyebut), which read as
    # the point's subject
    "report_credits": "dikaitkan laporan kepada: {name}",
    "named_by_talk": "dinamai dari yang dikatakan dalam acara, bukan dari urutan di konfigurasi",
    # "could be tied to that voice", not "names that voice" (menyebut suara itu, until the forty-ninth round):
    # para-12's host greets "bu maya" in her first line, which the naming ties to no voice
    "named_by_order": (
        "Nama bertanda „nama menurut urutan, belum diperiksa“ (di bagian lain halaman ini „urutan?“) hanya diberikan "
        "dari urutan pembicara di konfigurasi: tidak ada yang dikatakan dalam acara (serah giliran, ucapan terima "
        "kasih, perkenalan) yang dapat dikaitkan dengan suara itu; periksa dengan mendengarkan."
    ),
    # after the name in the speakers table, the index page, transcript.txt and search's lines
    "by_order_mark": "(nama menurut urutan, belum diperiksa)",
    # after the name everywhere else on the page (evidence, passages, topics, transcript, timeline): the
    # long mark had been repeated 29 to 62 times a day on the bundled days, where nearly every voice is so named
    "by_order_short": "(urutan?)",
    # transcript.txt's second line and the WebVTT's NOTE
    "by_order_note": "Dinamai hanya dari urutan di konfigurasi, tanpa ucapan dalam acara yang dapat dikaitkan "
    "dengan suaranya (periksa dengan mendengarkan): {names}",
    # transcript.txt's first line, and its paragraph for a song without words
    "transcript_of": "Transkrip {day}: {title}",
    "no_words_until": "(tidak ada kata terdengar, sampai {time})",
    "name_doubt": "nama mungkin tertukar dengan {other}: lihat peringatan laporan",
    # after a name the comparison's crossed names doubt, wherever by_order_mark and by_order_short go (the
    # captions and transcript.txt included): until the fiftieth round only the speakers table said it
    "doubt_mark": "(nama mungkin tertukar, lihat peringatan laporan)",
    "doubt_short": "(tertukar?)",
    # after the name in a turn's first caption, one mark whichever doubt (by_order_short, doubt_short) it is:
    # the SRT has no comments, and "(urutan?)" had stood in it unexplained; two marks that read alone (up to 39
    # characters) had overflowed the cue's first line
    "name_caption": "(nama?)",
    # the WebVTT's NOTE and transcript.txt's line under the first, where a caption carries name_caption
    "name_caption_note": "„(nama?)“ setelah nama di takarir (SRT, WebVTT): nama yang diragukan, karena hanya "
    "diberikan dari urutan di konfigurasi atau mungkin tertukar; periksa dengan mendengarkan.",
    # the WebVTT's NOTE and transcript.txt's line under the first, where a word is marked (transcribe.LOW_CONFIDENCE):
    # the page's marks had reached no export
    "unsure_captions_note": "Kata bergaris bawah dikenali dengan keyakinan di bawah {threshold}: periksa dengan "
    "rekaman.",
    "unsure_text_note": "Kata di antara {{ }} dikenali dengan keyakinan di bawah {threshold}: periksa dengan rekaman.",
    # transcript.txt's lines under the first and the WebVTT's NOTEs, after by_order_note
    "doubt_note": "Nama yang mungkin tertukar (laporan mengaitkan poin kepada nama yang satu, padahal suara yang "
    "lain mengatakannya; periksa dengan mendengarkan): {pairs}",
    # a name the config's order gave and the talk's hand-over, thanks or introduction confirms (para-8's
    # ambassador, "Pak Dutabesar, silakan."): shown bare until the fiftieth round
    "named_by_order_heard": "urutan di konfigurasi, dan acara menyebutnya",
    "named_by_talk_time": (
        "bukan urutan konfigurasi: urutan melewati suara yang terlalu singkat untuk pembicaranya, "
        "atau memberi nama pembawa acara kepada suara yang bicara empat kali lebih lama"
    ),
    "named_by_music": "musik atau nyanyian, bukan pembicara: tidak masuk topik maupun perbandingan dengan laporan",
    "called": "tidak ada di konfigurasi; dalam acara disebut {name}",
    # any passage of its evidence in that speaker's voice agrees (speaker_agrees), not only the first
    "speaker_differs": "tak satu pun buktinya dari pembicara ini",
    "numbers_differ": "angka dalam laporan: {report}; dalam rekaman: {talk}",
    "verdict_covered": "tercakup",
    "verdict_partly": "sebagian",
    # "not found", not "not mentioned" (tidak disebut, until the forty-seventh round): the stage found
    # no passage that makes the point, which is no proof that the talk does not make it
    "verdict_missing": "tidak ditemukan",
    "verdict_narration": "narasi",
    # matched to no point of the report, not "not in the report": a point the comparison missed is
    # listed here too (two readers of the bundled days took the list for what the report leaves out)
    "unreported": "Dikatakan dalam pembicaraan, tidak cocok dengan poin laporan mana pun",
    "housekeeping": "Urusan jalannya acara (salam, terima kasih, pergantian pembicara, suara, tautan): {count} bagian",
    "transcript": "Transkrip",
    "low_confidence": "Kata yang ditandai memiliki keyakinan pengenalan di bawah {threshold}: periksa dengan rekaman.",
    "repetition": (
        "Kemungkinan pengulangan ASR pada {time}: transkrip menulis {phrase} {turns} kali berturut-turut, padahal "
        "pembicara kemungkinan mengucapkannya sekali dan kata-kata sesudahnya hilang; topik menghitungnya sekali."
    ),
    "marked_words": "Kata yang ditandai",
    "confidence": "keyakinan {value}",
    "play_from": "putar dari {time}",
    "provenance": "Asal-usul",
    # the walls as journal.jsonl and index.csv have them (stages.journal_walls), each stage's own record's
    # leaving out its wait for the audio work beside the transcription (r48's para-8: diarize 0,1 s on the page)
    "provenance_help": "Tahap-tahap yang membuat halaman ini dari rekaman, kapan masing-masing mulai dan berapa lama "
    "(seperti journal.jsonl dan index.csv mencatatnya, termasuk menunggu pekerjaan audio yang berjalan di samping "
    "transkripsi; waktu tahap halaman ini sendiri ada di index.csv).",
    "total_wall": "jumlah",
    "code": "Kode (sha256 lokakarya)",
    # one version string had hidden two builds: r48's download and transcribe ran on other code than the rest
    "code_differs": "Tahap-tahap ini dijalankan oleh kode lokakarya yang berbeda ({codes}) dengan versi yang sama "
    "({version}): hasilnya dibuat oleh kode yang tidak sama.",
    # a stage's config_hash is the sha256 of the config fields it reads (its key), not of the config file
    "stage_key": "Kunci tahap (sha256 bagian konfigurasi yang dibacanya)",
    "stage": "Tahap",
    "started": "Mulai",
    "wall_time": "Waktu proses",
    "provenance_hashes": "Rekaman, konfigurasi, dan setiap model dicatat dengan sidik jarinya (hash): berkas yang "
    "sama selalu memberi sidik jari yang sama, sehingga dapat dipastikan dari berkas mana halaman ini dibuat.",
    "provenance_details": "Rincian teknis: model, kode, dan sidik jari",
    "model": "Model",
    "fingerprint": "Sidik jari (SHA-256)",
    "provenance_line": "lokakarya {version} · sha256 berkas konfigurasi {config_file}: {config} · sha256 audio {audio}",
    # a config made in code (a test, a caller of the library) has no file to name or hash
    "provenance_line_no_file": "lokakarya {version} · konfigurasi dibuat dalam kode, tanpa berkas · "
    "sha256 audio {audio}",
    # The stages by name (pipeline.stages.STAGE_NAMES, and "validate" before them) in the provenance and on
    # the index page's failed days; a stage of an older record that is none of these keeps its id.
    "stage_validate": "pemeriksaan masukan",
    "stage_download": "pengambilan rekaman",
    "stage_transcribe": "transkripsi",
    "stage_diarize": "pemisahan pembicara",
    "stage_evaluate": "penilaian terhadap transkrip acuan",
    "stage_topics": "topik utama",
    "stage_compare": "perbandingan dengan laporan",
    "stage_summary": "ringkasan",
    "stage_page": "halaman",
    "stage_report": "halaman",
    # The index page.
    "days_title": "Hari-hari lokakarya",
    "days_help": "Tombol pada judul kolom mengurutkan tabel.",
    "totals": "{days} hari: {ok} selesai, {failed} gagal, {unreadable} tidak terbaca · {hours} jam rekaman · "
    "{words} kata · {covered} dari {points} poin laporan tercakup, {partly} sebagian",
    "totals_warned": " · {warned} hari dengan peringatan tentang laporan",
    "totals_running": " · {running} hari sedang diproses (angkanya dari proses sebelumnya)",
    "running_note": "sedang diproses: angka dan barisnya dari proses sebelumnya, bila ada",
    "report_warnings": "{count} peringatan tentang laporan",
    "tables": "Tabel arsip",
    "table_index": "satu baris per hari",
    "tables_none": "Belum ada: `lokakarya run` atau `lokakarya batch` menulisnya.",
    "table_topics": "topik per hari dan pembicara",
    "table_speakers": "pembicara per hari",
    "table_segments": "setiap ujaran setiap hari",
    "table_points": "setiap poin laporan dengan putusannya",
    "table_entities": "nama dari laporan dan konfigurasi, dan apakah disebut",
    "table_numbers": "setiap bilangan yang disebut dalam pembicaraan",
    "table_passages": "bagian pembicaraan yang tidak cocok dengan poin laporan mana pun, dan urusan jalannya acara",
    "table_package": "uraian semua tabel: kolom, jenis dan kuncinya (Frictionless Data Package)",
    "col_id": "id",
    "col_title": "judul",
    "col_date": "tanggal",
    "col_status": "status",
    "col_minutes": "menit",
    "col_speakers": "pembicara",
    "col_words": "kata",
    "col_coverage": "cakupan",
    "col_missing": "poin tidak ditemukan",
    "col_files": "berkas",
    "status_ok": "selesai",
    "status_failed": "gagal",
    "status_incomplete": "belum selesai",
    "status_unreadable": "tidak terbaca",
    "status_running": "sedang diproses",
    "same_audio": "rekaman yang sama dengan {day}; dihitung sekali dalam jumlah",
    "failed_at": "gagal pada tahap {stage}: {reason}",
    "file_page": "halaman",
    "file_audio_short": "rekaman",
    "file_txt_short": "teks",
    "file_json_short": "JSON",
    "file_vtt_short": "VTT",
    "file_srt_short": "SRT",
    "sort_by": "urutkan menurut {column}",
}

ENGLISH = {
    "skip": "Skip to content",
    "all_days": "All workshop days",
    "sections": "Page sections",
    "duration": "duration",
    "source": "source",
    "coverage": "Report coverage {percent} %",
    "coverage_counts": "{covered} covered, {partly} partly (counted as half), {missing} missing, of {points} points",
    "coverage_narration": "{narration} sentence(s) narrating the event not counted",
    "see_comparison": "see the comparison",
    "listen": "Listen",
    "player_help": "Every time on this page plays the recording from that moment; the sentence "
    "playing is marked in the transcript.",
    "captions": "Captions",
    "files": "This day's files",
    "file_audio": "recording (Opus, {size})",
    "file_vtt": "WebVTT captions",
    "file_srt": "SRT captions",
    "file_txt": "transcript (text)",
    "file_summary": "summary.json (data)",
    "speakers": "Speakers",
    "speaker": "Speaker",
    "role": "Role",
    "talk_time": "Talk time",
    "share": "Share",
    "words": "Words",
    "timeline_label": "Speaker timeline: who spoke when",
    "timeline_caption": "Who spoke when ({speakers} speakers{estimated}).",
    "timeline_estimated": ", count estimated from the audio",
    "minutes": "minutes",
    "hours_minutes": "hours:minutes",
    "topics": "Key topics",
    "topics_help": "Key phrases of the whole talk and per speaker; each time goes to the moment it is said.",
    "no_phrases": "No key phrases: nothing this speaker says stands out as a subject (greetings, hand-overs "
    "and running the session are not listed).",
    "comparison": "The written report against the talk",
    "comparison_help": "Each point of the written report, held against the talk's automatic transcript "
    "(not its sound). <em>Covered</em>: the talk most likely makes the point, and many of its words are "
    "heard in the evidence. <em>Partly</em>: as likely said, but few of its words are heard: perhaps in "
    "other words, or only in part (the words not heard are listed). <em>Missing</em>: no passage that "
    "makes it was found. That is no proof it was not said: a point said in very different words, or "
    "whose words were transcribed wrong, is often missed; the closest passage is still shown for "
    "checking, where its chance reaches {floor} %. <em>Narration</em>: a report sentence about the event itself "
    "(who spoke, where), not looked for in the talk. Chance said is the estimated probability that "
    "the point is said, for a missing point too; between {listen_from} % and {listen_to} %, check by listening to the "
    "evidence. Evidence is the moments of the talk that make it, best first; a speaker's own that surely "
    "make it before the host's questions and recaps.",
    "point": "Report point",
    "status": "Status",
    "time": "Time",
    "score": "Chance said",
    "evidence": "Evidence",
    "closest": "closest",
    "none_close": "no passage close enough to link (chance under {floor} %)",
    "heard_terms": "heard: {terms}",
    "heard_as": "{word} (said “{said}”)",
    "point_number": "No.",
    "unheard_terms": "not heard: {terms}",
    "report_warning": "Warning about the report: {warning}.",
    "report_note": "Note: {note}",  # its stop: page._stopped
    "recording_warning": "Warning about the recording: {warning}",
    "report_credits": "report credits: {name}",
    "named_by_talk": "named from what the talk says, not from the config's order",
    "named_by_order": (
        "A name marked “name by order, unchecked” (elsewhere on this page “by order?”) was given by the config's "
        "order of speakers alone: nothing the talk says (a hand-over, thanks, an introduction) could be tied to "
        "that voice; check the name by ear."
    ),
    "by_order_mark": "(name by order, unchecked)",
    "by_order_short": "(by order?)",
    "by_order_note": (
        "Named by the config's order alone, nothing the talk says tied to the voice (check by ear): {names}"
    ),
    "transcript_of": "Transcript of {day}: {title}",
    "no_words_until": "(no words heard, until {time})",
    "name_doubt": "the name may be swapped with {other}'s: see the report's warnings",
    "doubt_mark": "(name may be swapped, see the report's warnings)",
    "doubt_short": "(swapped?)",
    "name_caption": "(name?)",
    "name_caption_note": "“(name?)” after a name in the captions (SRT, WebVTT): a name in doubt, given by the "
    "config's order alone or possibly swapped; check by ear.",
    "unsure_captions_note": "Underlined words were recognised with a confidence below {threshold}: check them "
    "against the recording.",
    "unsure_text_note": "Words between {{ }} were recognised with a confidence below {threshold}: check them against "
    "the recording.",
    "doubt_note": "Names that may be swapped (the report credits one name with points the other voice says; "
    "check by ear): {pairs}",
    "named_by_order_heard": "the config's order, and the talk names it so",
    "named_by_talk_time": (
        "not the config's order: it skips a voice that talked too little to be one of its speakers, "
        "or gives the host's name to a voice that talked four times longer"
    ),
    "named_by_music": "music or singing, not a speaker: in no topic and no report point",
    "called": "not in the config; the talk calls this voice {name}",
    "speaker_differs": "none of its evidence is this speaker's",
    "numbers_differ": "the report gives {report}; the talk says {talk}",
    "verdict_covered": "covered",
    "verdict_partly": "partly",
    "verdict_missing": "MISSING",
    "verdict_narration": "narration",
    "unreported": "Said in the talk, matched to no point of the report",
    "housekeeping": "Running the session (greetings, thanks, hand-overs, sound, links): {count} passages",
    "transcript": "Transcript",
    "low_confidence": "Marked words have a recognition confidence below {threshold}: check them against the recording.",
    "repetition": (
        "Probable ASR repetition at {time}: the transcript writes {phrase} {turns} times over, where the speaker "
        "likely said it once and the words after it are lost; the topics count it once."
    ),
    "marked_words": "Marked words",
    "confidence": "confidence {value}",
    "play_from": "play from {time}",
    "provenance": "Provenance",
    "provenance_help": "The stages that made this page from the recording, when each started and how long it took "
    "(as journal.jsonl and index.csv have it, with its wait for the audio work beside the transcription; the page's "
    "own stage is in index.csv).",
    "total_wall": "total",
    "code": "Code (lokakarya's sha256)",
    "code_differs": "These stages were run by different lokakarya code ({codes}) under one version ({version}): "
    "what they made was not made by the same code.",
    "stage_key": "Stage key (sha256 of the config fields it reads)",
    "stage": "Stage",
    "started": "Started",
    "wall_time": "Wall time",
    "provenance_hashes": "The recording, the config and every model are recorded by their fingerprint (hash): the "
    "same file always gives the same fingerprint, so they tell which files made this page.",
    "provenance_details": "Technical details: models, code and fingerprints",
    "model": "Model",
    "fingerprint": "Fingerprint (SHA-256)",
    "provenance_line": "lokakarya {version} · config file {config_file} sha256 {config} · audio sha256 {audio}",
    "provenance_line_no_file": "lokakarya {version} · config made in code, no file · audio sha256 {audio}",
    "stage_validate": "checking the inputs",
    "stage_download": "fetching the recording",
    "stage_transcribe": "transcription",
    "stage_diarize": "telling the speakers apart",
    "stage_evaluate": "scoring against the reference transcript",
    "stage_topics": "key topics",
    "stage_compare": "comparison with the report",
    "stage_summary": "summary",
    "stage_page": "page",
    "stage_report": "page",
    "days_title": "Workshop days",
    "days_help": "The buttons in the column headings sort the table.",
    "totals": "{days} days: {ok} done, {failed} failed, {unreadable} unreadable · {hours} hours of recording · "
    "{words} words · {covered} of {points} report points covered, {partly} partly",
    "totals_warned": " · {warned} day(s) with a warning about the report",
    "totals_running": " · {running} day(s) running (their figures from the run before)",
    "running_note": "a run is working on it: its figures and rows are those of the run before, if any",
    "report_warnings": "{count} warning(s) about the report",
    "tables": "Archive tables",
    "table_index": "one row per day",
    "tables_none": "None yet: `lokakarya run` or `lokakarya batch` writes them.",
    "table_topics": "topics per day and speaker",
    "table_speakers": "speakers per day",
    "table_segments": "every utterance of every day",
    "table_points": "every report point with its verdict",
    "table_entities": "the report's and the config's names, and whether the talk says them",
    "table_numbers": "every quantity the talk states",
    "table_passages": "the talk's passages matched to no report point, and its housekeeping",
    "table_package": "every table's columns, types and keys (a Frictionless Data Package)",
    "col_id": "id",
    "col_title": "title",
    "col_date": "date",
    "col_status": "status",
    "col_minutes": "minutes",
    "col_speakers": "speakers",
    "col_words": "words",
    "col_coverage": "coverage",
    "col_missing": "missing points",
    "col_files": "files",
    "status_ok": "done",
    "status_failed": "failed",
    "status_incomplete": "not finished",
    "status_unreadable": "unreadable",
    "status_running": "running",
    "same_audio": "the same recording as {day}; counted once in the totals",
    "failed_at": "failed at {stage}: {reason}",
    "file_page": "page",
    "file_audio_short": "recording",
    "file_txt_short": "text",
    "file_json_short": "JSON",
    "file_vtt_short": "VTT",
    "file_srt_short": "SRT",
    "sort_by": "sort by {column}",
}

TEXTS = {"id": INDONESIAN, "en": ENGLISH}


def decimal(value: float, digits: int, language: str) -> str:
    """A number with `digits` decimals as the page's language writes it: Indonesian with a decimal
    comma ("0,7 MB", "12,5"), where "0.7" reads as seven tenths only to an English reader."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language == "id" else text


# The stages write their warnings and notes in English, and the records keep them so (a reader of
# the JSON, the tables and the logs reads one text).  An Indonesian page gives each in Indonesian:
# (English, as a regular expression matched whole; Indonesian, filled with str.format).  A group
# named t_... is a phrase of its own, given in Indonesian by this table too (an empty one stays
# empty); one named en_... is the stage's own English (a decoder's words on a damaged file), shown
# so and marked lang="en"; one named q_... is the report's own texts as the stage quotes them
# (formats.quoted), given as written between the page's quote marks (page._as_written); one named
# ..._decimal is a number written with the page's decimal comma.
# Any other text, a record's from older code among them, is shown in English, marked so.
_WORDS_ONLY = (
    r"points are found only through words the report and the talk share, so a point said in other words is likely "
    r"called missing"
)
STAGE_TEXTS: tuple[tuple[str, str], ...] = (
    # download: source.json's warnings
    (
        r"(?P<source>.+): (?P<share>\d+%) of the samples are clipped \(at full scale\): the recording is far too "
        r"loud, or float audio was written on the wrong scale; the transcript may suffer",
        "{source}: {share} sampel terpotong (pada skala penuh): rekaman terlalu keras, atau audio float ditulis "
        "dengan skala yang salah; transkrip bisa terganggu",
    ),
    (
        r"(?P<source>.+): the level sits off centre \(a DC offset of (?P<offset_decimal>[+-]\d+\.\d+) of full scale, "
        r"from a faulty recorder or sound card\); kept as recorded, its loud parts may clip",
        "{source}: level suara bergeser dari titik tengah (DC offset {offset_decimal} dari skala penuh, dari perekam "
        "atau kartu suara yang rusak); disimpan seperti direkam, bagiannya yang keras bisa terpotong",
    ),
    (
        r"(?P<source>.+): INCOMPLETE recording kept \(download\.allow_incomplete\): (?P<en_problem>.+)",
        "{source}: rekaman TIDAK LENGKAP tetap disimpan (download.allow_incomplete): {en_problem}",
    ),
    # compare: comparison.json's warnings
    (
        r"(?P<t_report>the report does not look like Indonesian.*?), the talk's language: each point was matched by "
        r"what the talk's utterances mean \(a multilingual sentence encoder\), not by shared words, and a point said "
        r"is called covered \(which part of it was said is not told across languages\)",
        "{t_report}, bahasa pembicaraan: setiap poin dicocokkan dengan makna ucapan-ucapan pembicaraan (penyandi "
        "kalimat multibahasa), bukan dengan kata yang sama, dan poin yang disebut dinilai tercakup (bagian mana yang "
        "disebut tidak dapat diketahui antarbahasa)",
    ),
    (r"the report does not look like Indonesian", "laporan tidak tampak berbahasa Indonesia"),
    (
        r"the report does not look like Indonesian \((?P<q_words>.+) are no Indonesian words\)",
        "laporan tidak tampak berbahasa Indonesia ({q_words} bukan kata bahasa Indonesia)",
    ),
    (
        _WORDS_ONLY,
        "poin hanya ditemukan lewat kata yang sama dalam laporan dan pembicaraan, sehingga poin yang disebut dengan "
        "kata lain kemungkinan dinilai tidak ditemukan",
    ),
    (
        r"the day's language is '(?P<language>[^']*)': the comparison reads Indonesian \(stop words, stems\): "
        rf"(?P<t_words>{_WORDS_ONLY})",
        "bahasa hari ini '{language}': perbandingan membaca bahasa Indonesia (kata henti, kata dasar): {t_words}",
    ),
    (
        rf"(?P<t_report>the report does not look like Indonesian.*?), the talk's language: (?P<t_words>{_WORDS_ONLY})"
        r"(?P<t_why>: its missing points and its coverage say little \(.+\))?",
        "{t_report}, bahasa pembicaraan: {t_words}{t_why}",
    ),
    (
        r": its missing points and its coverage say little \(compare\.meaning: false\)",
        ": poin yang tidak ditemukan dan cakupannya kurang bermakna (compare.meaning: false)",
    ),
    (
        r": its missing points and its coverage say little \((?P<points>\d+) point\(s\), where matching by meaning "
        r"needs (?P<least>\d+) to (?P<most>\d+)\)",
        ": poin yang tidak ditemukan dan cakupannya kurang bermakna ({points} poin, sedangkan pencocokan menurut "
        "makna memerlukan {least} sampai {most})",
    ),
    (
        r"the talk does not look like Indonesian \(another language, or speech the transcription lost\): "
        rf"(?P<t_words>{_WORDS_ONLY})",
        "pembicaraan tidak tampak berbahasa Indonesia (bahasa lain, atau ucapan yang hilang dalam transkripsi): "
        "{t_words}",
    ),
    (
        r"the report has (?P<points>\d+) points to compare, more than the sentence encoder reads \((?P<most>\d+)\): "
        r"they are compared by their words alone",
        "laporan memiliki {points} poin untuk dibandingkan, lebih banyak daripada yang dibaca penyandi kalimat "
        "({most}): poin-poinnya dibandingkan hanya dengan katanya",
    ),
    (
        r"(?P<sentences>\d+) sentence\(s\) of the report run over (?P<words>\d+) words \(lost punctuation\?\): each is "
        r"cut into points of at most (?P<piece>\d+) words",
        "{sentences} kalimat laporan lebih panjang dari {words} kata (tanda baca hilang?): masing-masing dipotong "
        "menjadi poin berisi paling banyak {piece} kata",
    ),
    (
        r"the report names none of the day's speakers \((?P<speakers>.+?)\) but others \((?P<q_others>.+)\): it may be "
        r"the report of another day",
        "laporan tidak menyebut satu pun pembicara hari ini ({speakers}), tetapi orang lain ({q_others}): mungkin ini "
        "laporan hari lain",
    ),
    (
        r"(?P<share>\d+%) of the report's words are English: compared by the words the talk shares with it \(no "
        r"sentence encoder for (?P<t_why>a report this short|compare\.meaning: false)\), a point the talk says in "
        r"Indonesian may show as missing",
        "{share} kata laporan berbahasa Inggris: dibandingkan dengan kata yang sama dalam pembicaraan (tanpa "
        "penyandi kalimat untuk {t_why}), poin yang disebut dalam bahasa Indonesia bisa tampak tidak ditemukan",
    ),
    (r"a report this short", "laporan sependek ini"),
    (r"compare\.meaning: false", "compare.meaning: false"),
    (
        r"no point of the report is said plainly in the talk \(best match (?P<best_decimal>\d+\.\d+)\): it may be the "
        r"report of another event, or a talk about something else",
        "tidak ada poin laporan yang disebut dengan jelas dalam pembicaraan (kecocokan terbaik {best_decimal}): "
        "mungkin ini laporan acara lain, atau pembicaraan tentang hal lain",
    ),
    (
        r"the report credits (?P<count>\d+) point\(s\) to (?P<one>.+) that the voice named (?P<other>.+) says, and "
        r"(?P<back>\d+) to (?P=other) that the voice named (?P=one) says \((?P<own>\d+) rest on their own voices\): "
        r"the two voices' names may be swapped; listen to each on the page, and see speakers\.json's naming evidence",
        "laporan mengaitkan {count} poin kepada {one} yang diucapkan suara bernama {other}, dan {back} kepada "
        "{other} yang diucapkan suara bernama {one} ({own} pada suaranya sendiri): nama kedua suara itu mungkin "
        "tertukar; dengarkan masing-masing di halaman ini, dan lihat bukti penamaan di speakers.json",
    ),
    # compare: comparison.json's notes
    (
        r"every sentence of the report narrates the event \(who spoke, where, how it was held\): all (?P<points>\d+) "
        r"are compared as content, as the report says nothing else to look for",
        "setiap kalimat laporan menceritakan acaranya (siapa berbicara, di mana, bagaimana diadakan): semua {points} "
        "dibandingkan sebagai isi, karena laporan tidak menyebut hal lain untuk dicari",
    ),
    (
        r"(?P<count>\d+) short sentence\(s\) of the report were not compared \(under (?P<words>\d+) content words\): "
        r"(?P<q_sentences>.+?)(?P<t_more>; and \d+ more)?",
        "{count} kalimat pendek laporan tidak dibandingkan (kurang dari {words} kata isi): {q_sentences}{t_more}",
    ),
    (
        r"(?P<count>\d+) line\(s\) or mark\(s\) of the report's source were left out as its page's furniture, not the "
        r"article: (?P<q_pieces>.+?)(?P<t_more>; and \d+ more)?",
        "{count} baris atau tanda dari sumber laporan ditinggalkan sebagai perabot halamannya, bukan artikel: "
        "{q_pieces}{t_more}",
    ),
    (
        r"the report spells (?P<q_written>.+?) the speaker the config names (?P<q_name>.+) "
        r"\(speakers\.(?P<number>\d+)\.name\): one of them is misspelt",
        "laporan mengeja {q_written} untuk pembicara yang dinamai {q_name} oleh konfigurasi "
        "(speakers.{number}.name): salah satunya salah eja",
    ),
    (r"; and (?P<more>\d+) more", "; dan {more} lagi"),
)
