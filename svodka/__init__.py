"""svodka: Russian-language news intelligence.

    >>> import svodka
    >>> article = svodka.extract(open("page.html", "rb").read(), url="https://ria.ru/...")
    >>> article.headline, article.published, article.body
    >>> enricher = svodka.Enricher()               # models load once; reuse for many articles
    >>> svodka.enrich(article, enricher)           # entities, quotes, times
"""

from svodka.enrich import Enricher
from svodka.enrich import enrich as enrich
from svodka.errors import InputError, SvodkaError
from svodka.extract import extract
from svodka.model import Article, Entity, Quote, RelatedItem, TimeMention, Warning

__all__ = ["Article", "Enricher", "Entity", "InputError", "Quote", "RelatedItem", "SvodkaError", "TimeMention",
           "Warning", "enrich", "extract"]
