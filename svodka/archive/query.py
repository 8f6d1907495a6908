"""Search queries: the user's syntax parsed here, then written out as an FTS5 expression over keys.

    путин переговоры                  both words (any inflection)
    "гарантиям безопасности"          the words next to each other, in this order
    Лавров OR Захарова, Лавров ИЛИ Захарова
    санкции NOT нефть, санкции -нефть, санкции НЕ нефть
    (Москва OR Киев) AND переговор*   grouping; a trailing * matches every word the prefix begins

Operators are upper-case words (AND/OR/NOT, И/ИЛИ/НЕ); lower-case "и", "или", "не" are ordinary
words. The FTS5 expression is built by this module alone, every key quoted, so no user text reaches
FTS5's own parser: a malformed query is a `QueryError` with one clear sentence, never an SQL error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from svodka.archive.analysis import WORD, Analyzer, is_stop_word
from svodka.errors import SvodkaError

OPERATORS = {"AND": "AND", "И": "AND", "OR": "OR", "ИЛИ": "OR", "NOT": "NOT", "НЕ": "NOT"}
LEXEME = re.compile(r'\s*(?:(?P<paren>[()])|"(?P<phrase>[^"]*)(?P<closed>"?)(?P<pstar>\*?)|(?P<word>[^\s()"]+))')
MIN_PREFIX = 3  # shorter prefixes expand to thousands of keys and scan most of the index


class QueryError(SvodkaError):
    """The query cannot be read; the message says where and why."""


@dataclass(frozen=True)
class Term:
    word: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: str
    prefix: bool = False


@dataclass(frozen=True)
class And:
    parts: tuple[Node, ...]
    excluded: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Or:
    parts: tuple[Node, ...]


Node = Term | Phrase | And | Or


@dataclass(frozen=True)
class Lexeme:
    kind: str  # "(", ")", "op", "word", "phrase", "-"
    text: str
    prefix: bool = False


def lexemes(query: str) -> list[Lexeme]:
    """The query cut into parentheses, operators, words and quoted phrases."""
    found: list[Lexeme] = []
    for match in LEXEME.finditer(query):
        if match.group("paren"):
            found.append(Lexeme(match.group("paren"), match.group("paren")))
        elif match.group("phrase") is not None:
            if not match.group("closed"):
                raise QueryError(f'unclosed quote in {query!r}: close the phrase with "')
            found.append(Lexeme("phrase", match.group("phrase"), bool(match.group("pstar"))))
        elif match.group("word"):
            found.extend(word_lexemes(match.group("word")))
    return found


def word_lexemes(word: str) -> list[Lexeme]:
    if word in OPERATORS:
        return [Lexeme("op", OPERATORS[word])]
    if word.startswith("-") and len(word) > 1:
        return [Lexeme("-", "-"), *word_lexemes(word.lstrip("-"))]
    return [Lexeme("word", word.rstrip("*"), word.endswith("*"))]


class Parser:
    """Recursive descent: OR binds loosest, then AND (also implied between terms), then NOT."""

    def __init__(self, query: str) -> None:
        self.query = query
        self.items = lexemes(query)
        self.at = 0
        self.depth = 0  # open parentheses around the current position

    def parse(self) -> Node:
        if not self.items:
            raise QueryError("the query is empty")
        node = self.disjunction()
        if self.at < len(self.items):  # only a ')' stops the top level early
            raise QueryError(f"unbalanced parenthesis in {self.query!r}: a ')' was never opened")
        return node

    def peek(self) -> Lexeme | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def take(self) -> Lexeme:
        item = self.items[self.at]
        self.at += 1
        return item

    def disjunction(self) -> Node:
        parts = [self.conjunction()]
        while (item := self.peek()) is not None and item.kind == "op" and item.text == "OR":
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def conjunction(self) -> Node:
        parts: list[Node] = []
        excluded: list[Node] = []
        while (item := self.peek()) is not None and not (item.kind == ")" or item.text == "OR"):
            if item.kind == "op" and item.text == "AND":
                self.take()
                if not parts and not excluded:
                    raise QueryError(f"AND needs a term before it in {self.query!r}")
                continue
            if item.text == "NOT" or item.kind == "-":
                self.take()
                excluded.append(self.operand(after=item.text))
            else:
                parts.append(self.operand())
        if not parts:
            item = self.peek()
            if not excluded and item is not None and item.kind == ")":
                raise QueryError(f"empty parentheses in {self.query!r}" if self.depth
                                 else f"unbalanced parenthesis in {self.query!r}: a ')' was never opened")
            if excluded:
                raise QueryError(f"{self.query!r} only excludes: say what to find, e.g. 'санкции NOT нефть'")
            raise QueryError(f"an operator has nothing on one side in {self.query!r}")
        if len(parts) == 1 and not excluded:
            return parts[0]
        return And(tuple(parts), tuple(excluded))

    def operand(self, after: str = "") -> Node:
        item = self.peek()
        if item is None or item.kind in (")", "op", "-"):
            what = f"{after} needs" if after else "expected"
            found = "the end" if item is None else repr(item.text)
            raise QueryError(f"{what} a word, phrase or group but found {found} in {self.query!r}")
        self.take()
        if item.kind == "(":
            self.depth += 1
            node = self.disjunction()
            self.depth -= 1
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise QueryError(f"unbalanced parenthesis in {self.query!r}: a '(' is never closed")
            self.take()
            return node
        if item.kind == "phrase":
            return Phrase(item.text, item.prefix)
        return Term(item.text, item.prefix)


def parse(query: str) -> Node:
    """The query's tree; `QueryError` when it cannot be read."""
    return Parser(query).parse()


