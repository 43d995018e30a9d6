"""The day's written report read as plain text for the points (pipeline.text.points), and what
kind of file was given instead of a report: an HTML page, subtitles or a timed transcript, a chat,
a log, a speech timing file, data, markup, code.

Beside points.py because it reads the text the points are made of; apart from config.py because it
reads a file the config names, not the config.
"""

from __future__ import annotations

import contextlib
import csv
import html
import json
import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from pipeline.config import LOOK_ALIKE_LETTERS, ConfigError, DayConfig, one_script_per_word
from pipeline.text.decoding import HTML_START, decoded_twice, file_kind, utf8_text
from pipeline.text.formats import CLOSING_MARKS, NONCHARACTER, quoted
from pipeline.text.furniture import MONTH, without_furniture

# spaCy refuses texts over 1,000,000 characters (nlp.max_length); a day's report is ~10 kB.
MAX_REPORT_CHARS = 1_000_000


# Control characters a text file may not hold (tabs, line and page breaks it may).
REPORT_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# An HTML document (decoding.HTML_START), or markup through the text (HTML_TAGS_MIN tags or
# more): an article saved from the browser.
HTML_ENTITY = r"&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});"
HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|" + HTML_ENTITY, re.I)
ESCAPED_ENTITY = re.compile(r"&(?:amp;)*" + HTML_ENTITY[1:], re.I)  # `&nbsp;`, or escaped once more: `&amp;nbsp;`
HTML_TAGS_MIN = 2  # any tag or entity: one "<p>" or "&amp;" may be quoted in an article; two are markup
# ... and one for every so many words: a Markdown article may hold an HTML block ("<div
# align=center>" and its end in 300 words), a saved page holds a tag every sentence or more often.
HTML_WORDS_PER_TAG = 50


