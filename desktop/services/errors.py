"""The one exception services let through to the UI: a refused or failed operation with its problem code.

It is the store's exception, named here so that the UI needs nothing from the store.
"""

from __future__ import annotations

from desktop.store.problems import StoreError as ServiceError

__all__ = ["ServiceError"]
