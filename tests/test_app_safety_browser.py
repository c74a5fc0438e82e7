"""Browser test of the safety measures (安全管理措置): the profile decides the SME relaxed set; a measure gets
evidence and review dates; a training record. ``HOGO_SCREENSHOTS`` saves the checklist."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import running_server
from test_app_browser import CHROMIUM, _shot, browser  # noqa: F401 - the shared browser fixture and screenshots
from test_app_complaints_browser import set_up

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium "
                                                              "(apt-get install chromium; .ci/run does it)")


def test_safety_checklist_with_sme_methods(browser, tmp_path: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    with running_server(tmp_path) as base:
        page = browser.new_page(locale="ja-JP", viewport={"width": 1200, "height": 900})
        set_up(page, base, employees="40")
        page.click("nav >> text=安全管理措置")
        page.click("text=事業者の区分(中小規模事業者の判定)")
        page.check("#f-handles_mynumber")
        page.fill("#f-max_persons_past_6_months", "１，２００")
        page.click("main button[type=submit]")
        expect(page.locator("#safety-sme")).to_contain_text("中小規模事業者に該当します")
        expect(page.locator("#m-mn-E-c")).to_contain_text("封筒に封入し鞄に入れて搬送")

        page.click("#m-mn-E-c a")
        page.select_option("#f-status", "in_place")
        page.select_option("#f-method", "sme")
        page.click("main form button[type=submit]")  # no evidence: refused at the field
        expect(page.locator("#error-evidence")).to_be_visible()
        page.fill("#f-evidence", "持出し時はパスワード付きUSBメモリ、紙は封筒に封入し鞄で搬送(持出し記録簿)")
        page.fill("#f-evidence_link", "特定個人情報取扱規程 第12条")
        page.fill("#f-reviewed_on", "2025-04-01")
        page.fill("#f-next_review_on", "2026-04-01")
        page.click("main form button[type=submit]")
        expect(page.locator("#m-mn-E-c")).to_have_attribute("data-status", "in_place")
        expect(page.locator("#safety-progress")).to_contain_text("1 /")
        _shot(page, "45-safety-checklist")

        page.click("text=研修・誓約書")
        page.fill("#f-held_on", "2025-04-15")
        page.fill("#f-course", "マイナンバー取扱研修")
        page.click("#add-training")
        expect(page.locator("#safety-people")).to_contain_text("マイナンバー取扱研修")
        page.fill("#f-document_ref", "人事ファイル 2025-001")
        page.click("#add-pledge")
        expect(page.locator("#safety-people")).to_contain_text("退職後も含む")
        _shot(page, "46-safety-people")
        page.close()