# Scripts written without spaces between words: the comparison matches words and cannot read them.
UNSPACED_SCRIPT = re.compile(
    r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u1a00-\u1aaf\u1b00-\u1b7f\u1b80-\u1bff"
    r"\u3040-\u30ff\u3400-\u9fff\ua980-\ua9df\uaa00-\uaa5f\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)  # Thai, Lao, Tibetan, Burmese, Khmer, Buginese, Tai Tham, Balinese, Sundanese, Javanese, Cham, CJK
# Invisible format characters (Cf) are taken out of a report, except the joiners that emoji
# sequences and Arabic or Persian words need: kept when they follow a character beyond ASCII.
JOINERS = "\u200c\u200d" + "".join(map(chr, range(0xE0020, 0xE0080)))  # and the tags of a flag emoji


# A caption's timing line, SRT ("00:00:01,000 --> 00:00:04,000"), WebVTT ("00:01.000 --> ...") or
# a Teams transcript's ("0:0:3.450 --> 0:0:8.120").
SUBTITLE_CUE = re.compile(r"^[ \t]*(?:\d{1,3}:){1,2}\d{1,2}(?:[,.]\d{1,3})?[ \t]*[-‐‑–—]{1,2}>", re.M)
# A time stamp opening a line of a transcript, a chat or a log, or ending a line that names who
# speaks ("Budi Santoso  0:03", "Budi, [01.12.21 09:15]"): a time in a recording ("0:05",
# "1:02:03", "00:01.500") or of the day ("9:15 AM", "09:15:22"), or a date and its time
# ("01/12/20 09.15", "1/12/21, 9:15:22 AM", "2021-12-01T09:15:22Z", "Dec  1 09:15:22", "01-Dec-21
# 09:15", "01/Dec/2021:09:15:22").  Without a date only a colon parts hours and minutes: "09.00"
# is a time the prose gives, "1.10" a section's number.
STAMP_DATE = (
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[-/]\d{1,2}"
    rf"|\d{{1,2}}[-/ .]{MONTH}[-/ .,]{{1,2}}\d{{2,4}}|{MONTH}[ \t]{{1,2}}\d{{1,2}}(?:,?[ \t]\d{{4}})?"
)
STAMP = (
    rf"[\[(]?(?:(?P<date>{STAMP_DATE})(?:,?[ \t]{{1,3}}|T|:(?=\d\d:\d\d:\d\d))"
    r"\d{1,2}[:.](?P<day_minutes>\d{2})(?:[:.](?P<day_seconds>\d{2}))?"
    r"|(?P<hours>\d{1,3}):(?P<minutes>\d{2})(?::(?P<seconds>\d{2}))?)(?P<fraction>[.,]\d{1,9})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\b\.?)?(?:[ \t]?(?:Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT|UTC|GMT)\b)?[\])]?(?!\d|[:.]\d)"
)
# Who speaks or writes: up to six words, a name ("Dr. Ayu Larasati, S.Sos.", "[Budi Santoso]") or a
# user name ("budi_s", "budi#1234"); what stands between a name and its stamp ("—", "Today at").
NAME = r"[\[(]?[^\W_][\w.'’@#-]{0,40}(?:,?[ \t]{1,3}[^\W_][\w.'’-]{0,40}){0,5}[\])]?"
LOG_LEVEL = r"[\[(<]?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|CRIT|CRITICAL|FATAL|ALERT|EMERG)\b[\])>]?"
STAMPED_LINE = re.compile(rf"[ \t]*(?P<level>{LOG_LEVEL}[ \t:|-]{{1,3}})?{STAMP}")
NAMED_STAMP = re.compile(
    rf"[ \t]*(?P<name>{NAME})[ \t]*[,|·•–—-]?[ \t]*(?:(?:Today|Yesterday|Hari ini|Kemarin)[ \t]+)?"
    rf"(?:(?:at|pukul|jam)[ \t]+)?{STAMP}"
)
LOGGED_STAMP = re.compile(rf"[ \t]*(?:[^\s:]{{1,60}}[ \t]+){{1,3}}?{STAMP}")  # "127.0.0.1 - - [01/Dec/2021:..."
NAME_ONLY = re.compile(rf"[ \t,|·•–—-]*(?P<name>{NAME})[ \t]*")
SENDER = re.compile(r"[ \t]*(?:<[^<>\s]{1,40}>|[-–—|]?[ \t]*(?P<name>[^:\n]{1,60}?)[ \t]*:)(?:[ \t]|$)")
TIME_RANGE = re.compile(r"[ \t]*(?:[-‐‑–—~]{1,2}|s\.?/?d\.?|sampai|hingga|to|until)[ \t]*[\[(]?\d", re.I)
LOG_MARK = re.compile(  # a level ("INFO", "[ERROR]") or a process ("sshd[42]:") after the stamp
    rf"[ \t]*(?:\S{{1,60}}[ \t]+){{0,2}}?{LOG_LEVEL}|[ \t]*\S{{1,60}}[ \t]+[\w./-]{{1,60}}\[\d{{1,10}}\]:"
)
# A live report's or a timeline's entry: a clock time with its zone ("09:17 WIB") or a dash after
# it, and a sentence: "09:17 WIB – Menteri tiba di lokasi." is prose that gives a time, not a
# transcript's line (that is a stamp to the second, or a speaker's words).
TIMELINE_ENTRY = re.compile(r"[ \t]*(?:[-‐‑–—|][ \t]*)?(?P<words>\S+(?:[ \t]+\S+){3,})")
ZONED = re.compile(r"(?:WIB|WITA|WIT|UTC|GMT|[+-]\d{2}:?\d{2})$")
DASHED = re.compile(r"[ \t]*[-‐‑–—|][ \t]")
# A chat export that gives each day's date on a line of its own (LINE: "2021/01/01 Jumat") and the
# sender between tabs after each time ("09:15<TAB>Budi Santoso<TAB>Selamat pagi").
DAY_LINE = re.compile(
    rf"[ \t]*(?:[A-Za-z]{{2,10}},?[ \t]+)?(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{STAMP_DATE}"
    r"|\d{1,2}[ \t]+[A-Za-z]{3,10}[ \t]+\d{4})(?:,?[ \t]+[A-Za-z]{2,10})?[ \t]*"
)
TAB_SENDER = re.compile(r"\t(?P<name>[^\t\n]{1,60})\t\S")
# A stamp that ends each line (what was said, then when): "Tantangannya adalah ... (00:01:12)".
END_STAMP = re.compile(
    r"[\[(](?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{1,2}):(?P<seconds>\d{2})(?P<fraction>[.,]\d{1,3})?[\])][ \t]*$"
)
SPEAKER_LINE = re.compile(rf"(?P<name>{NAME})[ \t]*:[ \t]+\S")
# A transcript, a chat or a log has a stamp on most lines (TIMED_SHARE, of TIMED_MIN_LINES or
# more; two to the second do), or on the line that opens each turn or message (TURN_SHARE: a turn
# may run over several lines), and most of its stamps are precise: to the second, in the first
# hour of a recording ("0:41"), at a minute that is no multiple of five, or the stamp of the line
# before (messages in one minute).  An agenda's "09:00", "09:15", "10:30" are round, and its
# "09:00 - 09:15" a range.  A meeting's transcript may instead be speakers' lines ("Budi Santoso:
# ...") with a stamp to the second on a line of its own now and then.
TIMED_SHARE, TURN_SHARE, TIMED_MIN_LINES = 0.3, 0.15, 3
TRANSCRIPT = "a subtitle file or a timed transcript (captions, chat: what was said)"
CHAT = "a chat export (messages with their date, time and sender)"
# The speech tools' own timing files, a line each: RTTM ("SPEAKER demo 1 0.815 56.773 <NA> …", as
# diarization.rttm and a truth's .rttm), STM ("demo 1 Budi 0.82 57.59 text") and CTM ("demo 1 12.34
# 0.30 kata 1.00"): a name or two and a channel before a start and a length (or end) in seconds.
SPEECH_TIMING = "a speech timing file (RTTM, STM or CTM: who spoke, or what was said, when)"
SPEECH_TIMING_LINE = re.compile(r"[ \t]*\S+[ \t]+\S+[ \t]+(?:\S+[ \t]+)?\d+\.\d+[ \t]+\d+\.\d+(?:[ \t]|$)")
LOG = "a log file (lines opening with a date and time)"
TIME_HINT = re.compile(r"\d[:.]\d\d")  # what every stamp holds: a line without it is passed over at once
SUBSTATION = re.compile(r"^\[Script Info\]|^Dialogue:[ \t]*\d", re.M)  # ASS/SSA subtitles
# A data file given as the report: most of its lines (DATA_SHARE, of DATA_MIN_LINES or more) are
# records.  A key is one word ("poin1 = ...", "judul:"), a section "[laporan]": "Hari/Tanggal:
# Selasa" in an article's header block has no such key; YAML is keys and, indented under them,
# list items, and nothing else.  A table row has three cells or more.
DATA_MIN_LINES, DATA_SHARE, DATA_MIN_COLUMNS = 5, 0.6, 3
DATA_PROSE_LINES, PROSE_MIN_WORDS = 2, 4  # sentences around a table that make a file a report
# A question and its answer ("Tanya: ...", "J: ...") or each speaker's answer in an interview is a
# label before a sentence: the same label again and again, each before a sentence of words; a data
# file's keys are each given once (at one indent), or hold values, not sentences.
PROSE = re.compile(rf"[ \t]*\S+(?:[ \t]+\S+){{2,}}[.?!…][{re.escape(CLOSING_MARKS)}]?[ \t]*$")
YAML_MARKER = re.compile(r"^(?:---|\.\.\.)[ \t]*$")  # a YAML document's start or end (front matter)
KEY_VALUE = re.compile(r"^[ \t]*(?:[A-Za-z_][\w.-]*[ \t]*(?:=|:(?:[ \t]|$))|\[[\w. -]+\][ \t]*$)")
YAML_ITEM = re.compile(r"^[ \t]+-[ \t]")
DATA_COMMENT = re.compile(r"^[ \t]*[#;]")  # a comment line of YAML, TOML or INI between the keys
RTF_BODY = re.compile(r"\s*\{\s*\\rtf", re.I)
RTF_PARAGRAPH = re.compile(r"\\pard?\b")
# Text that is a file of another kind, each told by marks no article holds.  iCalendar and vCard
# are BEGIN:/END: records; an e-mail opens with (or forwards) headers naming who sends and who
# receives, with e-mail's own headers ("Subject:", "Subjek:", "Received:") or, in English, an
# address (a memo's "Dari:", "Kepada:", "Perihal:" are no e-mail); a diff or patch has a hunk
# ("@@ -1,3 +1,3 @@", "*** 1,5 ****", "1,2c1" over "< ") or "--- " over "+++ "; markup is
# MARKUP_MIN of its commands or more (LaTeX's "\begin{", "\textbf{", "\item"; Typst's "#set ",
# "#strong[", and its "= " headings beside those; troff's ".TH", ".PP", "\fB"; Org-mode's
# "#+TITLE:", ":PROPERTIES:", "[[url][words]]").
RECORD_BEGIN = re.compile(r"^[ \t]*BEGIN:([A-Za-z-]{1,40})[ \t]*$", re.M | re.I)
RECORD_END = re.compile(r"^[ \t]*END:[A-Za-z-]{1,40}[ \t]*$", re.M | re.I)
CALENDAR_RECORDS = frozenset({"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM"})
MAIL_HEADER = re.compile(r"[ \t]*(?P<name>[A-Za-z][\w-]{0,40}):[ \t]")
MAIL_SENDER = frozenset({"from", "sender", "dari", "pengirim"})
MAIL_SENDER_LINE = re.compile(r"^[ \t]*(?:from|sender|dari|pengirim):[ \t]", re.M | re.I)
MAIL_RECEIVER = frozenset({"to", "cc", "bcc", "kepada", "subject", "subjek", "tembusan"})
MAIL_ONLY = frozenset(
    {
        "subject",
        "subjek",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "reply-to",
        "in-reply-to",
        "delivered-to",
        "x-mailer",
        "user-agent",
        "references",
    }
)
MAIL_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,200}")
DIFF_HUNK = re.compile(
    r"^(?:@@[ \t]+-\d+(?:,\d+)?[ \t]+\+\d+(?:,\d+)?[ \t]+@@|\*{3}[ \t]+\d+(?:,\d+)?[ \t]+\*{4}"
    r"|---[ \t]+\S[^\n]*\n\+\+\+[ \t]+\S|\d+(?:,\d+)?[acd]\d+(?:,\d+)?[ \t]*\n[<>][ \t]"
    r"|diff[ \t]+--git[ \t]+\S|index[ \t]+[0-9a-f]{7,40}\.\.[0-9a-f]{7,40}\b)",  # git's header (a word diff: no hunk)
    re.M,
)
WORD_DIFF = re.compile(r"\[-[^\]\n]{0,300}-\]|\{\+[^}\n]{0,300}\+\}")  # git diff --word-diff's changes
# A printed or forwarded e-mail's sender line without "From:" (Gmail's print: "Budi <budi@x.id>  1 Jan").
MAIL_FROM_LINE = re.compile(r"[ \t]*[^<>\n:@]{1,80}<[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,200}>(?:[ \t][^\n]{0,80})?$")
MARKUP = (
    (
        "a LaTeX source",
        re.compile(
            r"\\[A-Za-z]{2,40}\*?[\[{]|^[ \t]*\\(?:item|par|noindent|maketitle|newpage"
            r"|clearpage|centering|hline|tableofcontents|bigskip|medskip|smallskip|starttext|stoptext)\b",
            re.M,
        ),
    ),
    (
        "Typst markup",
        re.compile(
            r"^[ \t]*#(?:set|show|let|import|include)\b|(?:^|(?<=[\s(\[{]))#[a-z][\w-]{0,40}[(\[]"
            r"|^=+[ \t]+[^=\n]*$",  # a heading, where a command is given too
            re.M,
        ),
    ),
    (
        "troff markup (a man page)",
        re.compile(
            r"^\.(?:TH|SH|SS|PP|LP|IP|TP|HP|RS|RE|BI|BR|IB|IR|RB|RI|SM|SB|B|I|P|br|sp|nf|fi|ft|ps|vs|ce|in|ti|ll|ad"
            r"|na|ne|bp|de|ds|nr|so|tl|EX|EE|UR|UE|MT|ME|Dd|Dt|Os|Nm|Nd|Sh|Ss|Pp|Bl|El|It|Fl|Ar|Op|Xr|Em|Sy|Pa"
            r"|Ql|Dl|Bd|Ed|Ns|An|Lk)(?=[ \t]|$)|^\.\\\"|\\f[BIRP1-4]|\\f\([A-Z]{2}|\\\([a-z]{2}",
            re.M,
        ),
    ),
    (
        "reStructuredText markup",
        re.compile(
            r"^[ \t]*\.\.[ \t]+(?:[\w-]{1,40}::|_[^:\n]{1,300}:|\[[^\]\n]{1,40}\])|`[^`\n]{1,300}<[^<>`\n]{1,2000}>`__?"
            r"|:(?:ref|doc|term|math|code|class|func|meth|mod|abbr|sup|sub):`",
            re.M,
        ),
    ),
    (
        "Org-mode markup",
        re.compile(
            r"^[ \t]*#\+[A-Za-z_]{2,40}(?::|[ \t]|$)|^[ \t]*:[A-Za-z_]{2,40}:[ \t]*$"
            r"|\[\[[^\[\]\n]{1,2000}\]\[[^\[\]\n]{1,300}\]\]|<\d{4}-\d{2}-\d{2} [A-Za-z]{2,3}\.?(?: \d{1,2}:\d{2})?>",
            re.M,
        ),
    ),
)
MARKUP += (
    (
        "AsciiDoc markup",
        re.compile(
            r"^:!?[\w-]{1,40}!?:(?:[ \t][^\n]*)?$|^\[(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION|source|quote|verse|listing"
            r"|literal|example|sidebar|abstract|partintro|appendix|glossary|bibliography|index|preface|colophon"
            r"|cols=|options=|\.|#)[^\]\n]{0,200}\]$|\b(?:image|include|link|xref|footnote|kbd|btn|menu)::?[^\s\[]{0,300}\[",
            re.M,
        ),
    ),
    (
        "MediaWiki markup (a wiki page's source)",
        re.compile(
            r"^\{\{[^{}\n|]{1,100}|\{\{[^{}\n|]{1,100}\}\}|\[\[[^\[\]\n|]{1,300}(?:\|[^\[\]\n]{0,300})?\]\]"
            r"|'{3}[^'\n]{1,300}'{3}|^={2,6}[^=\n]{1,300}={2,6}[ \t]*$|<ref[ >/]",
            re.M,
        ),
    ),
    (
        "BBCode markup (a forum post's source)",
        re.compile(
            r"\[/(?:b|i|u|s|url|img|quote|list|color|size|font|code|center|left|right|spoiler|table|tr|td|email)\]"
            r"|^[ \t]*\[\*\]",
            re.M | re.I,
        ),
    ),
    (
        "Textile markup",
        re.compile(
            r"^(?:h[1-6]|p|bq|bc|pre|notextile|fn\d{1,3})"
            r"(?:\([^)\n]{0,100}\)|\{[^}\n]{0,300}\}|\[[a-z-]{2,10}\]|[<>=]{1,2})*\.\.?[ \t]"
            r'|"[^"\n]{1,300}":(?:https?://|/)\S',
            re.M,
        ),
    ),
    (
        "POD markup (Perl's documentation)",
        re.compile(r"^=(?:pod|head[1-6]|over|item|back|cut|begin|end|for|encoding)\b", re.M),
    ),
    (
        "Texinfo markup",
        re.compile(
            r"^\\input[ \t]+texinfo|^@(?:node|top|chapter|section|subsection|subsubsection|unnumbered|appendix"
            r"|setfilename|settitle|itemize|enumerate|table|end|item|bye|c|comment|example|menu|cindex|include|copying|titlepage)\b"
            r"|@(?:emph|strong|code|var|samp|file|url|uref|xref|ref|pxref|email|kbd|key|dfn|cite|acronym)\{",
            re.M,
        ),
    ),
)
MARKUP_MIN = 2
# Code and data in a script, given as the report.  A notebook saved as a script has its cells
# marked ("# %%", "# In[3]:"); JavaScript wraps its data in a call or a variable ("laporan({...});",
# "var laporan = {...};") or is code (functions, arrows, declarations, the page's objects); a
# stylesheet is rules ("p{color:#333}"); an SQL dump its statements.
NOTEBOOK_CELL = re.compile(r"^#[ \t]?%%|^# In\[[\d ]{0,6}\]:", re.M)
JS_WRAPPED = re.compile(
    r"\s*(?:(?:var|let|const)\s+[\w$.]{1,100}\s*=\s*|(?:module\.exports|export\s+default|window\.[\w$.]{1,100})\s*=?\s*"
    r"|[\w$.]{1,100}\s*\(\s*)[\[{]"
)
JS_WRAPPED_END = re.compile(r"[}\]]\s*\)?\s*;?\s*$")
JS_MARK = re.compile(
    r"\bfunction\s*[\w$]{0,40}\s*\(|\)\s*=>|\b(?:var|let|const)\s+[\w$]{1,40}\s*=|\b(?:document|window|console)\.[\w$]"
    r"|\b(?:require|import)\s*\(\s*[\"']|[;{}]\s*(?:if|for|while)\s*\(|[;{]\s*return\b"
)
# A rule's declaration block; not a YAML flow mapping ("- {term: X, type: ORG}", "compare: {meaning:
# true}"), which a list item's dash or a key's colon opens and no CSS selector ends with.
CSS_RULE = re.compile(r"(?<![-:])(?<![-:] )\{[ \t\n]*-?[a-z][\w-]{1,40}[ \t]*:[^;{}\n]{1,300}[;}]")
SQL_STATEMENT = re.compile(
    r"^[ \t]*(?:INSERT[ \t]+INTO|CREATE[ \t]+(?:TABLE|DATABASE|INDEX|VIEW)|DROP[ \t]+(?:TABLE|DATABASE)"
    r"|ALTER[ \t]+TABLE|LOCK[ \t]+TABLES|UNLOCK[ \t]+TABLES|DELETE[ \t]+FROM|UPDATE[ \t]+[`\"\w.]{1,100}[ \t]+SET"
    r"|SELECT[ \t][^\n]{0,300}\bFROM\b"
    r"|--[ \t]+(?:MySQL|MariaDB|PostgreSQL|SQLite)\b|/\*!\d{5})",
    re.M | re.I,
)
CODE_MIN = 3
# Lines only code opens so: Python's definitions, imports and main guard; a shell's loops and
# settings (an article may quote one such line, not three).
PYTHON_MARK = re.compile(
    r"^[ \t]*(?:def[ \t]+\w{1,60}[ \t]*\(|class[ \t]+\w{1,60}[ \t]*[(:]|(?:from[ \t]+[\w.]{1,60}[ \t]+)?import[ \t]+\w"
    r"|if[ \t]+__name__[ \t]*==|return\b|elif[ \t]|except\b[^\n]{0,60}:$|with[ \t][^\n]{1,100}:$)",
    re.M,
)
SHEBANG = re.compile(r"\s*#!/")
SHELL_MARK = re.compile(
    r"^[ \t]*(?:set[ \t]+-[euxo]|export[ \t]+\w{1,60}=|for[ \t]+\w{1,40}[ \t]+in[ \t][^\n]{0,200};[ \t]*do\b"
    r"|done\b|fi\b|if[ \t]+\[|echo[ \t]+[\"'$]|\w{1,40}=\$\()",
    re.M,
)
XML_TAG = re.compile(r"</?[A-Za-z][\w.-]*:[A-Za-z][\w.-]*[\s/>]")  # a namespaced tag: "<w:p>" of Word's XML


