"""Rebuild ``romaji_names.txt``: the readings of SudachiPy's person-name entries, romanised (Hepburn).

The system dictionary of ``sudachidict-core`` (already a dependency: the tokenizer) has about 100,000 surname
entries (人名・姓) and 130,000 given-name entries (人名・名), each with its reading in katakana. We romanise each
distinct reading (plain Hepburn, long vowels folded the way ``person_latin._fold`` folds them: Ōba, Ohba, Ooba → oba)
and keep it when

- it has at least 3 letters, and
- the dictionary does not also hold the same latin string as a common word (``hand``, ``main``, ``ban``: English
  words the dictionary knows in latin script; proper nouns such as the brand ``Mizuno`` do not count), so a handle
  made of an English word is not read as a name.

The runtime then needs no dictionary walk (about a second) to know ``ikegaya`` or ``tomonaga`` is a surname::

    python src/hogo/scan/data/build_romaji_names.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_BASE = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo",
    "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ン": "n", "ヴ": "vu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
}  # fmt: skip
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
# (a consonant whose i-row syllable takes a small ya/yu/yo: キャ kya, シャ sha, チャ cha, ジャ ja)
_Y_HEAD = {"shi": "sh", "chi": "ch", "ji": "j"}
_SMALL_V = {"ァ": "a", "ィ": "i", "ェ": "e", "ォ": "o"}


def romanise(kana: str) -> str | None:
    """Plain Hepburn of a katakana reading; None when it holds anything else."""
    out: list[str] = []
    double = False
    for ch in kana:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            continue  # (folded away anyway: Ōta, Ohta, Oota → ota)
        if ch in _SMALL_Y and out:
            prev = out.pop()  # (maybe doubled by a ッ before it: ハッチョウ hatchō, ニッショウ nisshō)
            head = next((k for k in _Y_HEAD if prev.endswith(k)), None)
            if head:
                syl = prev[: -len(head)] + _Y_HEAD[head] + _SMALL_Y[ch]
            elif prev.endswith("i") and len(prev) in (2, 3) and prev[-2] not in "aeiou":
                syl = prev[:-1] + "y" + _SMALL_Y[ch]
            else:
                return None
        elif ch in _SMALL_V and out and out[-1][-1] in "iueo" and (len(out[-1]) >= 2 or out[-1] == "u"):
            prev = out.pop()  # ティ ti, ファ fa, ウィ wi, シェ she, デュ… (ュ is _SMALL_Y)
            syl = (prev[:-1] or "w") + _SMALL_V[ch]
        elif ch in _BASE:
            syl = _BASE[ch]
        else:
            return None
        if double:
            syl = ("t" if syl.startswith("ch") else syl[0]) + syl
            double = False
        out.append(syl)
    return "".join(out) or None


def fold(word: str) -> str:
    """The folding of ``person_latin._fold`` (kept in step with it): ou→o, oo→o, uu→u, oh→o before a consonant."""
    w = word.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    return re.sub(r"oh(?![aeiouy])", "o", w)


def build() -> tuple[set[str], set[str]]:
    import sudachipy

    surnames: set[str] = set()
    given: set[str] = set()
    words: set[str] = set()  # latin-script entries that are not names
    for m in sudachipy.Dictionary().entries():
        pos = m.part_of_speech()
        surface = m.surface()
        if pos[2] == "人名" and pos[3] in ("姓", "名"):
            roman = romanise(m.reading_form())
            if roman:
                (surnames if pos[3] == "姓" else given).add(fold(roman))
        elif surface.isascii() and surface.isalpha() and pos[1] != "固有名詞":
            words.add(surface.lower())
    keep = lambda w: len(w) >= 3 and w not in words  # noqa: E731
    return {w for w in surnames if keep(w)}, {w for w in given if keep(w)}


def main() -> None:
    out = Path(__file__).with_name("romaji_names.txt")
    surnames, given = build()
    head = (
        "# Romanised readings of SudachiPy's person-name entries (sudachidict-core), folded; built by\n"
        "# build_romaji_names.py — do not edit by hand. \"S \" surname reading, \"G \" given-name reading.\n"
    )
    body = "".join(f"S {w}\n" for w in sorted(surnames)) + "".join(f"G {w}\n" for w in sorted(given))
    out.write_text(head + body, encoding="utf-8")
    print(f"{len(surnames)} surnames, {len(given)} given names -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
