"""Author lines: "Текст: Ирина Демченко, Олег Савин", "Дмитрий Рябов, специально для «…»", a bare name
under the story. They name the authors and are not part of the body.

Written by hand: the extraction libraries (trafilatura, newspaper4k) read authors from markup and
English "By …" lines only; Russian pages print bylines as plain lines with these cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from svodka.extract.blocks import Block, clean_space

# a personal name as printed: "Ольга Миронова", "Анна-Мария Петрова", "И. Петров", "Петров И.А."
_WORD = r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?"
_INITIALS = r"[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.\s?)?"
NAME = re.compile(rf"(?:{_WORD}\s+){{1,2}}{_WORD}|{_INITIALS}{_WORD}|{_WORD}\s+{_INITIALS}")
_CUE = re.compile(r"^\W*(?:автор[ыа]?|текст(?:\s+и\s+фото)?|корреспондент|by)\s*[:\-–—]?\s*", re.I)
# capitalised pairs that end a story and are no one's name ("Новости Москвы", "Читайте Также")
_NOT_NAMES = re.compile(r"^(?:новост|читайт|фото|видео|тег|коммент|поделит|источник|подробн|все|наш|главн)", re.I)
# "Дмитрий Рябов, специально для «Спорта Прикамья»": a name, then the author's role
_ROLE = re.compile(
    r",\s*(?:специально\s+для|собственн\w+\s+корреспондент|спец\.?\s*корр?\w*|корреспондент|обозреватель|"
    r"редактор|журналист|фото|для\s+)", re.I
)
_SEPARATORS = re.compile(r"\s*(?:,|;|\bи\b|&)\s*")
BARE_NAME_MAX_WORDS = 3
# credits of pictures sit in the same byline-like boxes and are not authors of the story
_PHOTO_CREDIT = re.compile(r"^\W*(?:фото|photo|иллюстрац|изображени|видео|источник)", re.I)


def byline_names(text: str, bare: bool = False) -> list[str]:
    """The names a byline line gives, or [] when the line is not a byline. `bare`: a line that is only
    a name counts (true for the line right under a story, not for any line of the page)."""
    text = clean_space(text)
    if not text or _PHOTO_CREDIT.match(text):
        return []
    cued = _CUE.match(text)
    if cued:
        names = [clean_space(n) for n in _SEPARATORS.split(text[cued.end():].rstrip(" .")) if n.strip()]
        return names if names and all(NAME.fullmatch(n) for n in names) else []
    role = _ROLE.search(text)
    if role and NAME.fullmatch(text[: role.start()].strip()):
        return [text[: role.start()].strip()]
    if (bare and len(text.split()) <= BARE_NAME_MAX_WORDS and NAME.fullmatch(text.rstrip(" ."))
            and not _NOT_NAMES.match(text)):
        return [text.rstrip(" .")]
    return []


@dataclass
class BodyBylines:
    """The body without its byline lines, and the names those lines gave."""

    body: list[Block]
    names: list[str]


def split_bylines(body: list[Block], after: Block | None = None) -> BodyBylines:
    """Byline lines at the top (first line) or bottom (last two lines) of a body taken out of it, and
    the name on the line just `after` the body (too short to have been taken into it); names in page order."""
    kept = list(body)
    top: list[str] = byline_names(kept[0].text) if len(kept) > 1 else []
    if top:
        kept = kept[1:]
    bottom: list[str] = []
    for _ in range(2):
        found = byline_names(kept[-1].text, bare=True) if len(kept) > 1 else []
        if not found:
            break
        bottom = found + bottom
        kept = kept[:-1]
    below = byline_names(after.text, bare=True) if after is not None else []
    names: list[str] = []
    for name in top + bottom + below:
        if name not in names:
            names.append(name)
    return BodyBylines(kept, names)


def is_photo_credit(text: str) -> bool:
    return bool(_PHOTO_CREDIT.match(text))