# Markdown's inline markup and line marks: a report copied from a Markdown page keeps its words.
# Every pattern runs in time linear in the report's length: spans are bounded (300 characters for
# a link's words or an emphasis, 2,000 for an address) and no line is scanned from two ends, so a
# report pasted as one 1 MB line reads in a fraction of a second (it took 6 minutes).  A link's
# address may hold brackets of its own (a page named "..._(disambiguation)"); each step of it is a
# bracketed part or one other character, so no text is tried twice.
_LINK_TARGET = r"(?:<[^<>\n]{0,2000}>|(?:[^()\s\[\]]|\([^()\s]{0,200}\)){0,2000})"
# and a title after it, in double or single quotes or in brackets
_LINK_TITLE = r"(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?"
# A link's or an image's words, with brackets of their own ("[transformasi [strategi] diplomasi]").
_LINK_TEXT = r"(?:[^\[\]\n]|\[[^\[\]\n]{0,60}\]){0,300}"
# a header of metadata (Jekyll, Hugo, Obsidian): "---", lines of "key: value" or "- item", "---"
FRONT_MATTER = re.compile(
    r"\A\ufeff?[ \t]*---[ \t]*\n(?:[ \t]*(?:[\w-]+[ \t]*:|-[ \t])[^\n]*\n|[ \t]*\n){1,60}?---[ \t]*(?:\n|\Z)"
)
MARKDOWN = (
    (FRONT_MATTER, ""),
    (re.compile(r"<!--.*?-->", re.S), ""),  # a comment
    # a fenced block of code, whole (its lines are no sentences of the article); a fence left open: its line
    (re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.{0,20000}?^[ \t]*\1[ \t]*$", re.M | re.S), ""),
    (  # a table, with or without outer pipes: its header, its rule and its rows
        re.compile(
            r"^(?=[^\n]*\|)[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
            r"(?:\n(?=[^\n]*\|)[^\n]*$)*",
            re.M,
        ),
        "",
    ),
    (re.compile(rf"!\[{_LINK_TEXT}\]\({_LINK_TARGET}{_LINK_TITLE}\)"), ""),  # an image
    (re.compile(r"!\[[^\]\n]{0,300}\]\[[^\]\n]{0,300}\]"), ""),  # an image by reference
    (re.compile(rf"\[({_LINK_TEXT})\]\({_LINK_TARGET}{_LINK_TITLE}\)"), r"\1"),  # a link: its words
    (re.compile(r"^[ \t]*\[[^\]\n]{1,300}\]:[ \t]*\S[^\n]*$", re.M), ""),  # a reference's target, a footnote's text
    (re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,300}\]"), r"\1"),  # a reference link: its words
    (re.compile(r"<(?:https?|mailto):[^>\s]+>|<[^<>\s@]+@[^<>\s@]+\.[A-Za-z]{2,}>"), ""),  # an autolink: no words
    (re.compile(r"\^?\[\^[^\]\n]{0,300}\]|\^\[[^\]\n]{0,300}\]"), ""),  # a footnote mark, an inline footnote
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), ""),  # struck out: not said by the report
    (re.compile(r"^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)\[[ xX]\][ \t]+", re.M), r"\1"),  # a task box
    # Strong and emphasis; an escaped mark ("\\*") is none.
    (re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.{1,300}?)(?<=[^\s\\])\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=\S)([^_\n]+?)(?<=[^\s\\])_(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"^[ \t]*(?:```|~~~).*$", re.M), ""),  # a code fence
    (re.compile(r"^[ \t]*#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # a heading: kept, a title line
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M), ""),  # a quote's marks
    (re.compile(r"\\$", re.M), ""),  # a line break written as a backslash at the line's end
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # an escaped mark: the character itself
    (re.compile(r"^[ \t]*(?:([-*_])(?:[ \t]*\1){2,}|=+)[ \t]*$", re.M), ""),  # a rule; "===" underlining no paragraph
    # HTML a Markdown article may hold (an image, a centred block; a page is refused before): its
    # tags go, its entities are their characters
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?/?>"), ""),
    (re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});"), lambda entity: html.unescape(entity.group())),
)

