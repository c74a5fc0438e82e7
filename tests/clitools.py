"""Running the installed ``hogo`` command in a subprocess, as a user does, for CLI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_SCRIPT = Path(sys.executable).parent / "hogo"
HOGO = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "hogo"]


def hogo(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``hogo *args`` with ``stdin``; never raises on a non-zero exit."""
    return subprocess.run(
        [*HOGO, *args], input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False
    )


def assert_bad_input(result: subprocess.CompletedProcess[str], field: str) -> None:
    """Exit 2, nothing on stdout, exactly one stderr line naming ``field``, no traceback."""
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.strip("\n").split("\n")
    assert len(lines) == 1, result.stderr
    assert field in lines[0], lines[0]
    assert "Traceback" not in result.stderr
