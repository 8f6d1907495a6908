"""Text analysis shared by the index and the query: words → search keys that ignore Russian inflection.

    >>> analyzer = Analyzer()                       # loads the dictionaries once (per process)
    >>> analyzer.keys("переговорах Сергея Лаврова")
    ['переговор', 'серг', 'лавр']

A word's key is the Snowball stem of its pymorphy3 lemma, with two endings Snowball leaves behind
folded away. Snowball alone splits names ("Лавров" → лавр, "Лаврова" → лавров; "Сергей" → серг,
"Сергея" → серге) and -ов nouns ("остров" → остр, "острова" → остров); the lemma alone splits on the
dictionary's guesses ("Песков" → песок, "Пескова" → песков). Stemming the lemma and then folding the
-ов/-ев ending and a stray final е/и keeps every form of a lexeme on one key far more often (measured
by bench/bench_search.py). Latin words take the English stemmer, numbers stay as written; ё is е.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pymorphy3
import Stemmer

from svodka.enrich.nlp import parse_safely

# Letters and digits; the combining stress mark and the soft hyphen may sit inside a word.
WORD = re.compile(r"(?:[^\W_]|[\u0301\u00ad])+")
INSIDE_WORD_MARKS = str.maketrans("", "", "\u0301\u00ad")
CYRILLIC = re.compile(r"[а-я]")
LATIN = re.compile(r"[a-z]")
VOWEL = re.compile(r"[аеиоуыэюяaeiouy]")
VOWELS = "аеиоуыэюя"
SURNAME_ENDINGS = ("ов", "ев", "ин", "ын")

# Function words a bare query term drops (they match nearly every article, so they cost time and
# rank nothing); inside a quoted phrase they stay. Written for this project from Russian grammar.
STOP_WORDS = frozenset(
    "а без бы в во вот да для до же за и из или к ко ли на над не ни но о об от по под при про "
    "с со то у что чтобы это как так его ее её их он она оно они мы вы я ты все всё уже ещё еще "
    "был была было были быть есть the a an of and or to in on for is".split()
)

KEY_CACHE_LIMIT = 300_000  # distinct word forms kept; a news vocabulary of a year fits


@dataclass(frozen=True)
class Token:
    """One word of a text: where it is and the key it is indexed and searched under."""

    start: int
    stop: int
    key: str


def normal_word(word: str) -> str:
    """The word lower-cased, ё as е, without stress marks or soft hyphens."""
    return word.translate(INSIDE_WORD_MARKS).lower().replace("ё", "е")


def fold_stem(stem: str) -> str:
    """The stem without the endings Snowball keeps on some forms only (-ов/-ев, a final е/и)."""
    if len(stem) > 4 and stem[-2:] in ("ов", "ев") and VOWEL.search(stem[:-2]):
        stem = stem[:-2]
    if len(stem) > 3 and stem[-1] in "еи" and stem[-2] not in VOWELS and VOWEL.search(stem[:-1]):
        stem = stem[:-1]
    return stem


class Analyzer:
    """Words → keys; built once (it loads the morphology dictionaries) and passed to index and search."""

    def __init__(self, morph: pymorphy3.MorphAnalyzer | None = None) -> None:
        self.morph = morph or pymorphy3.MorphAnalyzer()
        self.russian = Stemmer.Stemmer("russian")
        self.english = Stemmer.Stemmer("english")
        # Parsing a form costs ~0.2 ms; a text repeats its vocabulary, so keys are kept per form.
        self.cache: dict[str, str] = {}

    def key(self, word: str) -> str:
        """The search key of one word (any case, any inflection)."""
        # keyed by the word as written: most words recur in the same spelling, and this skips
        # normalising them again (the index build spends most of its time here)
        found = self.cache.get(word)
        if found is None:
            found = self.key_of_normal(normal_word(word))
            if len(self.cache) >= KEY_CACHE_LIMIT:
                self.cache.clear()
            self.cache[word] = found
        return found

    def key_of_normal(self, norm: str) -> str:
        if CYRILLIC.search(norm):
            lemma = self.lemma(norm).replace("ё", "е")
            return fold_stem(self.russian.stemWord(lemma))
        if LATIN.search(norm):
            return str(self.english.stemWord(norm))
        return norm

    def lemma(self, norm: str) -> str:
        """The likeliest lemma, except that a surname wins over a genitive plural ("Песков" is
        Песков, not the sand's "песков"): in news the name is far the commoner reading."""
        parses = parse_safely(self.morph.parse, norm)
        first = parses[0]
        if norm.endswith(SURNAME_ENDINGS) and {"gent", "plur"} <= first.tag.grammemes:
            surname = next((p for p in parses if "Surn" in p.tag.grammemes), None)
            if surname is not None:
                return str(surname.normal_form)
        return str(first.normal_form)

    def prefix_key(self, prefix: str) -> str:
        """What a typed prefix ("переговор*") matches keys by: its stem when that is shorter.

        A prefix is not a word, so it is not lemmatised; stemming only ever shortens it, which keeps
        every key the whole word would have had ("переговоры*" → переговор)."""
        norm = normal_word(prefix)
        stem = self.russian.stemWord(norm) if CYRILLIC.search(norm) else self.english.stemWord(norm)
        return fold_stem(stem) if norm.startswith(stem) else norm

    def tokens(self, text: str) -> Iterator[Token]:
        """The words of `text` with their offsets and keys."""
        for match in WORD.finditer(text):
            yield Token(match.start(), match.end(), self.key(match.group()))

    def keys(self, text: str) -> list[str]:
        """The keys of the words of `text`, in order."""
        cache, key = self.cache, self.key
        return [cache.get(word) or key(word) for word in WORD.findall(text)]

    def indexed_text(self, text: str) -> str:
        """`text` as the full-text index stores it: its keys joined by spaces."""
        return " ".join(self.keys(text))


def is_stop_word(word: str) -> bool:
    return normal_word(word) in STOP_WORDS