# Text copied from a PDF breaks words at line ends ("Imple-\nmentasi"): a word goes on when the next
# line opens with a small letter, whole or with its hyphen as points.rejoined_word tells (told the
# other parts of a compound too: "people-to-" / "people").  The line still ends after the word, so
# that the lines keep their lengths for telling a page's cut from a paragraph's end (points.py).
LINE_END_HYPHEN = re.compile(
    r"((?:[^\W\d_]{1,100}-){0,5}[^\W\d_]{1,100})-[ \t]*\n[ \t]*([^\W\d_]{1,100}(?:-[^\W\d_]{1,100}){0,5})([ \t]+)?"
)


def _rejoin_word(match: re.Match) -> str:
    """A word broken at a line's end, whole (LINE_END_HYPHEN); a capital after the hyphen opens a
    word of its own ("Jawa-" / "Bali")."""
    from pipeline.text.points import rejoined_word

    left, right, space = match.groups()
    if not right[0].islower():
        return match.group()
    return rejoined_word(left, right) + ("\n" if space else "")


def _data_kind(lines: list[str]) -> str | None:
    """What kind of data file a report's lines are, if most of them are records, not prose: JSON
    lines, keys with values (YAML, TOML, INI; a day's config, its comments and all), or rows of a
    table (CSV, TSV)."""
    if len(lines) < DATA_MIN_LINES:
        return None
    most = DATA_SHARE * len(lines)
    if sum(line.strip().startswith("{") and line.strip().endswith("}") for line in lines) >= most:
        return "JSON lines data"
    matches = [(line, KEY_VALUE.match(line)) for line in lines]
    labels = Counter(m.group().rstrip(": \t") for line, m in matches if m and m.group().rstrip().endswith(":"))
    keys = sum(
        bool(m)
        and not (
            labels[m.group().rstrip(": \t")] >= 2 and m.group().rstrip().endswith(":") and PROSE.match(line, m.end())
        )
        for line, m in matches
    )
    items = sum(bool(YAML_ITEM.match(line) or YAML_MARKER.match(line) or DATA_COMMENT.match(line)) for line in lines)
    if keys >= most or (keys >= 2 and keys + items == len(lines)):
        return "configuration data (YAML, TOML or INI keys and values)"
    for delimiter in (",", "\t", ";"):
        # an entity's closing ';' (`&nbsp;`, `&amp;`, escaped again `&amp;nbsp;`) parts no columns: a text
        # with a few in every line was 'a table (CSV or TSV rows)'; it is HTML's text, refused as that below
        cells = [ESCAPED_ENTITY.sub("", line) for line in lines] if delimiter == ";" else lines
        try:
            table = list(csv.reader(cells, delimiter=delimiter))
        except csv.Error:  # a quote opened and never closed joins the lines after it into one field
            continue
        width, rows = Counter(len(row) for row in table).most_common(1)[0]
        numbered = delimiter == "," and sum(len(row) >= 2 and row[0].strip().isdigit() for row in table)
        # three columns or more; or two, the first a row number ("0,\"Diplomasi digital ...\""; a list
        # written "1<tab>..." is still a list)
        # a report with a table pasted in (a schedule from a Word file) still has its prose around it
        prose = sum(len(row) < width and _is_prose(line) for row, line in zip(table, lines, strict=False))
        if ((width >= DATA_MIN_COLUMNS and rows >= most) or numbered >= most) and prose < DATA_PROSE_LINES:
            return "a table (CSV or TSV rows)"
    return None


