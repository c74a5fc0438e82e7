"""Browser test of contractors (委託先): a My Number contractor with its checklist; a re-entrustment refused
without the original entruster's 許諾, then allowed with it. ``HOGO_SCREENSHOTS`` saves the contractor detail."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import running_server
from test_app_browser import CHROMIUM, _shot, browser  # noqa: F401 - the shared browser fixture and screenshots
from test_app_complaints_browser import set_up

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium "
                                                              "(apt-get install chromium; .ci/run does it)")


def test_reentrustment_refused_without_permission(browser, tmp_path: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    with running_server(tmp_path) as base:
        page = browser.new_page(locale="ja-JP", viewport={"width": 1200, "height": 900})
        set_up(page, base)
        page.click("nav >> text=委託先")
        page.click("text=委託先を登録")
        page.fill("#f-name", "架空給与計算株式会社")
        page.fill("#f-service", "給与計算・源泉徴収票の作成")
        page.select_option("#f-regime", "mynumber")
        page.fill("#f-contract_start", "2025-04-01")
        page.fill("#f-contract_end", "2026-03-31")
        for check in ("equipment", "technical_level", "staff_supervision"):  # 経営環境 not checked
            page.check(f"input[name=selection_checks][value={check}]")
        page.fill("#f-selected_on", "2025-03-15")
        for clause in ("confidentiality", "no_take_out", "no_other_purpose", "reentrustment_conditions",
                       "leak_responsibility", "return_or_disposal", "staff_supervision_education",
                       "compliance_reporting", "designated_handlers"):
            page.check(f"input[name=clauses_mynumber][value={clause}]")
        page.fill("#f-next_review_on", "2026-03-01")
        page.click("main button[type=submit]")
        expect(page.locator("h1")).to_have_text("架空給与計算株式会社")
        expect(page.locator("#contractor-evaluation")).to_contain_text("経営環境")
        expect(page.locator("#contractor-checklist tr[data-item=management_environment]")).to_contain_text("✗")
        expect(page.locator("#contractor-checklist tr[data-item=compliance_reporting]")).to_contain_text("✓")
        _shot(page, "43-contractors-detail")

        # 乙 asks to re-entrust data entry to 丙 without our 許諾: refused with the judgement's reasons
        page.fill("#f-subcontractor_name", "架空データ入力有限会社")
        page.fill("#f-service", "扶養控除等申告書の入力")
        page.fill("#f-requested_on", "2025-06-01")
        page.select_option("#f-permission", "none")
        page.click("#reentrust")
        refused = page.locator("section[id^=reentrust-]").first
        expect(refused.locator(".reentrust-outcome")).to_have_text("再委託不可")
        expect(refused).to_contain_text("最初の委託者の許諾が必要")
        expect(refused).to_contain_text("番号法第10条")
        _shot(page, "44-contractors-reentrust-refused")

        # with our (the original entruster's) 許諾 it is allowed and 丙 is registered as a re-entrustee
        page.fill("#f-subcontractor_name", "架空データ入力有限会社")
        page.fill("#f-service", "扶養控除等申告書の入力")
        page.fill("#f-requested_on", "2025-06-05")
        page.select_option("#f-permission", "original_entruster")
        page.fill("#f-permission_by", "架空学園 理事長")
        page.fill("#f-permitted_on", "2025-06-04")
        page.click("#reentrust")
        allowed = page.locator("section[id^=reentrust-]").first
        expect(allowed.locator(".reentrust-outcome")).to_contain_text("再委託可")
        allowed.locator("text=再委託先を開く").click()
        expect(page.locator("h1")).to_have_text("架空データ入力有限会社")
        expect(page.locator("#contractor-chain")).to_contain_text("架空給与計算株式会社")
        expect(page.locator("#f-permission option[value=intermediate_only]")).to_have_count(1)  # tier 2
        page.close()
