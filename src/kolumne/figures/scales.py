"""Axis limits from the metric registry: fixed per unit (``UNIT_SCALES``), widened only
where a value would otherwise fall outside, so that the data never set the zoom.

Example:
    >>> difference_limits("polarity", [0.02])
    (-1.0, 1.0)
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from kolumne.measures.metrics import UNIT_SCALES


def factor(unit: str) -> float:
    """What a stored value is multiplied by on the axis: 100 for a share (drawn in %).

    Example:
        >>> factor("share_of_sentences"), factor("polarity")
        (100.0, 1.0)
    """
    return 100.0 if UNIT_SCALES[unit].percent else 1.0


def _present(values: Iterable[float]) -> list[float]:
    return [float(value) for value in values if not math.isnan(float(value))]


def _grown(edge: float, reach: float, step: float) -> float:
    """``edge`` (0 or more) if it reaches ``reach``, else the first whole multiple of
    ``step`` that does."""
    if reach <= edge:
        return edge
    # The tolerance keeps a reach of exactly 3 steps at 3 steps despite rounding.
    return math.ceil(reach / step - 1e-9) * step


def value_limits(unit: str, values: Iterable[float]) -> tuple[float, float]:
    """The axis of a unit's values as drawn (``values`` already in percent for a share):
    the registry's range, grown in its steps where a value lies beyond it.

    Example:
        >>> value_limits("share_of_sentences", [44.0]), value_limits("per_100_words", [16.7])
        ((0.0, 100.0), (0.0, 20.0))
    """
    scale, times = UNIT_SCALES[unit], factor(unit)
    low, high, step = scale.low * times, scale.high * times, scale.step * times
    present = _present(values)
    if present and min(present) < low:
        low = low - _grown(0.0, low - min(present), step)
    if present and max(present) > high:
        high = high + _grown(0.0, max(present) - high, step)
    return low, high


def difference_limits(unit: str, differences: Iterable[float]) -> tuple[float, float]:
    """A symmetric answer − question axis as drawn (percentage points for a share): the
    registry's span, grown in its steps where a difference lies beyond it, never past
    the largest difference two values of the unit can have.

    Example:
        >>> difference_limits("share_of_sentences", [-0.5, 12.0])
        (-50.0, 50.0)
        >>> difference_limits("per_100_words", [-22.0])
        (-25.0, 25.0)
    """
    scale, times = UNIT_SCALES[unit], factor(unit)
    present = _present(differences)
    reach = max((abs(value) for value in present), default=0.0)
    span = _grown(scale.difference * times, reach, scale.step * times)
    if scale.largest_difference is not None:
        span = min(span, scale.largest_difference * times)
    return -span, span