def _is_prose(line: str) -> bool:
    """A line that reads as a sentence: words, a sentence's end ("Seluruh sesi berlangsung di Aula.")."""
    return line.rstrip().endswith((".", "!", "?")) and len(line.split()) >= PROSE_MIN_WORDS


def _is_name(name: str) -> bool:
    """Whether words before a stamp or a colon name someone: capitalised words ("Dr. Ayu
    Larasati, S.Sos.", "Speaker 1"), or one user name ("budi_s", "budi#1234"); not a sentence's
    words ("Acara dimulai pukul")."""
    words = name.strip("[]() ,").split()
    if len(words) == 1 and re.search(r"[._#@\d]", words[0]):
        return True
    return bool(words) and all(word[0].isupper() or word[0].isdigit() for word in words) and words[0][0].isupper()


class Stamp(NamedTuple):
    """A line's stamp (see STAMP): its text, whether it is precise (see TIMED_SHARE), to the
    second, dated, and what the line is: "turn" where it opens a turn or a message (a name, a
    sender before a colon, or nothing else on the line), "log" where a log's level or process
    follows, "line" where other text does."""

    text: str
    precise: bool
    to_the_second: bool
    dated: bool
    role: str


def _stamp(line: str) -> Stamp | None:
    """The stamp of a line of a transcript, a chat or a log (see STAMP); None for a line without
    one, and for an agenda's range ("09:00 - 09:15")."""
    if not TIME_HINT.search(line):
        return None
    match = STAMPED_LINE.match(line)
    named = logged = None
    if match is None and len(line) <= 120:
        named = NAMED_STAMP.match(line)
        if named and not _is_name(named.group("name")):
            named = None
    if match is None and named is None:
        logged = LOGGED_STAMP.match(line)  # a log's line that opens with an address or a number
        if logged is None or logged.group("date") is None or not logged.group("day_seconds"):
            return None
    match = match or named or logged
    rest = line[match.end() :]
    dated = match.group("date") is not None
    to_the_second = bool(match.group("seconds") or match.group("day_seconds") or match.group("fraction"))
    minutes = int(match.group("minutes") or match.group("day_minutes"))
    precise = to_the_second or minutes % 5 != 0 or (not dated and int(match.group("hours")) == 0)
    if TIME_RANGE.match(rest) and not precise:
        return None
    text = line[match.start("date" if dated else "hours") : match.end()].strip()
    if not (dated or to_the_second or named or int(match.group("hours")) == 0):
        entry = TIMELINE_ENTRY.match(rest)
        sender = entry and SENDER.match(rest, entry.start("words"))  # "09:15 - Budi: ..." is a chat's
        if (
            entry
            and (ZONED.search(text) or DASHED.match(rest))
            and not (sender and _is_name(sender.group("name") or "_"))
            and len(entry.group("words")) > 20
        ):
            return None  # a live report's or a timeline's entry: a time and a sentence
    if named and rest.strip() and not re.match(r"[ \t]*:(?:[ \t]*\S|[ \t]*$)", rest):
        return None  # words, a stamp and more words: a sentence that gives a time
    if logged or (not named and match.group("level")) or LOG_MARK.match(rest):
        return Stamp(text, precise, to_the_second, dated, "log")
    alone = NAME_ONLY.fullmatch(rest)
    sender = SENDER.match(rest)
    tabbed = TAB_SENDER.match(rest)
    opens_a_turn = (
        named is not None
        or (tabbed is not None and _is_name(tabbed.group("name")))
        or not rest.strip()
        or (alone is not None and _is_name(alone.group("name")))
        or (sender is not None and len((sender.group("name") or "").split()) <= 6)
    )
    return Stamp(text, precise, to_the_second, dated, "turn" if opens_a_turn else "line")


