"""Runtime settings of the warehouse, from the environment (prefix ``SAFEGUARD_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Warehouse settings; build on demand with ``Settings()``, never at import time.

    Example:
        ``SAFEGUARD_BATCH_SIZE=20000 safeguard ingest data/``
    """

    model_config = SettingsConfigDict(env_prefix="SAFEGUARD_", extra="ignore")

    db: Path = Field(default=Path("safeguard.duckdb"), description="default warehouse file")
    batch_size: int = Field(
        default=250_000, ge=1, description="lines merged at once (one transaction), across files"
    )
    check_size: int = Field(
        default=10_000, ge=1, description="lines checked at once (by one worker process)"
    )
    workers: int = Field(default=2, ge=0, description="validation processes (0: in-process)")
    parallel_min_lines: int = Field(
        default=50_000, ge=0, description="use the worker pool only for loads at least this big"
    )
    memory_limit: str = Field(default="2GB", description="DuckDB memory_limit for the load")
