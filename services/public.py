"""Each engine's public names, loaded on first use: `from services.library import Library`
imports services.library.storage only when Library is asked for, so the window starts without
the engines it has not used yet (camel-tools' tables alone cost ~0.4 s)."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], object]:
    """A module `__getattr__` for `package` that finds each name of `exports` (name -> module
    inside the package) on first use and keeps it."""

    def __getattr__(name: str) -> object:
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(importlib.import_module(package), name, value)
        return value

    return __getattr__