def timed_kind(text: str, written: list[str]) -> str | None:
    """What kind of timed text a report is, if it is one: subtitles or a transcript (what was
    said, with its times), a chat export or a log.  See TIMED_SHARE for how its lines are told."""
    if text.lstrip().upper().startswith("WEBVTT") or SUBTITLE_CUE.search(text) or SUBSTATION.search(text):
        return TRANSCRIPT
    if 2 * sum(bool(SPEECH_TIMING_LINE.match(line)) for line in written) >= len(written):
        return SPEECH_TIMING  # an RTTM's "<NA>" fields had read as HTML tags, an STM or a CTM as an article
    stamps = [stamp for stamp in map(_stamp, written) if stamp is not None]
    ends = [m for m in (END_STAMP.search(line[-24:]) for line in written) if m]
    ends_precise = sum(
        bool(m.group("hours") or m.group("fraction"))
        or int(m.group("seconds")) % 5 != 0
        or int(m.group("minutes")) == 0
        for m in ends
    )
    if len(ends) >= TIMED_MIN_LINES and len(ends) >= TIMED_SHARE * len(written) and 2 * ends_precise >= len(ends):
        return TRANSCRIPT  # what was said, each line with its time at its end
    texts = [""] + [stamp.text for stamp in stamps]
    precise = sum(stamp.precise or stamp.text == last for stamp, last in zip(stamps, texts, strict=False))
    to_the_second = sum(stamp.to_the_second for stamp in stamps)
    turns = sum(stamp.role == "turn" for stamp in stamps)
    lines = len(written)
    if not (
        (to_the_second >= 2 and to_the_second >= TIMED_SHARE * lines)
        or (
            len(stamps) >= TIMED_MIN_LINES
            and 2 * precise >= len(stamps)
            and (len(stamps) >= TIMED_SHARE * lines or turns >= TURN_SHARE * lines)
        )
        or (  # a meeting's transcript: speakers' lines, and a stamp on a line of its own now and then
            any(stamp.to_the_second and stamp.role == "turn" for stamp in stamps)
            and 2 * sum(bool(m) and _is_name(m.group("name")) for m in map(SPEAKER_LINE.match, written)) >= lines
        )
    ):
        return None
    if 2 * sum(stamp.role == "log" for stamp in stamps) >= len(stamps):
        return LOG
    days = any(len(line) <= 60 and DAY_LINE.fullmatch(line) for line in written)  # dated by a day's line
    dated = [stamp.role for stamp in stamps if stamp.dated or days]
    if 2 * len(dated) >= len(stamps):
        return CHAT if 2 * dated.count("turn") >= len(dated) else LOG
    return TRANSCRIPT


def _markup_kind(text: str, written: list[str]) -> str | None:
    """What kind of file other than an article's text a report is, if its marks say so: RTF, a
    calendar or contact card, an e-mail, a diff, or markup (see MARKUP)."""
    if RTF_BODY.match(text) or len(RTF_PARAGRAPH.findall(text)) >= 2:
        return "an RTF document"
    begin = RECORD_BEGIN.search(text)
    if begin and (begin.group(1).upper().startswith("V") or RECORD_END.search(text)):
        record = begin.group(1).upper()
        if record == "VCARD":
            return "a vCard file (contacts)"
        return "an iCalendar file (calendar events)" if record in CALENDAR_RECORDS else f"a {record} record file"
    names: set[str] = set()
    addressed = False
    printed = [bool(len(line) <= 400 and MAIL_FROM_LINE.match(line)) for line in written]
    for line, sender in (
        zip(written + [""], printed + [False], strict=True) if MAIL_SENDER_LINE.search(text) or any(printed) else []
    ):
        header = MAIL_HEADER.match(line)
        if header or sender or (names and line[:1] in (" ", "\t")):  # a header, or one folded onto this line
            names.update([header.group("name").lower()] if header else ["from"] if sender else [])
            addressed = addressed or bool(MAIL_ADDRESS.search(line))
            continue
        if names & MAIL_SENDER and names & MAIL_RECEIVER and (names & MAIL_ONLY or (addressed and "from" in names)):
            return "an e-mail message (From:, To:, Subject: headers)"
        names, addressed = set(), False
    if DIFF_HUNK.search(text) or len(WORD_DIFF.findall(text)) >= 2:
        return "a diff or patch (changes marked with + and -)"
    for kind, pattern in MARKUP:
        marks = pattern.findall(text)
        if len(marks) >= MARKUP_MIN and (kind != "Typst markup" or any(not mark.startswith("=") for mark in marks)):
            return kind
    return None


