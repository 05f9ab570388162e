"""How easy a text is to read, in its own language: a reading-ease score, a plain band, the
longest sentences and the long words (issue 23, "Plain language": Dutch government texts aim at
language level B1).

`analyze(text, language)` takes a staff-written text (Markdown; `core.richtext.blocks` strips
the formatting, and each paragraph, list item and heading counts as the end of a sentence) and
returns a `Readability`, or None for a text without words or a language without a formula.

The score is the Flesch reading ease as each language adapted it, computed by textstat 0.7:

| language | formula | reading ease = |
| --- | --- | --- |
| nl | Flesch-Douma (1960) | 206.835 - 0.93 x words/sentence - 77 x syllables/word |
| de | Amstad (1978) | 180 - words/sentence - 58.5 x syllables/word |
| fr | Kandel-Moles (1958) | 207 - 1.015 x words/sentence - 73.6 x syllables/word |
| en | Flesch (1948) | 206.835 - 1.015 x words/sentence - 84.6 x syllables/word |

Higher is easier; all four are on Flesch's scale of 0 to 100 (a very hard text falls below 0).
Syllables are counted from pyphen's hyphenation dictionaries, sentences by textstat. A process
loads a language's dictionary at its first score (a quarter of a second each); results are
cached per process, so Content status scores its ~750 seeded texts once (1.5 s), then reads
them from the cache (0.05 s).

Threads: textstat's module-level functions read one global language (`textstat.set_lang`). This
module never calls it: it keeps one `textstatistics` object per language, whose language is set
once, when the module is imported, and never changes, so requests in several threads cannot
score a Dutch text with the German formula.

English: textstat counts English syllables with the CMU pronouncing dictionary, which NLTK
downloads from the internet on first use: a request to a third party from the server, and
without network a LookupError (a 500 in the admin). The language name "en-GB" is not "en" to
textstat's look-up of that dictionary (it splits on "_"), so English syllables are counted by
pyphen's British English hyphenation like the other three languages, and the formula is
Flesch's (textstat's default constants). tests/core/test_readability.py checks both.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext_lazy as _
from textstat.textstat import textstatistics

from core.richtext import blocks

# The language's textstat name (see "English" above) and the name of its formula.
FORMULAS = {
    "nl": ("nl", "Flesch-Douma"),
    "de": ("de", "Amstad"),
    "en": ("en-GB", "Flesch"),
    "fr": ("fr", "Kandel-Moles"),
}

EASY = "easy"
FAIRLY_DIFFICULT = "fairly_difficult"
DIFFICULT = "difficult"
BAND_LABELS = {
    EASY: _("easy (B1 or below)"),
    FAIRLY_DIFFICULT: _("fairly difficult"),
    DIFFICULT: _("difficult"),
}

# The bands, from the formulas' own tables of scores (lowest score of "easy", of "fairly
# difficult"; below that "difficult"):
# - Flesch, "The Art of Readable Writing" (1949): 60-70 "standard" (plain English, 13 to 15
#   year olds), 50-60 "fairly difficult", 30-50 "difficult", 0-30 "very difficult". Amstad
#   (German) and Kandel & Moles (French) rescaled their formulas to Flesch's scale and use his
#   table.
# - Douma (1960) for Dutch: 60-70 "normaal", 45-60 "tamelijk moeilijk", 30-45 "moeilijk", 0-30
#   "zeer moeilijk" (his table as quoted in Tijdschrift voor Taalbeheersing, 1977:
#   https://dbnl.org/tekst/_taa014197701_01/_taa014197701_01_0089.php).
# "Easy (B1 or below)" is Flesch's "standard" and Douma's "normaal" and everything easier: the
# level of lower secondary school, the portal's aim. A formula measures only the length of
# sentences and words, not the CEFR level itself: it is a rule of thumb, not a test of B1.
BANDS = {"nl": (60, 45), "de": (60, 50), "en": (60, 50), "fr": (60, 50)}

LONG_SENTENCE_WORDS = 20  # a sentence of more words is pointed out (up to MAX_SENTENCES)
MAX_SENTENCES = 3
# A word is pointed out as long when it has LONG_WORD_SYLLABLES syllables or more, or more than
# LONG_WORD_LETTERS letters (Dutch and German compounds: "grensarbeidersregeling"), counted as
# the score counts them (pyphen). Gunning's "complex words" start at three syllables in English;
# four still pointed out everyday words in our languages ("Nederlandse", "information",
# "zogenoemde"), which teaches editors to ignore the list, so five. Words of letters only (no
# numbers), split at apostrophes ("l'administration" is "administration"); up to MAX_WORDS,
# most syllables first, each once. textstat has no lists of rare words for nl, de or fr, so
# length is the measure.
LONG_WORD_SYLLABLES = 5
LONG_WORD_LETTERS = 13
MAX_WORDS = 10

# Web and e-mail addresses are not words a reader reads: left out before anything is counted.
_ADDRESS = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_LETTERS_ONLY = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _statistics(name: str) -> textstatistics:
    statistics = textstatistics()
    statistics.set_lang(name)
    return statistics


# One object per language, its language set here once and never again (see "Threads" above).
_TEXTSTAT = {code: _statistics(name) for code, (name, _formula) in FORMULAS.items()}


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int


@dataclass(frozen=True)
class Readability:
    language: str
    score: float  # reading ease on Flesch's scale: higher is easier
    band: str  # EASY, FAIRLY_DIFFICULT or DIFFICULT
    words: int  # as the editor counts them: web and e-mail addresses left out
    sentences: int  # as the editor counts them: each paragraph, list item and heading ends one
    longest_sentences: tuple[Sentence, ...]  # over LONG_SENTENCE_WORDS words, longest first
    long_words: tuple[str, ...]  # the rule above, longest first

    @property
    def band_label(self) -> str:
        return BAND_LABELS[self.band]

    @property
    def formula(self) -> str:
        return FORMULAS[self.language][1]

    @property
    def rounded(self) -> int:
        return round(self.score)


def band(score: float, language: str) -> str:
    easy, fairly_difficult = BANDS[language]
    if score >= easy:
        return EASY
    if score >= fairly_difficult:
        return FAIRLY_DIFFICULT
    return DIFFICULT


def sentences(text: str) -> list[str]:
    """The text's sentences, in order: each paragraph, list item and heading ends one."""
    found = []
    for block in blocks(text):
        block = " ".join(_ADDRESS.sub("", block).split())
        found += [part for part in _SENTENCE_END.split(block) if _WORD.search(part)]
    return found


