"""Settings in one typed place: defaults, help text and the environment override."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .errors import ConfigError
from .store import default_db_url

__all__ = ["Settings", "SETTINGS_HELP", "load_settings"]

SETTINGS_HELP = {
    "db_url": "Database URL (env RETOLD_DB): sqlite:///path.db, sqlite:// in memory.",
    "batch_size": "Documents analysed per spaCy batch during ingest (env RETOLD_BATCH_SIZE).",
    "token": "Token that `retold serve` asks of writes (env RETOLD_TOKEN); none turns writes off.",
}


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str
    batch_size: int = 64
    token: str | None = None


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ) if env is None else env
    raw = env.get("RETOLD_BATCH_SIZE", "64")
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"RETOLD_BATCH_SIZE must be a whole number of at least 1; got {raw!r}.")
    return Settings(
        db_url=env.get("RETOLD_DB") or default_db_url(),
        batch_size=int(raw),
        token=env.get("RETOLD_TOKEN") or None,
    )