def _code_kind(text: str) -> str | None:
    """What kind of code a report is, if it is code or data in a script (see NOTEBOOK_CELL)."""
    if len(NOTEBOOK_CELL.findall(text)) >= 2:
        return "a notebook saved as a script (cells marked '# %%')"
    if (JS_WRAPPED.match(text) and JS_WRAPPED_END.search(text[-200:])) or len(JS_MARK.findall(text)) >= CODE_MIN:
        return "JavaScript code"
    if len(CSS_RULE.findall(text)) >= 2:
        return "a CSS stylesheet"
    if len(SQL_STATEMENT.findall(text)) >= 2:
        return "an SQL dump or script"
    if len(PYTHON_MARK.findall(text)) >= CODE_MIN:
        return "Python code"
    if SHEBANG.match(text) or len(SHELL_MARK.findall(text)) >= CODE_MIN:
        return "a shell script"
    return None


JSON_COMMENTS = re.compile(r"(?:\s*(?://[^\n]*|/\*.*?\*/))*", re.S)


def _is_json(text: str) -> bool:
    stripped = text[JSON_COMMENTS.match(text).end() :].strip().rstrip(",").rstrip()  # after comments ("// ...")
    if stripped[:1] == '"' and stripped[-1:] == '"' and "\\n" in stripped:  # a whole article as one JSON string
        with contextlib.suppress(ValueError, RecursionError):
            return isinstance(json.loads(stripped), str)
    if stripped[:1] not in ("{", "["):
        return False
    if stripped[-1:] in ("}", "]") and stripped[:1] == "{":  # JSON5, a trailing comma: still data
        return True
    try:
        json.loads(stripped)
    except RecursionError:  # nested deeper than Python reads: data all the same
        return True
    except ValueError:
        return False
    return True


# A run of characters without a space longer than any word or link of an article (1,000): a base64 blob,
# minified code or a number pasted whole (a point made of it would pass every text limit).
LONG_RUN = re.compile(r"(?<!\S)\S{1000,}")


ZERO_WIDTH_SPACES = re.compile("[\u200b\u2060\u180e]")


def _mixed_script_word(text: str) -> tuple[str, int] | None:
    """The first word that mixes Latin letters with Greek or Cyrillic ones ("diplomаsi" with a
    Cyrillic "а"), and its line: pasted text that looks right and matches nothing."""
    for number, line in enumerate(text.splitlines(), start=1):
        for word in line.split():
            try:
                one_script_per_word(word)
            except ValueError:
                return word, number
    return None


OVER_THE_LIMIT = (
    f"report is over {MAX_REPORT_CHARS:,} characters (the text analysis limit); split it or keep the day's part"
)


# A PDF's ligatures as one character each ("deﬁnisi"): shown so in the points and matched only
# once folded; their letters are what the report says.
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def read_report(config: DayConfig, furniture: list[str] | None = None) -> str | None:
    """The written report's text, as plain text: every kind of line break (CR alone, U+2028, a
    page break) made a newline, and invisible format characters (zero-width spaces, a byte-order
    mark, bidi controls, soft hyphens) taken out, as they come with text copied from the web and
    would split or hide words; words broken at a line's end joined, a news page's furniture (tags,
    credits, "Baca juga": pipeline.text.furniture) taken out, and added to `furniture`.  An empty,
    non-UTF-8 or HTML file is an error naming it."""
    path = config.report_path
    if path is None:
        return None
    field = f"field 'report' of {config.named}"
    with config.open_local("report") as handle:
        data = handle.read(4 * MAX_REPORT_CHARS + 1)  # UTF-8 takes at most 4 bytes a character
    kind = file_kind(data)
    if kind:
        raise ConfigError(f"{path}: report is {kind}, not plain text; save the article's text alone ({field})")
    if len(data) > 4 * MAX_REPORT_CHARS:  # more bytes than any text of the limit (and the read may cut a letter)
        raise ConfigError(f"{path}: {OVER_THE_LIMIT}")
    try:
        text = utf8_text(data, "report")
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc} ({field})") from None
    odd = NONCHARACTER.search(text)
    if odd is not None:
        line = text.count("\n", 0, odd.start()) + 1
        raise ConfigError(
            f"{path}: report holds U+{ord(odd.group()):04X} on line {line}, a code point that is no character; "
            f"it is not plain text ({field})"
        )
    if garbled := decoded_twice(text):  # before the control characters, which Latin-1 makes of it
        raise ConfigError(f"{path}: report holds {garbled}; save the text again from its source ({field})")
    control = REPORT_CONTROL.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        raise ConfigError(
            f"{path}: report holds the control character {control.group()!r} on line {line}; it is "
            f"not plain text ({field})"
        )
    if len(text) > MAX_REPORT_CHARS:
        raise ConfigError(f"{path}: {OVER_THE_LIMIT}")
    if (lost := text.find("\ufffd")) >= 0:
        raise ConfigError(
            f"{path}: report holds U+FFFD on line {text.count(chr(10), 0, lost) + 1}, the mark of a character "
            f"lost in decoding: its words would be matched in pieces; save the text again from its source ({field})"
        )
    text = unicodedata.normalize("NFC", text)  # "Aljazaïr" typed with a combining mark is the same name
    text = text.translate(LIGATURES)
    # a line whose words only a zero-width space parts is read with spaces, not run together
    lines = "\n".join(ZERO_WIDTH_SPACES.sub(" ", line) if " " not in line else line for line in text.splitlines())
    text = "".join(
        c
        for before, c in zip((" " + lines)[: len(lines)], lines, strict=True)
        if (unicodedata.category(c) != "Cf" or (c in JOINERS and not before.isascii()))
        and not (c in "\ufe0e\ufe0f" and before.isascii())  # an emoji's style asked of a letter ("a\ufe0f")
    )
    if LOOK_ALIKE_LETTERS.search(text) and (mixed := _mixed_script_word(text)):
        word, line = mixed
        raise ConfigError(
            f"{path}: report word {quoted(word)} on line {line} mixes Latin letters with look-alikes of another "
            f"script; it could not be matched: type it again ({field})"
        )
    if not text.strip():
        raise ConfigError(f"{path}: report file is empty ({field})")
    written = [line for line in text.splitlines() if line.strip()]
    timed = timed_kind(text, written)
    if timed:
        raise ConfigError(f"{path}: report is {timed}, not the written report ({field})")
    markup = _markup_kind(text, written)
    if markup:
        raise ConfigError(f"{path}: report is {markup}, not plain text; save the article's text alone ({field})")
    code = _code_kind(text)
    if code:
        raise ConfigError(f"{path}: report is {code}, not the article's text ({field})")
    notebook = '"nbformat"' in text and '"cells"' in text
    data = ("a Jupyter notebook (JSON)" if notebook else "JSON data") if _is_json(text) else _data_kind(written)
    if data:
        raise ConfigError(f"{path}: report is {data}, not the article's text ({field})")
    tags = len(HTML_TAG.findall(text)) + len(XML_TAG.findall(text))
    if HTML_START.match(text) or tags >= max(HTML_TAGS_MIN, len(text.split()) / HTML_WORDS_PER_TAG):
        raise ConfigError(f"{path}: report is an HTML page, not plain text; save the article's text alone ({field})")
    letters = sum(c.isalpha() for c in text)
    if len(UNSPACED_SCRIPT.findall(text)) > letters / 2:
        raise ConfigError(
            f"{path}: report is written in a script without spaces between words (Chinese, Japanese, "
            f"Thai, ...); the comparison matches words and cannot read it ({field})"
        )
    if blob := LONG_RUN.search(text):
        line = text.count("\n", 0, blob.start()) + 1
        raise ConfigError(
            f"{path}: report holds {len(blob.group()):,} characters without a space on line {line} (data or an "
            f"encoded file pasted in?), not the text of an article ({field})"
        )
    from pipeline.text.points import ReportText

    marks = HEADING_MARK not in text  # (a report holding the character itself has its headings read as text)
    text = _setext_as_atx(text)
    text = _shortcut_links(_marked_headings(text) if marks else text)
    for pattern, replacement in MARKDOWN:
        text = pattern.sub(replacement, text)
    marked = (line for line in text.split("\n") if marks and HEADING_MARK in line)
    headings = frozenset(line.replace(HEADING_MARK, "").strip() for line in marked)
    if headings:
        text = text.replace(HEADING_MARK, "")
    text = without_furniture(LINE_END_HYPHEN.sub(_rejoin_word, text), furniture)
    return ReportText(text, headings) if headings else text


