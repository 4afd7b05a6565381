"""What docs/warehouse.md promises exists, and what exists is in docs/warehouse.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard.warehouse import Settings

DOC = (Path(__file__).resolve().parents[2] / "docs" / "warehouse.md").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented_with_its_default(name: str) -> None:
    variable = f"SAFEGUARD_{name.upper()}"
    assert f"`{variable}`" in DOC, f"document {variable} in docs/warehouse.md"
    default = Settings.model_fields[name].default
    if isinstance(default, int):
        assert f"`{variable}` ({default}" in DOC, f"document the default of {variable}"


@pytest.mark.parametrize(
    ("description", "text"),
    [
        ("the reload option", "--reload"),
        ("the skipped status", "`skipped`"),
        ("the run that loaded a skipped file", "`loaded_by`"),
        ("the staged input files", "`__sg_files`"),
        ("the closing line", "read 52,756 lines from 421 files in 6.1 s"),
    ],
)
def test_the_load_is_documented(description: str, text: str) -> None:
    assert text in DOC, description
