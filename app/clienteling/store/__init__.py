"""The local book: SQLCipher + sqlite-utils. The only package that writes SQL."""

from .book import Book, Key, integrity_problems, open_book
from .schema import SCHEMA_VERSION

__all__ = ["Book", "Key", "open_book", "integrity_problems", "SCHEMA_VERSION"]
