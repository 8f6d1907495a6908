"""The zone an outlet prints its unzoned times in, from what the page tells about the outlet.

Signals, most trusted first: the country of its own host (`.ua` → Kiev); a zone the page labels its
clock with ("10.04.2013 10:29 (Мск)"); the outlet's name (the title's tail, `og:site_name`, the
copyright line) naming a place ("Новости Бурятии и Улан-Удэ") together with its contact phone
numbers, whose area codes `phonenumbers` maps to tz zones ((4162) → Blagoveshchensk, Asia/Yakutsk);
the hosts it links to; its language; the places its menus and feeds speak of. With none of them,
Moscow (assumed). A time without a zone, and a reference time without one, are then Moscow's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import timezone as phone_zones

from svodka.extract.blocks import Block
from svodka.extract.dates import MOSCOW, find_times
from svodka.extract.meta import PageMeta

# Outlet's country by host ending → the zone its unzoned times are printed in.
HOST_ZONES = {
    ".ua": "Europe/Kiev", ".by": "Europe/Minsk", ".kz": "Asia/Almaty", ".az": "Asia/Baku",
    ".uz": "Asia/Tashkent", ".kg": "Asia/Bishkek", ".md": "Europe/Chisinau", ".ge": "Asia/Tbilisi",
    ".am": "Asia/Yerevan", ".lv": "Europe/Riga", ".lt": "Europe/Vilnius", ".ee": "Europe/Tallinn",
    ".il": "Asia/Jerusalem", ".tj": "Asia/Dushanbe",
}
RUSSIAN_HOSTS = (".ru", ".рф", ".su", ".xn--p1ai")
HOST_COUNTRY_CODES = {".ru": 7, ".su": 7, ".рф": 7, ".xn--p1ai": 7, ".ua": 380, ".by": 375, ".kz": 7}

# Places an outlet names itself after, as word stems, → their zone. Written by hand: no library maps
# Russian place names (in all their cases and adjectives) to tz zones. Only regions whose clock differs
# from Moscow's, or did at some time, and the countries of the Russian-language press; Moscow itself and
# Russia count against a place in the menus (a federal outlet names every region).
RUSSIAN_PLACES = {
    "Europe/Kaliningrad": "калининград",
    "Europe/Samara": "самар|ижевск|удмурт",
    "Europe/Saratov": "саратов",
    "Europe/Volgograd": "волгоград",
    "Europe/Astrakhan": "астрахан",
    "Europe/Ulyanovsk": "ульяновск",
    "Asia/Yekaterinburg": r"екатеринбург|свердловск|челябинск|перм(?:ь|и|ск)|уф(?:а|е|ы|ой|имск)\b|башкир|тюмен|курган|оренбург|ханты-мансийск|югр[аы]|ямал",
    "Asia/Omsk": "омск",
    "Asia/Novosibirsk": "новосибирск",
    "Asia/Barnaul": r"барнаул|алтайск",
    "Asia/Tomsk": "томск",
    "Asia/Novokuznetsk": r"кемеров|кузбас|новокузнецк",
    "Asia/Krasnoyarsk": r"красноярск|хакас|абакан|тыв[аы]\b",
    "Asia/Irkutsk": r"иркутск|бурят|улан-удэ|байкал",
    "Asia/Chita": r"чит(?:а|е|ы|инск)\b|забайкал",
    "Asia/Yakutsk": r"якут|благовещенск|амур|приамур",
    "Asia/Vladivostok": r"владивосток|примор|хабаровск|приморь",
    "Asia/Magadan": "магадан|колым",
    "Asia/Sakhalin": "сахалин|южно-сахалинск",
    "Asia/Kamchatka": "камчат|петропавловск-камчатск",
    "Europe/Moscow": r"москв|московск|росси|петербург",
}
FOREIGN_PLACES = {
    "Europe/Kiev": r"украин|киев|харьков|одесс|днепропетровск|львов|донецк|луганск|запорож|крым",
    "Europe/Minsk": r"беларус|белорус|минск",
    "Europe/Chisinau": r"молдав|молдов|кишин[её]в|приднестров|тирасп",
    "Asia/Almaty": r"казахстан|алматы|алма-ат|астан[аеы]\b",
    "Asia/Bishkek": r"киргиз|кыргыз|бишкек",
    "Asia/Tashkent": r"узбекистан|ташкент",
    "Asia/Baku": r"азербайджан|баку\b",
    "Asia/Tbilisi": r"грузи[яий]|тбилис",
    "Asia/Yerevan": r"армени|ереван",
    "Asia/Jerusalem": r"израил|тель-авив|иерусалим",
    "Europe/Riga": r"латви|рига|риж",
    "Europe/Tallinn": r"эстони|таллин",
    "Europe/Vilnius": r"литв|вильнюс",
}
PLACES = {**RUSSIAN_PLACES, **FOREIGN_PLACES}
# all places in one pass; the group that matched names the zone
_ANY_PLACE = re.compile(
    "(?<![а-яё])(?:" + "|".join(f"(?P<z{i}>{stems})" for i, stems in enumerate(PLACES.values())) + ")", re.I
)
_PLACE_GROUPS = {f"z{i}": zone for i, zone in enumerate(PLACES)}
# A menu or feed that names one place again and again, and Russia and Moscow at most half as often
PLACE_MIN = 5
PLACE_OVER_NEXT = 2.0
# A phone number is the outlet's when a contact label stands just before it: "Тел.:", "Редакция:"
_CONTACT = re.compile(r"(?<![а-яёa-z])(?:тел|факс|phone|tel|fax|редакци|контакт|reception)[\w.]*", re.I)
# what may stand between the label and the number: ": ", "/факс: ", " редакции: "
_FILLER = re.compile(r"[^\d+()\n]{0,25}")
PHONE_AFTER_LABEL = 60
_MOSCOW_NUMBER = re.compile(r"\((?:495|499)\)\s?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)")
# A zone label ("(Мск)") and the stamp before it: how far back the stamp may start
STAMP_BEFORE_ZONE = 40
STAMP_AFTER_ZONE = 25
ZONE_WORDS = ("мск", "msk", "московскому времени", "киевскому времени", "gmt", "utc")
MAX_ZONE_WORDS = 50
# "(718) 266-4444": grouped 3-3-4 after the area code, as North America writes; a Russian number is 3-3-2-2
_NANP = re.compile(r"\(\d{3}\)\s?\d{3}[\s.-]?\d{4}")


class OutletZone(NamedTuple):
    """The zone an outlet prints unzoned times in, and whether it was assumed for want of a clue."""

    zone: tzinfo
    assumed: bool


@dataclass(frozen=True, slots=True)
class OutletSignals:
    """What a page tells about the outlet that made it."""

    host: str | None = None
    text: str = ""  # the whole page's text: contact lines, language
    link_hosts: Sequence[str] = ()
    names: Sequence[str] = ()  # the outlet's name as it prints it: title tail, site name, © line
    furniture: str = ""  # the page's text outside the article: menus, feeds, footer


# What separates a title's parts: "Headline | Outlet", "Headline » Outlet", "Outlet :: Headline"
_TITLE_PARTS = re.compile(r"\s+(?:[|/»«:—–-]{1,2})\s+")
COPYRIGHT_CHARS = 80


def outlet_signals(
    blocks: list[Block], body: list[Block], meta: PageMeta, host: str | None, link_hosts: Sequence[str]
) -> OutletSignals:
    """The outlet signals of an HTML page: its name from the title's tail, its site name and the last
    copyright line; its furniture, the text of all blocks outside the story."""
    names = [*title_tail(meta.page_title or ""), *meta.site_names]
    copyright_lines = [b.text for b in blocks if "©" in b.text]
    if copyright_lines:
        line = copyright_lines[-1]
        names.append(line[line.index("©"):][:COPYRIGHT_CHARS])
    in_body = {id(b) for b in body}
    furniture = "\n".join([b.text for b in blocks if id(b) not in in_body] + names)
    text = "\n".join([b.text for b in blocks] + meta.image_texts)
    return OutletSignals(host, text, link_hosts, names, furniture)


def title_tail(title: str) -> list[str]:
    """The parts of a title besides the headline (its longest part): the outlet's name and section."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    if len(parts) < 2:
        return []
    longest = max(parts, key=len)
    return [p for p in parts if p is not longest]


