"""Facts read from plain text: figures with their bounds, and dates resolved to days.

These modules need no spaCy model; pipeline components call them per sentence.
"""

from __future__ import annotations

from .numbers import Interval, Quantity, find_quantities, parse_number
from .timex import TimeComparison, Timex, compare_times, find_timexes

__all__ = [
    "Interval",
    "Quantity",
    "TimeComparison",
    "Timex",
    "compare_times",
    "find_quantities",
    "find_timexes",
    "parse_number",
]
