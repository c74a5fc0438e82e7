"""Browser test of complaints (苦情・相談): a complaint received, handled, escalated and closed; the statistics.

``HOGO_SCREENSHOTS=docs/screenshots`` saves the complaint detail and the statistics table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import PASSWORD, running_server
from test_app_browser import CHROMIUM, _shot, browser  # noqa: F401 - the shared browser fixture and screenshots

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium "
                                                              "(apt-get install chromium; .ci/run does it)")


def set_up(page, base: str, employees: str = "40") -> None:  # noqa: ANN001
    """First-run setup of a fictional school, logged in as its administrator."""
    from playwright.sync_api import expect

    page.goto(base + "/setup")
    page.fill("#f-organisation_name", "架空学園")
    page.select_option("#f-organisation_type", "school")
    page.fill("#f-employees", employees)
    page.fill("#f-username", "admin")
    page.fill("#f-display_name", "管理 花子")
    page.fill("#f-password", PASSWORD)
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("架空学園")


def test_complaint_escalated_and_closed(browser, tmp_path: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    with running_server(tmp_path) as base:
        page = browser.new_page(locale="ja-JP", viewport={"width": 1200, "height": 900})
        set_up(page, base)
        page.click("nav >> text=苦情・相談")
        page.click("text=苦情・相談を受け付ける")
        page.fill("#f-received_on", "2025-04-10")
        page.select_option("#f-channel", "counter")
        page.select_option("#f-kind", "complaint")
        page.check("input[name=topics][value=third_party]")
        page.select_option("#f-complainant", "guardian")
        page.fill("#f-complainant_name", "架空 花子")
        page.click("main button[type=submit]")  # no summary: refused next to the field, input kept
        expect(page.locator("#error-summary")).to_be_visible()
        expect(page.locator("#f-complainant_name")).to_have_value("架空 花子")
        page.fill("#f-summary", "学級名簿が保護者の同意なくPTA役員に渡されたとの申出")
        page.click("main button[type=submit]")
        expect(page.locator("#complaint-status")).to_have_text("受付")

        page.fill("#f-on", "2025-04-11")
        page.fill("#f-action", "担任と教頭から事実関係を聴取。名簿の提供記録を確認した。")
        page.click("#add-step")
        expect(page.locator("#complaint-status")).to_have_text("対応中")
        expect(page.locator("#complaint-steps")).to_contain_text("事実関係を聴取")

        page.select_option("#f-escalated_to", "accredited_body")
        page.fill("#f-escalated_on", "2025-04-01")  # before receipt: refused, Japanese message at the field
        page.fill("#f-escalation_note", "申出人の希望により認定個人情報保護団体へ")
        page.click("#escalate")
        expect(page.locator("#error-escalated_on")).to_contain_text("受付日より前")
        expect(page.locator("#f-escalation_note")).to_have_value("申出人の希望により認定個人情報保護団体へ")
        page.fill("#f-escalated_on", "2025-04-18")
        page.click("#escalate")
        expect(page.locator("#complaint-status")).to_have_text("移送・あっせん中")
        expect(page.locator("#complaint-escalation")).to_contain_text("認定個人情報保護団体")

        page.fill("#f-closed_on", "2025-05-20")
        page.select_option("#f-outcome", "resolved")
        page.fill("#f-outcome_note", "名簿を回収し、提供の手続を見直した旨を説明。団体からも終了の連絡あり。")
        _shot(page, "40-complaints-detail")
        page.click("#close")
        expect(page.locator("#complaint-status")).to_have_text("完了")
        expect(page.locator("#complaint-outcome")).to_contain_text("解決")
        expect(page.locator("#close-form")).to_have_count(0)
        _shot(page, "41-complaints-closed")

        page.click("nav >> text=苦情・相談")
        page.click("text=苦情・相談の統計")
        page.select_option("#f-period", "quarter")
        page.click("main form button[type=submit]")
        expect(page.locator("#complaint-stats")).to_contain_text("2025年度第1四半期")
        _shot(page, "42-complaints-stats")
        with page.expect_download() as download:
            page.click("#stats-csv")
        assert "2025年度第1四半期" in Path(download.value.path()).read_text(encoding="utf-8-sig")
        page.close()