def host_zone(host: str | None) -> OutletZone:
    if host:
        for ending, name in HOST_ZONES.items():
            if host.endswith(ending) or f"{ending}." in host:
                return OutletZone(ZoneInfo(name), False)
    return OutletZone(MOSCOW, True)


# Letters of Ukrainian that Russian lacks: a Russian-language outlet from Ukraine prints some in its
# menus, addresses and names even when its host ends in .com.
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
UKRAINIAN_LETTERS_MIN = 3

# Links a page makes to hosts of one country: an outlet links mostly to itself and its neighbours, so a
# page whose links point to .ua hosts far more than to .ru ones is printed on Kiev's clock even when its
# own host (.net, .com, .info) does not tell. Thresholds: a handful of links is a partner widget, not a country.
LINK_COUNTRY_MIN = 8
LINK_COUNTRY_OVER_RU = 1.2


def outlet_zone(signals: OutletSignals) -> OutletZone:
    """The outlet's zone: by its country's host; else the one its page states by a clock ("10.04.2013
    10:29 (Мск)"); else by its name and contact phones when they agree; else (hosts that name no
    country) by the hosts it links to, its language, the places its menus name; else Moscow (assumed).

    The host's country goes first: a "(МСК)" stamp in a Ukrainian page's furniture is a partner's feed.
    """
    host = signals.host or ""
    by_host = host_zone(host)
    if not by_host.assumed:
        return by_host
    stated = stated_zone(signals.furniture)
    if stated is not None:
        return OutletZone(stated, False)
    russian_host = host.endswith(RUSSIAN_HOSTS)
    phones = phone_zones_of(signals.text, country_code(host))
    if _MOSCOW_NUMBER.search(signals.text):
        phones.append(MOSCOW)  # a Moscow office's number, labelled or not: a network's regional edition
    own = own_zone(name_zones(signals.names), phones, russian_host)
    if own is not None:
        return OutletZone(own, False)
    if russian_host:
        return by_host  # a Russian host is in Russia whatever it links to; its zone stays assumed
    for guess in (links_zone(signals.link_hosts), language_zone(signals.text), places_zone(signals.furniture)):
        if guess is not None:
            return guess
    return by_host


