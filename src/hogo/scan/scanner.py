"""Scanning files and directories for personal information (``hogo scan PATH...``).

:func:`scan_paths` walks the paths (directories recursively, in sorted order), reads each file with
:mod:`hogo.scan.readers`, runs the analyzer over windows of its text and yields, per file, the findings
(:class:`FileFinding`, offsets global to the file's decoded text) followed by a :class:`FileSummary`.

Windows: the text is analysed ``window`` characters at a time; consecutive windows overlap by
``2 * margin`` characters and each finding is kept by exactly one window — the one whose *owned*
region ``[start + margin, end - margin)`` holds the finding's start (the first window owns from 0, the
last to the end). So every kept finding was seen with at least ``margin`` characters of context on each
side, nothing at a window edge is lost or reported twice, and memory stays bounded for any file size.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from hogo.scan.readers import SUPPORTED_EXTENSIONS, SourceFile, UnreadableFile, open_source
from hogo.scan.types import IDENTIFICATION_CODES, Finding, PiiType

WINDOW = 1 << 18  # characters analysed at a time
MARGIN = 1 << 10  # context kept on each side of a window's owned region


class TextAnalyzer(Protocol):
    def analyze(self, text: str) -> list[Finding]: ...


@dataclass(frozen=True, slots=True)
class FileFinding:
    """A finding in a file: offsets are ``str`` indices into the file's decoded text."""

    path: str
    start: int
    end: int
    type: PiiType
    score: float
    recognizer: str
    text: str | None = None  # only when asked for (``--show-text``)
    location: str | None = None  # spreadsheets: ``名簿!B3``; PDF: ``page 2``

    def contract(self, show_text: bool = False) -> dict[str, object]:
        """The JSON object of ``hogo scan --format jsonl`` (interfaces.md)."""
        data: dict[str, object] = {
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "type": str(self.type),
            "score": self.score,
        }
        if self.location:
            data["location"] = self.location
        if show_text:
            data["text"] = self.text
        return data


@dataclass(slots=True)
class FileSummary:
    """What one file holds: counts per type and the legal categories they imply."""

    path: str
    format: str | None = None
    encoding: str | None = None
    characters: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    error: str | None = None

    @property
    def findings(self) -> int:
        return sum(self.counts.values())

    @property
    def sensitive(self) -> bool:
        """Holds 要配慮個人情報 (any SENSITIVE finding)."""
        return self.counts.get(PiiType.SENSITIVE, 0) > 0

    @property
    def specific(self) -> bool:
        """Holds 特定個人情報 (any MY_NUMBER finding)."""
        return self.counts.get(PiiType.MY_NUMBER, 0) > 0

    @property
    def identification_codes(self) -> list[str]:
        """個人識別符号 found (sorted type names)."""
        return sorted(t for t in self.counts if t in IDENTIFICATION_CODES)

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "format": self.format,
            "encoding": self.encoding,
            "characters": self.characters,
            "findings": self.findings,
            "counts": dict(sorted(self.counts.items())),
            "sensitive": self.sensitive,
            "specific_personal_information": self.specific,
            "identification_codes": self.identification_codes,
            "error": self.error,
        }


def iter_files(paths: Iterable[str | Path], *, all_files: bool = False) -> Iterator[Path]:
    """Files named by ``paths``: files as given, directories walked recursively in sorted order.

    Inside directories only supported extensions are taken (all files with ``all_files``); a file named
    explicitly is always taken. Symbolic links to directories are not followed (no loops).
    """
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                child = Path(root, name)
                if all_files or child.suffix.lower() in SUPPORTED_EXTENSIONS:
                    yield child


