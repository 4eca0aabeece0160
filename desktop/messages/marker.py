"""The typed translation marker every catalogue module uses.

PySide6's stub types ``QT_TRANSLATE_NOOP`` as returning object; it returns the text unchanged.
Importing it under the same name keeps lupdate finding every string.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