def stated_zone(text: str) -> tzinfo | None:
    """The zone the page labels its own clock or stamps with, when all such labels agree."""
    offsets = set()
    for at in zone_words_at(text):
        window = text[max(0, at - STAMP_BEFORE_ZONE): at + STAMP_AFTER_ZONE]
        offsets |= {f.offset for f in find_times(window) if f.clock is not None and f.offset is not None}
    return offsets.pop() if len(offsets) == 1 else None


def zone_words_at(text: str) -> list[int]:
    """Where the page prints a zone's name. Plain substring search: a page is long, and a regular
    expression of alternatives is a hundred times slower over it."""
    lowered = text.lower()
    found: list[int] = []
    for word in ZONE_WORDS:
        at = lowered.find(word)
        while at >= 0 and len(found) < MAX_ZONE_WORDS:
            found.append(at)
            at = lowered.find(word, at + 1)
    return found


def own_zone(by_name: list[ZoneInfo], by_phone: list[ZoneInfo], russian_host: bool) -> ZoneInfo | None:
    """The zone the outlet's name and contact phones agree on, away from Moscow's.

    A Russian regional outlet often prints Moscow time (a federal network's server, a Moscow desk), so
    a region of Russia needs both its name and its phones; an outlet abroad needs one of them, and a
    Russian host is never abroad (a London phone is a holding company's).
    """
    agreed = agreed_zone([*by_name, *by_phone])
    if agreed is None or same_clock(agreed, MOSCOW):
        return None
    if agreed.key in RUSSIAN_PLACES or any(same_clock(agreed, ZoneInfo(z)) for z in RUSSIAN_PLACES):
        return agreed if by_name and by_phone else None
    return None if russian_host else agreed


def agreed_zone(zones: list[ZoneInfo]) -> ZoneInfo | None:
    """The zone all signals point to, the first (a name's, whose table is finer than the phone
    plan's) standing for them; none when they disagree (a regional edition with a Moscow head office's
    phone keeps the assumed zone)."""
    if not zones or not all(same_clock(zones[0], z) for z in zones[1:]):
        return None
    return zones[0]


# Instants at which two zones must show the same clock to count as one: winters and summers of the
# years Russia and its neighbours moved their clocks (2011, 2014, 2016), and of today's rules.
CLOCK_PROBES = tuple(
    datetime(year, month, 15, 12, tzinfo=UTC) for year in (2005, 2012, 2015, 2018, 2024) for month in (1, 7)
)