def quoted(keys: list[str], prefix: bool = False) -> str:
    """An FTS5 string: keys are letters and digits only, so quoting them needs no escaping."""
    return '"' + " ".join(keys) + '"' + (" *" if prefix else "")


class Compiler:
    """A query tree → an FTS5 MATCH expression over the analysed (key) columns."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer

    def expression(self, node: Node) -> str:
        match node:
            case Term():
                return self.term(node)
            case Phrase():
                return self.phrase(node)
            case Or():
                return "(" + " OR ".join(self.expression(part) for part in node.parts) + ")"
            case And():
                return self.conjunction(node)
        raise TypeError(node)

    def term(self, term: Term) -> str:
        return self.words(term.word, term.prefix, f"{term.word!r} has no letters or digits to search for")

    def phrase(self, phrase: Phrase) -> str:
        return self.words(phrase.words, phrase.prefix, f'the phrase "{phrase.words}" has no words')

    def words(self, text: str, prefix: bool, empty: str) -> str:
        """One FTS5 phrase for the words of `text` (a single word is a phrase of one key)."""
        words = WORD.findall(text)
        if not words:
            raise QueryError(empty)
        keys = [self.analyzer.key(word) for word in words]
        if prefix:
            if len(words[-1]) < MIN_PREFIX:
                raise QueryError(f"prefix {words[-1] + '*'!r} is too short: give at least {MIN_PREFIX} letters")
            keys[-1] = self.analyzer.prefix_key(words[-1])
        return quoted(keys, prefix)

    def conjunction(self, node: And) -> str:
        parts = [part for part in node.parts if not is_bare_stop_word(part)] or list(node.parts)
        text = " AND ".join(self.expression(part) for part in parts)
        if node.excluded:
            text = f"({text}) NOT (" + " OR ".join(self.expression(part) for part in node.excluded) + ")"
        return "(" + text + ")"


def is_bare_stop_word(node: Node) -> bool:
    return isinstance(node, Term) and not node.prefix and is_stop_word(node.word)


def query_words(node: Node) -> list[str]:
    """The words a query looks for (not those it excludes), for highlighting."""
    match node:
        case Term():
            return [node.word + ("*" if node.prefix else "")]
        case Phrase():
            words = node.words.split()
            return [*words[:-1], words[-1] + "*"] if node.prefix and words else words
        case Or():
            return [word for part in node.parts for word in query_words(part)]
        case And():
            return [word for part in node.parts for word in query_words(part)]
    raise TypeError(node)
