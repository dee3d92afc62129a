"""Where the app finds its resources and its database, in a checkout and in a PyInstaller bundle."""

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "tocongtac"


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def data_dir() -> Path:
    """The per-user data directory (the database, its backups, the logs)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """`TOCONGTAC_DB` when set, else the per-user data directory."""
    override = os.environ.get("TOCONGTAC_DB")
    if override:
        return Path(override).expanduser()
    return data_dir() / "tocongtac.sqlite"


def is_default_location(path: Path) -> bool:
    """True for the database in the per-user data directory (its folder may be created)."""
    return path.absolute() == (data_dir() / "tocongtac.sqlite").absolute()


def log_dir() -> Path:
    return data_dir() / "logs"


def backups_dir() -> Path:
    return data_dir() / "backups"