def same_clock(a: tzinfo, b: tzinfo) -> bool:
    """Two zones that keep the same time: Europe/Kiev and Europe/Kyiv, or the phone plan's coarser
    zone for a region and the region's own."""
    return all(probe.astimezone(a).utcoffset() == probe.astimezone(b).utcoffset() for probe in CLOCK_PROBES)


def name_zones(names: Iterable[str]) -> list[ZoneInfo]:
    """Zones of the places the outlet's name speaks of: "Новости Бурятии" → Asia/Irkutsk."""
    out = []
    for name in names:
        found = {_PLACE_GROUPS[m.lastgroup or ""] for m in _ANY_PLACE.finditer(name)}
        if len(found) == 1:
            out.append(ZoneInfo(found.pop()))
    return out


def phone_zones_of(text: str, country: int | None) -> list[ZoneInfo]:
    """Zones of the contact phone numbers on the page (labelled "Тел.:", "Редакция:"), one per number;
    mobile numbers and numbers of another country than the host's are no place."""
    out = []
    seen: set[int] = set()
    for label in _CONTACT.finditer(text):
        window = text[label.end(): label.end() + PHONE_AFTER_LABEL]
        for match in phonenumbers.PhoneNumberMatcher(window, "RU"):
            at = label.end() + match.start
            if at not in seen and _FILLER.fullmatch(window[: match.start]):
                seen.add(at)  # "Телефон редакции: …": two labels, one number
                out.extend(_number_zone(match.raw_string, match.number, country))
    return out


def _number_zone(raw: str, number: phonenumbers.PhoneNumber, country: int | None) -> list[ZoneInfo]:
    if _NANP.fullmatch(raw.strip()):
        number = phonenumbers.parse(raw, "US")
    if country is not None and number.country_code != country:
        return []
    zones = phone_zones.time_zones_for_number(number)
    if len(zones) == 1 and "/" in zones[0] and "Unknown" not in zones[0]:
        return [ZoneInfo(zones[0])]
    return []


def country_code(host: str) -> int | None:
    return next((code for ending, code in HOST_COUNTRY_CODES.items() if host.endswith(ending)), None)


def links_zone(link_hosts: Sequence[str]) -> OutletZone | None:
    """The country most of the page's links point to, when it clearly outweighs Russia's."""
    counts: dict[str, int] = {}
    for link in link_hosts:
        ending = next((e for e in (*HOST_ZONES, ".ru", ".рф") if link.endswith(e) or f"{e}." in link), None)
        if ending is not None:
            counts[ending] = counts.get(ending, 0) + 1
    russian = counts.pop(".ru", 0) + counts.pop(".рф", 0)
    if not counts:
        return None
    ending, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= LINK_COUNTRY_MIN and n > LINK_COUNTRY_OVER_RU * russian:
        return OutletZone(ZoneInfo(HOST_ZONES[ending]), False)
    return None


def language_zone(text: str) -> OutletZone | None:
    if len(_UKRAINIAN.findall(text)) >= UKRAINIAN_LETTERS_MIN:
        return OutletZone(ZoneInfo("Europe/Kiev"), False)
    return None


def places_zone(furniture: str) -> OutletZone | None:
    """The country the page's menus and feeds name far more than any other, Russia's places all counted
    together: an Israeli portal's "Знакомства в Израиле", "Билетная касса Израиля". A region of Russia
    is never taken from this alone: a federal outlet's menus name every region."""
    named = Counter(_PLACE_GROUPS[m.lastgroup or ""] for m in _ANY_PLACE.finditer(furniture))
    russia = sum(named.pop(zone, 0) for zone in RUSSIAN_PLACES)
    ranked = named.most_common(2)
    if not ranked:
        return None
    (zone, n), runner_up = ranked[0], max(ranked[1][1] if len(ranked) > 1 else 0, russia)
    if n >= PLACE_MIN and n >= PLACE_OVER_NEXT * runner_up:
        return OutletZone(ZoneInfo(zone), False)
    return None


def reference_in(moment: datetime | None, zone: tzinfo) -> datetime | None:
    """A crawl time on the outlet's clock, so that its "Сегодня в 10:31" is read on its own day. A time
    given without a zone is Moscow's, like any unzoned time here."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=MOSCOW)
    return moment.astimezone(zone)
