"""Clauses before an attribution that are no statement of the speaker's: an indirect question
("Влияет ли аллергия на риск, рассказали …"), or words that hold a report of their own ("…, заявили
учёные из …, передает NUR.KZ"); and a clause of the writer's joined to an attributed one ("…, и, как
сообщает Marca, …")."""

from __future__ import annotations

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_lexicon import CALL_LEMMAS
from svodka.enrich.quotes_text import Reader

# "как" that asks nothing: "Как и прежде, …", "Как только …", "как можно скорее", "Как правило, …"
NOT_HOW = frozenset("и только можно всегда обычно правило известно".split())


def opens_question(words: list[Token]) -> bool:
    """Whether the words open an indirect question, a topic rather than a statement: "Влияет ли …",
    "Почему …", "где …", "как выглядели …", "Как у человека проявляется инфекция" (not "Как и прежде,
    …", "Как только …", "как можно скорее")."""
    if len(words) < 2:
        return False
    first, second = words[0].text.lower(), words[1].text.lower()
    return second == "ли" or first in ("почему", "зачем", "сколько", "где") or (first == "как" and second not in NOT_HOW)


def reports_itself(reader: Reader, first: int, stop: int) -> bool:
    """Whether words[first:stop] hold their own report: a cue with its "что" or colon, or a finite cue
    right after a comma ("…, заявили учёные из …"); an infinitive ("Нет оснований полагать, что …")
    reports nobody."""
    words = reader.words
    for k in range(first, stop):
        pos = reader.parse(words[k].text.lower())[0].tag.POS if reader.cue_lemma(words[k].text) else "INFN"
        if pos == "INFN":
            continue
        if any(t.text.lower() in ("что", ":") for t in words[k + 1:min(k + 4, stop)]):
            return True
        if reader.cue_lemma(words[k].text) in CALL_LEMMAS and k + 1 < stop and \
                reader.parse(words[k + 1].text.lower())[0].tag.POS == "INFN":
            return True  # "Палата предлагает снизить ставку …, пишет Прайм": a proposal of its own
        if k > first and words[k - 1].text == "," and pos == "VERB":
            return True
    return False


def joins_clauses(reader: Reader, kak: Token) -> bool:
    """Whether "как сообщил Х" stands right after a conjunction that joins two clauses (", и, как …")."""
    k = reader.word_index(kak.start)
    words = reader.words
    return k >= 3 and words[k - 1].text == "," and words[k - 2].text.lower() in ("и", "а", "но", "однако") \
        and words[k - 3].text == ","
