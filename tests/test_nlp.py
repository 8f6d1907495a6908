"""The boundary to razdel, slovnet and pymorphy3: svodka's own dataclasses, natasha's tags."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svodka.enrich.nlp import NLP, Analysis

TEXTS = [
    "Министр иностранных дел России Сергей Лавров встретился в Женеве с госсекретарём США.",
    "«Газпром» и ОАО «Роснефть» подписали соглашение.\nВ Москве прошли переговоры с делегацией ЕС.",
    "",
    "   \n ",
]


@pytest.fixture(scope="session")
def nlp() -> NLP:
    return NLP()


@pytest.fixture(scope="session")
def natasha_ner() -> Any:
    """natasha's NER tagger as natasha builds it (its full news embedding): the reference."""
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_index_the_text(nlp: NLP, text: str) -> None:
    analysis = nlp.analyse(text)
    assert isinstance(analysis, Analysis)
    for sentence in analysis.sentences:
        assert text[sentence.start:sentence.stop] == sentence.text
        for token in sentence.tokens:
            assert text[token.start:token.stop] == token.text
            assert sentence.start <= token.start < token.stop <= sentence.stop
    for span in analysis.spans:
        assert text[span.start:span.stop] == span.text
        assert span.type in ("PER", "ORG", "LOC")


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()])
def test_spans_are_natashas(nlp: NLP, natasha_ner: Any, text: str) -> None:
    """Tokens fed straight to slovnet tag exactly as natasha's own Doc pipeline does."""
    from natasha import Doc, Segmenter

    doc = Doc(text)
    doc.segment(Segmenter())
    doc.tag_ner(natasha_ner)
    assert [(s.type, s.start, s.stop) for s in nlp.analyse(text).spans] == [
        (s.type, s.start, s.stop) for s in doc.spans]


def test_spans_align_with_tokens(nlp: NLP) -> None:
    analysis = nlp.analyse(TEXTS[0])
    starts = {t.start for t in analysis.tokens}
    stops = {t.stop for t in analysis.tokens}
    assert analysis.spans
    assert all(s.start in starts and s.stop in stops for s in analysis.spans)


def test_parse_is_pymorphy_cached(nlp: NLP) -> None:
    first = nlp.parse("лаврова")
    assert first is nlp.parse("лаврова")
    assert first[0].normal_form == "лавров"
    assert nlp.morph.parse("лаврова")[0].tag == first[0].tag


LONG = " ".join(TEXTS[:2]) * 40  # a long sequence: hundreds of tokens, many names


@pytest.mark.parametrize("text", [*TEXTS[:2], LONG, "Путин", "В Москве.", "ООО «Ромашка», г. Тверь, ул. Ленина"])
def test_lean_ner_tags_are_slovnets(nlp: NLP, natasha_ner: Any, text: str) -> None:
    """The lean network gives slovnet's own tags, and its emissions up to float rounding, for the same words."""
    import numpy as np

    words = [token.text for token in nlp.analyse(text).tokens]
    infer = natasha_ner.infer
    # the lean network reads "ё" as "е" (navec's vectors of the е spellings are the ones learnt well)
    inputs = next(iter(infer.encoder([[word.replace("ё", "е") for word in words]])))
    theirs = infer.model(inputs.word_id, inputs.shape_id, inputs.pad_mask)[0]
    ours = nlp.tagger.emissions(inputs.word_id[0], inputs.shape_id[0])
    assert np.allclose(theirs, ours, rtol=0, atol=1e-4)  # the first layer sums its products in another order
    assert nlp.tagger.tags(words) == next(iter(infer.decoder(infer.process([inputs]))))


def test_yo_is_read_as_ye(nlp: NLP) -> None:
    """"Фёдора Ивановича Шаляпина" is one person, as "Федора Ивановича Шаляпина" is (navec's vector of the
    rare ё spelling parted the name in two)."""
    words = "в лице Фёдора Ивановича Шаляпина .".split()
    assert nlp.tagger.tags(words) == nlp.tagger.tags([word.replace("ё", "е") for word in words])
    assert nlp.tagger.tags(words)[2:5] == ["B-PER", "I-PER", "I-PER"]