def analyze_stream(
    pieces: Iterable[str],
    analyzer: TextAnalyzer,
    *,
    view: Callable[[str], object] | None = None,
    locate: Callable[[int, str, int], str | None] | None = None,
    window: int = WINDOW,
    margin: int = MARGIN,
) -> Iterator[tuple[Finding, str, str | None]]:
    """Findings over a text given in pieces, with offsets global to the whole text.

    Yields ``(finding, matched_text, location)`` in order of ``start``. ``view`` maps a window to a
    string of the same length that the analyzer sees (HTML with markup blanked), or to a pair (string,
    offset map back) (JSON with escapes decoded); ``locate(start,
    window_text, window_base)`` names the place of a finding (:class:`hogo.scan.readers.Locator`).
    """
    if window <= 4 * margin:
        raise ValueError("window must be larger than 4 × margin")
    buffer = ""
    base = 0  # global offset of buffer[0]
    owned_from = 0  # global offset where the current window's owned region starts
    source = iter(pieces)
    exhausted = False
    while True:
        while not exhausted and len(buffer) < window:
            try:
                buffer += next(source)
            except StopIteration:
                exhausted = True
        last = exhausted and len(buffer) <= window
        text = buffer if last else buffer[:window]
        owned_to = base + len(text) if last else base + window - margin
        seen = view(text) if view else text
        back = None
        if isinstance(seen, tuple):  # a view with an offset map back into the text
            seen, back = seen
        elif len(seen) != len(text):
            raise AssertionError("a view must keep the length of the text or give an offset map")
        for finding in analyzer.analyze(seen):
            local_start, local_end = (back[finding.start], back[finding.end]) if back else (finding.start, finding.end)
            start = base + local_start
            if owned_from <= start < owned_to:
                shifted = Finding(start, base + local_end, finding.type, finding.score, finding.recognizer)
                place = locate(start, text, base) if locate else None
                yield shifted, text[local_start:local_end], place
        if last:
            return
        keep_from = window - 2 * margin
        buffer = buffer[keep_from:]
        base += keep_from
        owned_from = owned_to


def scan_file(
    path: Path,
    analyzer: TextAnalyzer,
    *,
    keep_text: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Iterator[FileFinding | FileSummary]:
    """Findings in one file, then its summary (with ``error`` set when it could not be read).

    ``progress`` is called with the bytes read so far, as reading goes on (text files).
    """
    shown = str(path)
    summary = FileSummary(shown)
    try:
        source: SourceFile = open_source(path)
        summary.format, summary.encoding = source.format, source.encoding

        def counted(pieces: Iterable[str]) -> Iterator[str]:
            for piece in pieces:
                summary.characters += len(piece)
                if progress:
                    progress(source.bytes_read)
                yield piece

        locate = source.locator.locate if source.locator else None
        for finding, text, place in analyze_stream(counted(source.pieces), analyzer, view=source.view, locate=locate):
            summary.counts[str(finding.type)] += 1
            yield FileFinding(
                shown,
                finding.start,
                finding.end,
                finding.type,
                finding.score,
                finding.recognizer,
                text if keep_text else None,
                place,
            )
    except UnreadableFile as exc:
        summary.error = str(exc)
    yield summary


def scan_paths(
    paths: Iterable[str | Path],
    analyzer: TextAnalyzer,
    *,
    keep_text: bool = False,
    all_files: bool = False,
) -> Iterator[FileFinding | FileSummary]:
    """Scan every file under ``paths``: per file, its findings then its :class:`FileSummary`."""
    for path in iter_files(paths, all_files=all_files):
        yield from scan_file(path, analyzer, keep_text=keep_text)


def _scan_in_worker(path: Path, keep_text: bool, sensitive_model: bool = False) -> list[FileFinding | FileSummary]:
    from hogo.scan.analyzer import default_analyzer  # one analyzer per worker process (cached)

    return list(scan_file(path, default_analyzer(sensitive_model=sensitive_model), keep_text=keep_text))


def scan_files_parallel(
    files: Iterable[Path], jobs: int, *, keep_text: bool = False, sensitive_model: bool = False
) -> Iterator[list[FileFinding | FileSummary]]:
    """Scan files in ``jobs`` worker processes with the default analyzer (and the learned 要配慮 stage when
    ``sensitive_model``); per file, in the given order, the list of its findings followed by its summary."""
    import functools
    from concurrent.futures import ProcessPoolExecutor

    work = functools.partial(_scan_in_worker, keep_text=keep_text, sensitive_model=sensitive_model)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(work, files)
