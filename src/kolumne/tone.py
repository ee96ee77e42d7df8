"""The tone of a section and of its sentences: who speaks, who is addressed, how directive.

Example:
    >>> from kolumne import tone
    >>> tone.is_directive("Sprechen Sie mit Ihrer Chefin.", "de")
    True
"""

from kolumne.measures.tone import *
from kolumne.measures.tone import __all__  # noqa: F401