@lru_cache(maxsize=8192)
def analyze(text: str, language: str) -> Readability | None:
    """The readability of `text`, written in `language` (cached: texts repeat between the
    change form and Content status, and between page views)."""
    language = language.split("-")[0].split("_")[0]
    if language not in FORMULAS or not text:
        return None
    found = sentences(text)
    if not found:
        return None
    statistics = _TEXTSTAT[language]
    # Each sentence on a line of its own and closed with a full stop, so textstat's counting
    # (which ends sentences at . ! ?) ends them where we do: a list item is not run into the next.
    measured = "\n".join(s if s[-1] in ".!?…" else f"{s}." for s in found)
    score = statistics.flesch_reading_ease(measured)
    lengths = [Sentence(s, len(_WORD.findall(s))) for s in found]
    long_sentences = sorted(
        (s for s in lengths if s.words > LONG_SENTENCE_WORDS), key=lambda s: -s.words
    )[:MAX_SENTENCES]
    return Readability(
        language=language,
        score=score,
        band=band(score, language),
        words=sum(s.words for s in lengths),
        sentences=len(found),
        longest_sentences=tuple(long_sentences),
        long_words=_long_words(found, statistics),
    )


def _long_words(found: list[str], statistics: textstatistics) -> tuple[str, ...]:
    seen = {}
    for sentence in found:
        for word in _LETTERS_ONLY.findall(sentence):
            key = word.lower()
            if key in seen:
                continue
            letters = sum(1 for char in word if char.isalpha())
            syllables = statistics.syllable_count(word)
            if syllables >= LONG_WORD_SYLLABLES or letters > LONG_WORD_LETTERS:
                seen[key] = (syllables, letters, word)
    ranked = sorted(seen.values(), key=lambda entry: (-entry[0], -entry[1]))
    return tuple(word for _syllables, _letters, word in ranked[:MAX_WORDS])
