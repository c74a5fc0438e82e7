"""The 台帳 entry review: what the law asks, given what the entry holds (scenario table)."""

from __future__ import annotations

import datetime as dt

import pytest
from app_support import admin_api, sample_entry

from hogo.app.register_review import ReviewFacts, review

TODAY = dt.date(2025, 6, 1)
SCENARIOS = [
    # id, categories, persons, contractors, cross_border → citations expected (in order)
    ("plain-small", ["personal"], 100, [], False, []),
    ("sensitive", ["personal", "sensitive"], 10, [], False,
     ["個人情報保護法第20条第2項; 第27条第2項", "個人情報保護法第26条第1項; 施行規則第7条第1号"]),
    ("over-1000", ["personal"], 1001, [], False, ["個人情報保護法第26条第1項; 施行規則第7条第4号"]),
    ("exactly-1000", ["personal"], 1000, [], False, []),  # 1,000人を「超える」
    ("mynumber", ["specific_personal"], 50, [], False, ["番号法第9条; 第19条; 第20条"]),
    ("abroad-contractor", ["personal"], 5, ["架空クラウド株式会社"], True,
     ["個人情報保護法第28条第1項; 第28条第2項", "個人情報保護法第25条"]),
    ("pseudonymised", ["pseudonymised"], 5000, [], False,
     ["個人情報保護法第26条第1項; 施行規則第7条第4号", "個人情報保護法第41条第6項; 第41条第8項"]),
    ("anonymised", ["anonymised"], 0, [], False, ["個人情報保護法第43条第3項"]),
    ("referable", ["personally_referable"], 0, [], False, ["個人情報保護法第31条第1項"]),
]


@pytest.mark.parametrize(("sid", "categories", "persons", "contractors", "abroad", "expected"), SCENARIOS,
                         ids=[s[0] for s in SCENARIOS])
def test_review_scenarios(sid: str, categories: list[str], persons: int, contractors: list[str], abroad: bool,
                          expected: list[str]) -> None:
    result = review(ReviewFacts(categories=categories, persons_count=persons, contractors=contractors,
                                cross_border=abroad), TODAY)
    assert [r.citation for r in result.reasons] == expected
    assert all(r.text and r.text_en for r in result.reasons)
    assert result.law_version.id == "appi-2024"


def test_before_mandatory_breach_reports_no_breach_points() -> None:
    result = review(ReviewFacts(categories=["sensitive"], persons_count=5000, contractors=[], cross_border=False),
                    dt.date(2020, 1, 1))
    assert result.law_version.id == "appi-2017"
    assert [r.citation for r in result.reasons] == ["個人情報保護法第20条第2項; 第27条第2項"]


def test_review_on_the_api_and_detail_page(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry(persons_count=1200))
    body = api.get("/api/v1/register/1/review").json()
    assert "施行規則第7条第4号" in " ".join(r["citation"] for r in body["reasons"])
    page = api.client.get("/register/1")
    assert "法令上の確認事項" in page.text and "施行規則第7条第1号" in page.text
