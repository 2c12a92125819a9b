"""A seeded, fictional, multilingual demo book (and scale books for benchmarks)."""

from .generator import BLOCK, DEFAULT_ADVISORS, generate_dossiers
from .seed import seed_book

__all__ = ["BLOCK", "DEFAULT_ADVISORS", "generate_dossiers", "seed_book"]
