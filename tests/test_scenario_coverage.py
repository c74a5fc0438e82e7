"""Issue 3's coverage claim, proved: every worked scenario of the four guideline documents is either a
row of some scenario table in the tests or answered in ``docs/open-questions.md``.

Scenario ids are read from the spec documents (``../shared/spec`` beside the repository):

- ``schools-guideline.md`` §4: ``**T12 [...]**`` → ``schools:T12``
- ``welfare-guideline.md`` §3: ``- **TC-47 [...]**`` → ``welfare:TC-47``
- ``mynumber-and-pia.md`` §5: ``12. **T12** — …`` → ``mynumber:T12``
- ``amendments-and-indicators.md`` §5: numbered items ``26. **…**`` → ``amend:26``

Test ids are read from the ``pytest.mark.parametrize`` tables of the test modules (the ``ids`` and the
first element of each row), normalised: ``schools:T34``, ``welfare:TC-12``, ``mynumber:T05``, ``amend:26``
(with any suffix such as ``/now`` or ``-business``), and the bare ids of the breach/PIA/SME tables:
``T72`` (My Number §5), ``A14`` (amendments §5), ``TC-98`` (welfare §3).

``docs/open-questions.md`` counts an id written in the canonical form (``schools:T07``); ids of scenarios
that later issues answer (safety measures, contractor supervision, complaints, scanner) count only when
listed under the heading "Scenarios answered outside the judgements (later issues)".
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SPEC = REPO.parent / "shared" / "spec"
OPEN_QUESTIONS = REPO / "docs" / "open-questions.md"
LATER_HEADING = "Scenarios answered outside the judgements (later issues)"

# document → (section heading prefix, pattern of a scenario's first line, id prefix)
DOCUMENTS = {
    "schools": ("schools-guideline.md", "## 4.", re.compile(r"^\*\*(T\d+)\b"), ""),
    "welfare": ("welfare-guideline.md", "## 3.", re.compile(r"^- \*\*(TC-\d+)\b"), ""),
    "mynumber": ("mynumber-and-pia.md", "## 5.", re.compile(r"^\d+\. \*\*(T\d+)\*\*"), ""),
    "amend": ("amendments-and-indicators.md", "## 5.", re.compile(r"^(\d+)\. \*\*"), ""),
}

CANONICAL = re.compile(r"\b(schools|welfare|mynumber|amend):(TC-\d+|T\d+|\d+)(?![.\d])")
BARE = {
    "mynumber": re.compile(r"^(T\d+)(?![\d])"),
    "amend": re.compile(r"^A(\d+)(?![\d])"),
    "welfare": re.compile(r"^(TC-\d+)(?![\d])"),
}

pytestmark = pytest.mark.skipif(not SPEC.is_dir(), reason=f"spec directory {SPEC} is absent (shared/ beside the repo)")


def spec_ids() -> dict[str, list[str]]:
    """Scenario ids per document, in document order, from the scenario section only."""
    found: dict[str, list[str]] = {}
    for doc, (filename, heading, pattern, _) in DOCUMENTS.items():
        ids: list[str] = []
        inside = False
        for line in (SPEC / filename).read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                inside = line.startswith(heading)
                continue
            match = inside and pattern.match(line)
            if match:
                ids.append(f"{doc}:{match.group(1)}")
        found[doc] = ids
    return found


def _row_labels() -> set[str]:
    """The ``ids`` and the first string of every row of every parametrize table in tests/test_*.py."""
    labels: set[str] = set()
    for path in sorted(TESTS.glob("test_*.py")):
        module = importlib.import_module(path.stem)
        for value in vars(module).values():
            for mark in getattr(value, "pytestmark", []):
                if mark.name != "parametrize":
                    continue
                ids = mark.kwargs.get("ids")
                if isinstance(ids, (list, tuple)):
                    labels.update(i for i in ids if isinstance(i, str))
                argvalues = mark.args[1] if len(mark.args) > 1 else mark.kwargs.get("argvalues", [])
                for row in argvalues:
                    row = getattr(row, "values", row)  # pytest.param
                    first = row[0] if isinstance(row, (list, tuple)) and row else row
                    if isinstance(first, str):
                        labels.add(first)
    return labels


def normalise(label: str) -> set[str]:
    """Scenario ids named by a test label (canonical ``doc:ID`` anywhere, or a bare id at the start)."""
    ids = {f"{doc}:{num}" for doc, num in CANONICAL.findall(label)}
    for doc, pattern in BARE.items():
        match = pattern.match(label)
        if match:
            ids.add(f"{doc}:{match.group(1)}")
    return ids


def ids_in_tests() -> set[str]:
    return set().union(*(normalise(label) for label in _row_labels()))


def open_question_ids() -> tuple[set[str], set[str]]:
    """(ids answered in open-questions.md outside the later-issues section, ids listed in that section)."""
    answered: set[str] = set()
    later: set[str] = set()
    section = ""
    for line in OPEN_QUESTIONS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            section = line.lstrip("#").strip()
            continue
        ids = {f"{doc}:{num}" for doc, num in CANONICAL.findall(line)}
        (later if section.startswith(LATER_HEADING) else answered).update(ids)
    return answered, later


def test_every_worked_scenario_is_a_test_or_an_open_question() -> None:
    found = spec_ids()
    assert all(found.values()), {doc: len(ids) for doc, ids in found.items()}
    tested = ids_in_tests()
    answered, later = open_question_ids()
    uncovered = [i for ids in found.values() for i in ids if i not in tested | answered | later]
    assert not uncovered, f"{len(uncovered)} scenarios neither tested nor in open-questions.md: {' '.join(uncovered)}"


def test_spec_ids_are_unique_per_document() -> None:
    for doc, ids in spec_ids().items():
        assert len(ids) == len(set(ids)), doc


def test_no_unknown_ids_in_tests_or_open_questions() -> None:
    """A test or answer that names a scenario the documents lack is a typo (or a stale id)."""
    known = set().union(*spec_ids().values())
    answered, later = open_question_ids()
    assert ids_in_tests() - known == set()
    assert (answered | later) - known == set()