def test_first_layer_past_its_bound_is_the_same(nlp: NLP, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text whose words would overflow the kept products is computed whole, to the same output (up to the
    rounding of a matrix product of another height)."""
    import numpy as np

    from svodka.enrich import nlp_ner

    words = [token.text for token in nlp.analyse(LONG).tokens]
    word_ids = [nlp.tagger.ids(word)[0] for word in words]
    shape_ids = [nlp.tagger.ids(word)[1] for word in words]
    layer, emb = nlp.tagger.model.encoder.layers[0], nlp.tagger.model.emb
    kept = nlp_ner.FirstLayer(layer, emb)(word_ids, shape_ids)
    monkeypatch.setattr(nlp_ner, "CACHED_WORDS", 1)
    bounded = nlp_ner.FirstLayer(layer, emb)
    assert np.allclose(bounded(word_ids, shape_ids), kept, rtol=0, atol=1e-5)
    assert not bounded.row


TRICKY = ["", " ", "т.е. 3,14 и 1/2 — кто-то, что-то", "Yahoo! ...?! :-) ***", "ΔP mβж 10-15 %", "«Газпром»/«Роснефть»",
          "a_b 1.5.2012 С-300 ---", "\n\nВ 2012 г.\tон ушёл…"]


@pytest.mark.parametrize("text", TRICKY)
def test_tokenizer_is_razdels(nlp: NLP, text: str) -> None:
    from razdel import tokenize

    assert nlp.tokenizer.spans(text) == [(t.start, t.stop) for t in tokenize(text)]


@given(st.text(alphabet=st.sampled_from("аб zЯ1.,-–—/\\_!?:;)(«»\"'*…ΔΣ%$\n"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_tokenizer_is_razdels_anywhere(nlp: NLP, text: str) -> None:
    from razdel import tokenize

    assert nlp.tokenizer.spans(text) == [(t.start, t.stop) for t in tokenize(text)]


@pytest.mark.parametrize(("text", "words"), [
    ("фракции ЛДПРАнтон Морозов", ["фракции", "ЛДПР", "Антон", "Морозов"]),
    ("Глава РФСВиталий Мутко", ["Глава", "РФС", "Виталий", "Мутко"]),
    # declined abbreviations and names in capitals stay whole
    ("управлял УАЗом и ВУЗов", ["управлял", "УАЗом", "и", "ВУЗов"]),
    ("ВКонтакте и АвтоВАЗ", ["ВКонтакте", "и", "АвтоВАЗ"]),
    ("Водитель ГАЗели и ОМОНовцы", ["Водитель", "ГАЗели", "и", "ОМОНовцы"]),
])
def test_glued_abbreviations_are_parted(nlp: NLP, text: str, words: list[str]) -> None:
    """A scraper glues an abbreviation to the next capitalised word ("ЛДПРАнтон"): two tokens."""
    assert [t.text for t in nlp.analyse(text).tokens] == words


@pytest.mark.parametrize("word", ["министра", "министру", "главе", "послом", "королёвы", "вице-премьеру"])
def test_lexeme_forms_hold_every_form_of_the_lemmas(nlp: NLP, word: str) -> None:
    lemmas = frozenset(("министр", "глава", "посол", "королева", "вице-премьер"))
    assert word.replace("ё", "е") in nlp.forms_of(lemmas)
    assert nlp.forms_of(lemmas) is nlp.forms_of(lemmas)  # cached on the object


@pytest.mark.parametrize("word", ["министерство", "главный", "послание", "королевский", "премьера"])
def test_a_known_word_outside_the_forms_has_no_such_normal_form(nlp: NLP, word: str) -> None:
    lemmas = frozenset(("министр", "глава", "посол", "королева", "вице-премьер"))
    assert nlp.known(word) and word not in nlp.forms_of(lemmas)
    assert all(p.normal_form not in lemmas for p in nlp.parse(word))


@pytest.mark.parametrize(("text", "count"), [
    ("Храм освятил митр. Владимир. Потом был обед.", 2),
    ("Икону свт. Николая привезли вчера.", 1),
    ("Он живет на ул. Ленина. А она нет.", 2),
    ("Пришёл еп. Иона.", 1),
    ("Текст закончился. Ещё один.", 2),
    ("Сериал \"Диверсант. Конец войны\" вышел вчера. Это хорошо.", 2),
    ("Фильм «Москва. Кремль. Путин» вышел вчера. Это хорошо.", 2),
    # a Latin letter after a lowercase word ends a sentence; after a first name it is an initial
    ("Смертность связана с недостатком витамина D. Такой вывод сделали учёные.", 2),
    ("Об этом рассказал Джон F. Кеннеди.", 1),
    # a full stop a scraper glued between a Latin name and a Russian word ends a sentence; a site's name does not
    ("Об этом пишет Research Square.Исследователи считают так.", 2),
    ("Статья вышла на Яндекс.Дзен вчера.", 1),
    # ... and one between a Russian word and a number; not an abbreviation's ("ст.25")
    ("Выбор он сделать не готов.46-летний артист построил карьеру.", 2),
    ("Это нарушение ст.25 закона.", 1),
    ("Он живёт в доме 5 корп.2 на улице Ленина.", 1),
])
def test_sentences_run_over_clergy_titles_and_quoted_titles(nlp: NLP, text: str, count: int) -> None:
    assert len(nlp.analyse(text).sentences) == count
