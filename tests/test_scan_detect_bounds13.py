"""The boundaries of 要配慮個人情報 (SENSITIVE) spans, round 13 (docs/scan-detector.md, "Round 13 — the boundaries of
要配慮個人情報 (SENSITIVE) spans"): the stage ``hogo.scan.recognizers.sensitive_bounds``, one class of rows per kept
rule and rows showing what it must leave alone, on new fictional text that is in no corpus file.

Pipeline rows: (id, text, expected SENSITIVE substrings with the stage on, the same without it or None when the
stage changes nothing). Unit rows call the rules directly on one span.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import Analyzer, default_analyzer
from hogo.scan.recognizers.base import Candidate
from hogo.scan.recognizers.sensitive_bounds import admin_note, conjunctive, normalise_bounds, predicate
from hogo.scan.types import PiiType

ROWS: list[tuple[str, str, list[str], list[str] | None]] = [
    # CONJUNCTIVE: a clause tied to the next one ends before its conjunctive form
    ("conj-shiteori", "面談記録：佐野さんは不安障害で通院しており、残業は控える。", ["不安障害で通院"], ["不安障害で通院しており"]),
    ("conj-shiteori-leave", "相談票：長女は摂食障害で休学しており、家庭訪問を続ける。", ["摂食障害で休学"], ["摂食障害で休学しており"]),
    ("conj-history", "問診票：胃潰瘍の既往があり、鎮痛薬は避ける。", ["胃潰瘍の既往"], ["胃潰瘍の既往があり"]),
    ("conj-history-reki", "告知書：大腸ポリープの治療歴があり、引受は保留。", ["大腸ポリープの治療歴"], ["大腸ポリープの治療歴があり"]),
    # ADMIN_NOTE: a note of issue or renewal after a certificate's grade is outside
    ("admin-issued", "障害状況：身体障害者手帳 3級（令和4年交付）", ["身体障害者手帳 3級"], ["身体障害者手帳 3級（令和4年交付）"]),
    ("admin-renewed", "療育手帳 A（令和6年更新）", ["療育手帳 A"], ["療育手帳 A（令和6年更新）"]),
    # PREDICATE: a bare condition goes on into the predicate that follows it at once
    ("pred-stay", "聞き取り：夫はギャンブル依存症で精神科に3か月入院していたと話した。",
     ["ギャンブル依存症で精神科に3か月入院"], ["ギャンブル依存症"]),
    ("pred-course", "2．既往：気管支喘息の急性増悪", ["気管支喘息の急性増悪"], ["気管支喘息"]),
    ("pred-diagnosis", "次女：自閉スペクトラム症の診断、支援計画を作成", ["自閉スペクトラム症の診断"], ["自閉スペクトラム症"]),
    # left alone: finite forms, spans already at a clean edge, other notes in brackets, の before a person
    ("keep-finite-shiteiru", "面談記録：双極性障害で通院している。", ["双極性障害で通院している"], None),
    ("keep-finite-aru", "問診票：喘息の既往がある。", ["喘息の既往がある"], None),
    ("keep-reason-outside", "連絡帳：持病の喘息のため体育は見学。", ["持病の喘息"], None),
    ("keep-faith-nanode", "アンケート：ムスリムなので豚肉は食べません。", ["ムスリムなので"], None),
    ("keep-grade-note", "療育手帳 B（軽度）", ["療育手帳 B（軽度）"], None),
    ("keep-person-after-no", "相談票：認知症の母が入院中。", ["認知症"], None),
    ("keep-clean", "就業判定：脂質異常症でスタチン内服中。", ["脂質異常症でスタチン内服中"], None),
]


@pytest.mark.parametrize("rid,text,expected,without", ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_bounds_rows(rid: str, text: str, expected: list[str], without: list[str] | None) -> None:
    got = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type is PiiType.SENSITIVE]
    assert got == expected
    off = [text[f.start : f.end] for f in Analyzer(sensitive_bounds=False).analyze(text) if f.type is PiiType.SENSITIVE]
    assert off == (expected if without is None else without)


def test_person_kept_beside_a_moved_span() -> None:
    text = "面談記録：佐野さんは不安障害で通院しており、残業は控える。"
    persons = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type is PiiType.PERSON]
    assert persons == ["佐野"]


def _span(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


UNIT: list[tuple[str, object, str, str, str]] = [
    # (id, rule, text, span before, span after)
    ("na-reason-clause", conjunctive, "脳出血の後遺症で左手が不自由なため、代筆", "脳出血の後遺症で左手が不自由なため", "脳出血の後遺症で左手が不自由"),
    ("na-reason-no-subject", conjunctive, "ムスリムなので豚肉は不可", "ムスリムなので", "ムスリムなので"),
    ("shiteori-after-kana", conjunctive, "薬を飲んでしており", "薬を飲んでしており", "薬を飲んでしており"),
    ("ga-ari-not-history", conjunctive, "聴覚障害があり、筆談", "聴覚障害があり", "聴覚障害があり"),
    ("admin-normalised", admin_note, "精神障害者保健福祉手帳 2級(令和5年交付)", "精神障害者保健福祉手帳 2級(令和5年交付)", "精神障害者保健福祉手帳 2級"),
    ("admin-not-grade", admin_note, "入院中(令和5年申請)", "入院中(令和5年申請)", "入院中(令和5年申請)"),
    ("pred-not-bare", predicate, "適応障害の治療で通院中", "適応障害の治療", "適応障害の治療"),
    ("pred-other-subject", predicate, "糖尿病で母が通院中", "糖尿病", "糖尿病"),
    ("pred-kana-gan", predicate, "肺がんで治療、", "肺がん", "肺がんで治療"),
]


@pytest.mark.parametrize("rid,rule,text,before,after", UNIT, ids=[u[0] for u in UNIT])
def test_sensitive_bounds_rules(rid: str, rule, text: str, before: str, after: str) -> None:
    start, end = _span(text, before)
    a, b = rule(text, start, end)
    assert text[a:b] == after


def test_other_types_untouched() -> None:
    text = "入院しており、山田 花子しており、東京都千代田区があり"
    cands = [
        Candidate(*_span(text, "山田 花子しており"), PiiType.PERSON, 0.9, "person"),
        Candidate(*_span(text, "東京都千代田区があり"), PiiType.ADDRESS, 0.9, "address"),
    ]
    assert normalise_bounds(text, cands) == cands


def test_rule_subset_and_order() -> None:
    text = "面談：うつ病で休職しており、復職は未定。"
    c = Candidate(*_span(text, "うつ病で休職しており"), PiiType.SENSITIVE, 0.9, "sensitive")
    assert text[slice(*_pick(normalise_bounds(text, [c])))] == "うつ病で休職"
    assert normalise_bounds(text, [c], rules=["predicate"]) == [c]


def _pick(found: list[Candidate]) -> tuple[int, int]:
    (c,) = found
    return c.start, c.end
