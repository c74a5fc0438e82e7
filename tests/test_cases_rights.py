"""Rights requests: the 遅滞なく target, decision checks, and the items each letter carries."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedata import rights_case
from hogo.cases.deadlines import ResponseTarget, response_due
from hogo.cases.rights import KIND_JA, RightsCase, letter
from hogo.law import calendar
from hogo.law.core import FactsError

D = dt.date.fromisoformat
ALL_KINDS = list(KIND_JA)


def load(data: dict) -> RightsCase:
    return RightsCase.model_validate_json(json.dumps(data))


def texts(result) -> str:
    """Every heading, label, value and paragraph of a letter, as one string."""
    parts = [result.title, result.intro]
    for section in result.sections:
        parts += [section.heading, *section.paragraphs]
        parts += [f"{e.label}:{e.value}" for e in section.entries]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("received", "target", "expected"),
    [
        # 12/24 + 10 open days: 12/25, 12/26, (12/27–1/4 closed), 1/5–1/9, (1/12 成人の日), 1/13–1/15.
        ("2025-12-24", ResponseTarget(days=10, counting="business"), "2026-01-15"),
        # 14 calendar days from 12/24 (day of receipt not counted) = 1/7, an open day.
        ("2025-12-24", ResponseTarget(), "2026-01-07"),
        # 5 calendar days from 12/26 = 12/31 (年末年始) → next open day 1/5.
        ("2025-12-26", ResponseTarget(days=5), "2026-01-05"),
        ("2025-06-02", ResponseTarget(days=3, counting="business"), "2025-06-05"),
    ],
)
def test_response_target(received, target, expected):
    due = response_due(D(received), target)
    assert due == D(expected)
    assert not calendar.is_closed(due)


def test_year_end_request_lands_after_the_closure():
    case = load(rights_case("disclosure"))  # received 12/24, target 10 business days
    result = letter(case)
    assert result.response_due > D("2026-01-03")
    assert result.response_due == D("2026-01-15")
    assert not result.overdue  # decided 2026-01-08
    late = load(rights_case("disclosure", decided_on="2026-01-16"))
    assert letter(late).overdue


REQUIRED = {
    # kind → phrases every letter of that kind must carry (decision, specifics, contact)
    "disclosure": [
        "保有個人データの開示の請求に対する回答",
        "全部を開示します",
        "開示の方法",
        "電磁的記録の提供",
        "手数料:500円",
        "お支払方法:郵便定額小為替",
        "お問合せ先",
    ],
    "record_disclosure": ["第三者提供記録の開示", "開示の方法", "手数料:500円", "お問合せ先"],
    "purpose_notice": [
        "利用目的の通知の求めに対する回答",
        "利用目的を下記のとおり通知します",
        "手数料:500円",
        "お問合せ先",
    ],
    "correction": [
        "訂正",
        "ご請求のとおり保有個人データの訂正を行いました",
        "実施した内容:ご指摘の住所を訂正しました",
        "お問合せ先",
    ],
    "addition": ["追加を行いました", "実施した内容", "お問合せ先"],
    "deletion": ["削除を行いました", "実施した内容", "お問合せ先"],
    "suspension": ["利用停止を行いました", "実施した内容", "お問合せ先"],
    "erasure": ["消去を行いました", "実施した内容", "お問合せ先"],
    "stop_provision": ["第三者への提供の停止を行いました", "実施した内容", "お問合せ先"],
}


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kind_of_letter_has_its_required_items(kind):
    data = rights_case(kind)
    if kind == "purpose_notice":
        data["decision"]["action_taken"] = "福祉サービスの提供及び利用料の請求のため"
    result = letter(load(data))
    text = texts(result)
    for phrase in REQUIRED[kind]:
        assert phrase in text, phrase
    assert "受付日:2025-12-24" in text and "確認した書類:運転免許証" in text
    assert result.citations[0].startswith("個人情報保護法第3")
    if kind not in ("disclosure", "record_disclosure", "purpose_notice"):
        assert "手数料" not in text


def test_refusal_letter_has_the_ground_and_the_reason():
    data = rights_case(
        "disclosure",
        outcome="partial",
        refusals=[
            {
                "ground": "harm_to_rights",
                "scope": "ケース記録のうち家族の発言部分",
                "reason": "ご家族の私生活に関する発言が含まれ、開示によりご家族の権利利益を害するおそれがあるため。",
            }
        ],
    )
    result = letter(load(data))
    text = texts(result)
    assert "一部を実施しない理由" in text
    assert "対象(1):ケース記録のうち家族の発言部分" in text
    assert (
        "根拠(1):本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがあるため(個人情報保護法第33条第2項第1号)"
        in text
    )
    assert "理由(1):ご家族の私生活" in text
    assert "個人情報保護法第36条" in result.citations
    assert "ご不服がある場合" in text


def test_paper_instead_of_the_requested_electronic_record_needs_a_reason():
    data = rights_case("disclosure", method="paper")
    with pytest.raises(FactsError) as error:
        letter(load(data))
    assert error.value.field == "decision.method_reason"
    data["decision"]["method_reason"] = "記録が紙の原本のみで、電子化に多額の費用を要するため"
    text = texts(letter(load(data)))
    assert "ご請求の方法によらない理由:記録が紙の原本のみ" in text and "書面の交付" in text


def test_agent_request_and_alternative_measure():
    data = rights_case(
        "erasure",
        outcome="none",
        refusals=[
            {
                "ground": "alternative_measure",
                "scope": "バックアップ媒体上のデータ",
                "reason": "消去には全媒体の再構築を要し多額の費用がかかるため。",
            }
        ],
        alternative_measure="当該データへのアクセスを停止し、次回の媒体更新時に消去します。",
    )
    data["decision"].pop("action_taken")
    data["request"]["requester"] = {"type": "legal_representative", "name": "架空 母子", "relationship": "親権者"}
    data["request"]["person_name"] = "架空 一子"
    data["request"]["identity"]["agent_documents"] = ["戸籍謄本"]
    result = letter(load(data))
    assert result.addressee == ["架空 母子 様", "(架空 一子 様の法定代理人)"]
    assert letter(load(rights_case("disclosure"))).addressee == ["〒530-0000", "大阪府架空市1-1-1", "架空 太郎 様"]
    text = texts(result)
    assert "代わるべき措置" in text and "全部を実施しない理由" in text
    assert "確認した書類:運転免許証、戸籍謄本" in text


@pytest.mark.parametrize(
    ("kind", "decision", "request_changes", "field"),
    [
        ("correction", {"fee": {"amount_yen": 300, "payment": "現金"}}, {}, "decision.fee"),
        ("disclosure", {"outcome": "partial"}, {}, "decision.refusals"),
        ("disclosure", {"refusals": [{"ground": "not_held", "scope": "x", "reason": "y"}]}, {}, "decision.refusals"),
        (
            "correction",
            {"outcome": "none", "refusals": [{"ground": "harm_to_rights", "scope": "x", "reason": "y"}]},
            {},
            "decision.refusals.0.ground",
        ),
        (
            "erasure",
            {"outcome": "none", "refusals": [{"ground": "alternative_measure", "scope": "x", "reason": "y"}]},
            {},
            "decision.alternative_measure",
        ),
        ("disclosure", {"decided_on": "2025-12-01"}, {}, "decision.decided_on"),
        ("disclosure", {}, {"identity": {"verified": False}}, "decision.outcome"),
        ("disclosure", {}, {"identity": {"verified": True}}, "request.identity.documents"),
        ("correction", {}, {"requested_method": "paper"}, "request.requested_method"),
        ("correction", {"action_taken": None}, {}, "decision.action_taken"),
        ("disclosure", {"method": None}, {}, "decision.method"),
        ("disclosure", {}, {"requester": {"type": "agent", "name": "架空 代理"}}, "request.person_name"),
    ],
)
def test_decisions_the_letter_cannot_carry_are_refused(kind, decision, request_changes, field):
    data = rights_case(kind, **decision)
    data["request"].update(request_changes)
    with pytest.raises(FactsError) as error:
        letter(load(data))
    assert error.value.field == field


@given(st.dates(D("2020-01-01"), D("2030-12-31")), st.integers(1, 40), st.sampled_from(["calendar", "business"]))
def test_response_target_properties(received, days, counting):
    target = ResponseTarget(days=days, counting=counting)
    due = response_due(received, target)
    assert due > received and not calendar.is_closed(due)
    span = [received + dt.timedelta(days=n) for n in range(1, (due - received).days + 1)]
    if counting == "business":
        assert sum(not calendar.is_closed(day) for day in span) == days
    else:
        nominal = received + dt.timedelta(days=days)
        assert due >= nominal and all(calendar.is_closed(day) for day in span if day >= nominal and day != due)


def test_not_held_cites_the_result_notice_of_the_kind():
    refusal = [{"ground": "not_held", "scope": "全部", "reason": "該当する記録を保有していないため。"}]
    data = rights_case("disclosure", outcome="none", refusals=refusal, method=None, delivery=None)
    disclosure = letter(load(data))
    assert "請求に係る保有個人データが存在しないため(個人情報保護法第33条第3項)" in texts(disclosure)
    data = rights_case("suspension", outcome="none", refusals=refusal)
    data["decision"].pop("action_taken")
    assert "(個人情報保護法第35条第7項)" in texts(letter(load(data)))
