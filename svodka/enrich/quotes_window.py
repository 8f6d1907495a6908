"""Where the phrase naming a speaker after a cue ends: at a full stop, a bracket, a dash, a comma before a
clause, or past a name in apposition ("Как заявил секретарь генсовета ЕР, вице-спикер Госдумы Сергей
Неверов, …")."""

from __future__ import annotations

import re

from svodka.enrich.entity_lexicon import ROLES
from svodka.enrich.quotes_lexicon import NP_BREAKS
from svodka.enrich.quotes_text import Reader, glued_stop_at

STOP_CHARS = ".;!?(:"
ABBREVIATION = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё&.-]*[A-ZА-ЯЁ]")
NAMED_AFTER = re.compile(r"(?<![\w.])им\.$")  # "им." of a body named after someone, no full stop


def window_end(reader: Reader, start: int, limit: int) -> int:
    """Where the noun phrase naming a speaker after `start` ends: at a full stop, a bracket, a
    dash, or a comma followed by a clause ("…, который", "…, подчеркнув")."""
    text = reader.text
    i = start
    while i < limit:
        ch = text[i]
        if ch in STOP_CHARS or ch == "\n":
            # "В.Писарь", "Х.Мубарака" go on; "сообщает Mundo Deportivo.Ранее …" does not
            if ch == "." and i + 1 < limit and text[i + 1].isalpha() and not glued_stop_at(text, i):
                i += 1
                continue
            if ch == "." and NAMED_AFTER.search(text, max(0, i - 4), i + 1):  # "Центра … им. Бехтерева Анна Васильева"
                i += 1
                continue
            close = text.find(")", i, min(limit, i + 20)) if ch == "(" else -1
            if close > 0 and ABBREVIATION.fullmatch(text, i + 1, close):
                i = close + 1  # "главы института (NIAID) Энтони Фаучи": an abbreviation in brackets
                continue
            return i
        if ch in "—–" or (ch == "-" and text[i - 1:i + 2] == " - "):
            return i
        if ch == "," and clause_follows(reader, text[i + 1:limit]):
            return i
        i += 1
    return limit


def clause_follows(reader: Reader, rest: str) -> bool:
    first = rest.lstrip().split(" ", 1)[0].strip(",.").lower()
    return first in NP_BREAKS or (first.endswith(("в", "вшись", "я", "ясь")) and reader.parse(first)[0].tag.POS == "GRND")


def apposition_end(reader: Reader, comma: int, stop: int) -> int:
    """The comma that ends a speaker's phrase: the next one when a second title and the name stand in
    apposition between them ("Как заявил секретарь генсовета ЕР, вице-спикер Госдумы Сергей Неверов, …")."""
    second = reader.text.find(",", comma + 1, stop)
    if second < 0:
        return comma
    words = reader.words_between(comma + 1, second)
    named = [e for e in reader.entities_between(comma + 1, second) if e.type == "PER"]
    if not named or named[-1].stop != words[-1].stop or len(words) > APPOSITION_WORDS or any(
            reader.parse(t.text.lower())[0].tag.POS in ("VERB", "INFN", "CONJ") for t in words):
        return comma
    return second


APPOSITION_WORDS = 7  # a title and a name: "вице-спикер Госдумы Сергей Неверов"


def role_apposition_end(reader: Reader, comma: int, stop: int) -> int:
    """The comma that ends a role in apposition after a name: "Как подтвердил Джеймс О'Доннелл,
    профессор, возглавляющий Ирландский центр сосудистой биологии, у пациентов …" (a role noun, then
    any participle's phrase, with no finite verb, up to ten words each); `comma` itself when none
    stands there."""
    end = comma
    while True:
        second = reader.text.find(",", end + 1, stop)
        words = reader.words_between(end + 1, second) if second > 0 else []
        first = reader.parse(words[0].text.lower())[0] if words else None
        if first is None or len(words) > 10 or not (
                (end == comma and first.normal_form in ROLES) or (end > comma and first.tag.POS == "PRTF")) or any(
                reader.parse(t.text.lower())[0].tag.POS in ("VERB", "CONJ") for t in words):
            return end
        end = second
