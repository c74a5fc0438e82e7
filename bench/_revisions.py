"""Run hogo's analyzer of a given git revision in a child process (shared by check_same_findings and bench_speed).

A revision is a commit, a branch or a tag of this repository, or ``WORKTREE`` for the ``src/`` of the current
checkout (uncommitted changes included). A committed revision's ``src/`` is exported with ``git archive`` into a
temporary directory; the child puts it first on ``sys.path`` and checks that ``hogo`` really comes from there.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKTREE = "WORKTREE"


@contextlib.contextmanager
def exported(rev: str) -> Iterator[Path]:
    """The ``src`` directory of ``rev`` (a temporary export, removed afterwards)."""
    if rev == WORKTREE:
        yield ROOT / "src"
        return
    data = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
                          check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory(prefix="hogo-rev-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp) / "src"


def short(rev: str) -> str:
    if rev == WORKTREE:
        return WORKTREE
    out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], check=True, capture_output=True, text=True)
    return f"{rev} ({out.stdout.strip()})" if out.stdout.strip() != rev else rev


def run_child(src: Path, module_path: Path, args: list[str]) -> dict:
    """Run ``module_path`` (a script of bench/) with ``src`` first on ``sys.path``; it prints one JSON object."""
    env = dict(os.environ, PYTHONPATH=str(src), HOGO_EXPECT_SRC=str(src))
    out = subprocess.run([sys.executable, str(module_path), *args], check=True, capture_output=True, text=True, env=env,
                         cwd=str(ROOT))
    return json.loads(out.stdout.strip().splitlines()[-1])


def check_import() -> None:
    """In a child: make sure ``hogo`` is imported from the exported revision, not from the installed checkout."""
    import hogo

    expect = os.environ.get("HOGO_EXPECT_SRC")
    if expect and not Path(hogo.__file__).resolve().is_relative_to(Path(expect).resolve()):
        raise SystemExit(f"hogo imported from {hogo.__file__}, expected under {expect}")
