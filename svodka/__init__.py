"""svodka: Russian-language news intelligence.

    >>> import svodka
    >>> article = svodka.extract(open("page.html", "rb").read(), url="https://ria.ru/...")
    >>> article.headline, article.published, article.body
"""

from svodka.errors import InputError, SvodkaError
from svodka.extract import extract
from svodka.model import Article, RelatedItem, Warning

__all__ = ["Article", "InputError", "RelatedItem", "SvodkaError", "Warning", "extract"]