# A Markdown heading ("## Poin 7: Melalui penggunaan media sosial") and what is no paragraph under
# one: another heading, a setext heading's underline or a rule.
ATX_HEADING = re.compile(r"^([ \t]*#{1,6}[ \t]+)(?=\S)")
UNDERLINE = re.compile(r"^[ \t]*(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$")
HEADING_MARK = "\ue000"  # a private-use character: a heading's text, from the # marks to read_report's end


def _marked_headings(text: str) -> str:
    """The text with HEADING_MARK after the # marks of each heading that has a paragraph of its own
    under it, or a deeper one ("# Laporan" over "## Poin 1"): its line is a title over that text
    (ReportText.headings), not a point.  A heading with neither (the next line a heading of its
    level or above, or the end: a report of one heading a point) stays a line of text, and so does
    one ending in ':' (a list's lead-in).  Setext headings are ATX ones by now (_setext_as_atx)."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    below: list[int | None] = [None] * len(lines)  # the next line with text, under each line
    following = None
    for k in range(len(lines) - 1, -1, -1):
        below[k] = following
        if lines[k].strip():
            following = k

    def level(k: int) -> int:
        """A heading's level (1 for "#", 6 for "######"); 0 for a line of text."""
        mark = ATX_HEADING.match(lines[k])
        return mark[1].count("#") if mark else 0

    for k, line in enumerate(lines):
        body = below[k]
        if (
            ATX_HEADING.match(line)
            and not line.rstrip(" \t#").endswith(":")
            and body is not None
            and not UNDERLINE.match(lines[body])
            and (not level(body) or level(body) > level(k))  # a paragraph, or a section's heading under a title
        ):
            lines[k] = ATX_HEADING.sub(lambda mark: mark[1] + HEADING_MARK, line)
    return "\n".join(lines)


# Setext headings (CommonMark): a paragraph's lines with a line of "=" (level 1) or "-" (level 2)
# directly under them; a "---" after a blank line, a list item, a quote or a table's row is a rule.
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:(=+)|-+)[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# Lines that open no paragraph, and those after which no line is one until a blank line (a list
# item's, a quote's or a table's go on in them)
ENDS_PARAGRAPH = re.compile(r"^[ \t]*(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)")
HOLDS_NO_PARAGRAPH = re.compile(r"^[ \t]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)|^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|")


def _setext_as_atx(text: str) -> str:
    """The text with each setext heading ("Poin 7: Melalui penggunaan media sosial" over a line of
    "---") written as the ATX heading it is ("## Poin 7: ..."), its lines joined: read as ATX ones
    are, a title over its paragraph or a point of its own, where its text had been dropped with the
    underline.  A metadata header and fenced code are left as they are (MARKDOWN drops them)."""
    header = FRONT_MATTER.match(text)
    lines = text[header.end() if header else 0 :].split("\n")
    paragraph: list[int] | None = []  # the lines of the paragraph so far; None in a list, quote or table
    taken: set[int] = set()  # a heading's underline and its paragraph's later lines, now in its line
    fence = None
    for k, line in enumerate(lines):
        if fence:
            fence = None if line.strip().startswith(fence) else fence
            continue
        if opened := FENCE.match(line):
            fence, paragraph = opened[1], []
            continue
        underline = SETEXT_UNDERLINE.match(line)
        if underline and paragraph:
            lines[paragraph[0]] = ("# " if underline[1] else "## ") + " ".join(lines[i].strip() for i in paragraph)
            taken.update([*paragraph[1:], k])
            paragraph = []
        elif not line.strip() or ENDS_PARAGRAPH.match(line) or underline:
            paragraph = []
        elif HOLDS_NO_PARAGRAPH.match(line):
            paragraph = None
        elif paragraph is not None:
            paragraph.append(k)
    read = "\n".join(line for k, line in enumerate(lines) if k not in taken)
    return text[: header.end()] + read if header else read


REFERENCE_TARGET = re.compile(r"^[ \t]{0,3}\[([^\]\n^]{1,300})\]:[ \t]*\S", re.M)
SHORTCUT_LINK = re.compile(r"(?<![\]!\\])\[([^\[\]\n]{1,300})\](?:\[\])?(?![(\[:])")


def _shortcut_links(text: str) -> str:
    """Markdown's shortcut references ("[Instagram]" with "[instagram]: https://..." below): their
    words; a bracketed word no reference names stays as written."""
    named = {label.casefold() for label in REFERENCE_TARGET.findall(text)}
    if not named:
        return text
    return SHORTCUT_LINK.sub(lambda link: link[1] if link[1].casefold() in named else link[0], text)
