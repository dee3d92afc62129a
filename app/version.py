"""The version of the app, as installed (pyproject.toml is its one source)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    """ "0.1.0"; "" when the app runs without its package metadata."""
    try:
        return version("tocongtac")
    except PackageNotFoundError:
        return ""
