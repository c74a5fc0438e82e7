"""Rebuild ``foreign_names.txt``: family and given names of Japan's largest foreign-resident groups, from Faker.

Faker (MIT licence, a test-data library; not a runtime dependency) ships per-locale lists of frequent family and
given names. We take the locales of the largest groups of foreign residents in Japan (出入国在留管理庁's statistics:
China and Taiwan, Viet Nam, Korea, the Philippines and the US (English names), Brazil, Indonesia, India/Nepal (the
English-script Indian list), Peru/Mexico (Spanish)) and keep, in latin script, each word that

- has at least 3 letters once folded as ``person_latin._fold`` folds (diacritics off: Nguyễn → nguyen), and
- is no common word in latin script: not an English stop word of ``person_latin`` and not a latin-script entry of
  SudachiPy's dictionary that is not a proper noun (``hand``, ``main``, ``long``, ``page``, ``april``).

The Korean list (Hangul) gives the family-name syllables (``K 김``) that ``person_foreign`` reads Hangul names with.
The runtime reads the file only; rebuild it (Faker installed in any environment) with::

    pip install faker && python src/hogo/scan/data/build_foreign_names.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

# locale → (family-name attributes, given-name attributes) of Faker's person providers
_LOCALES = {
    "zh_CN": (("last_romanized_names",), ("first_romanized_names",)),
    "zh_TW": (("last_romanized_names",), ("first_romanized_names",)),
    "vi_VN": (("last_names",), ("first_names_male", "first_names_female")),
    "pt_BR": (("last_names",), ("first_names",)),
    "id_ID": (("last_names",), ("first_names",)),
    "en_US": (("last_names",), ("first_names",)),
    "en_IN": (("last_names",), ("first_names",)),
    "es_MX": (("last_names",), ("first_names",)),
}


def _words(locale: str, attrs: tuple[str, ...]) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out: set[str] = set()
    for attr in attrs:
        for name in getattr(provider, attr):
            out.update(name.split(" "))  # (Anthony Gabriel: two given names)
    return out


def _common_latin_words() -> set[str]:
    """Latin-script entries of SudachiPy's dictionary that are not proper nouns (English and other common words)."""
    import sudachipy

    words = set()
    for m in sudachipy.Dictionary().entries():
        surface = m.surface()
        if surface.isascii() and surface.isalpha() and m.part_of_speech()[1] != "固有名詞":
            words.add(surface.lower())
    return words


def build() -> tuple[set[str], set[str], set[str]]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from hogo.scan.recognizers.person_latin import _STOP, _fold

    common = _common_latin_words() | _STOP
    family: set[str] = set()
    given: set[str] = set()
    for locale, (fam, giv) in _LOCALES.items():
        family |= {_fold(w) for w in _words(locale, fam)}
        given |= {_fold(w) for w in _words(locale, giv)}
    keep = lambda w: len(w) >= 3 and w.replace("-", "").isalpha() and w.isascii() and w not in common  # noqa: E731
    korean = {w for w in _words("ko_KR", ("last_names",)) if len(w) == 1}
    return {w for w in family if keep(w)}, {w for w in given if keep(w)}, korean


def main() -> None:
    out = Path(__file__).with_name("foreign_names.txt")
    family, given, korean = build()
    import faker

    head = (
        f"# Family and given names of foreign residents' locales, from Faker {faker.VERSION}'s person providers (MIT), folded; built by\n"
        "# build_foreign_names.py — do not edit by hand. \"F \" family name, \"P \" given name, \"K \" Korean family-name\n"
        "# syllable (Hangul).\n"
    )
    body = "".join(f"{k} {w}\n" for k, ws in (("F", family), ("P", given), ("K", korean)) for w in sorted(ws))
    out.write_text(head + body, encoding="utf-8")
    print(f"{len(family)} family names, {len(given)} given names, {len(korean)} Korean syllables -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
