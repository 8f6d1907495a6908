"""svodka: Russian-language news intelligence.

    >>> import svodka
    >>> article = svodka.extract(open("page.html", "rb").read(), url="https://ria.ru/...")
    >>> article.headline, article.published, article.body
"""

from svodka.errors import InputError, SvodkaError
from svodka.extract import extract
from svodka.model import Article, Entity, Quote, RelatedItem, TimeMention, Warning

__all__ = ["Article", "Entity", "InputError", "Quote", "RelatedItem", "SvodkaError", "TimeMention", "Warning", "extract"]
