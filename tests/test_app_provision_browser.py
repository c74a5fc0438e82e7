"""Browser test of the provision records and the dashboard: Debian's Chromium (Playwright) against ``hogo serve``.

One lawful provision with consent → a record with its items and retention deadline; one without a lawful basis →
the alert on the record and on the dashboard. ``HOGO_SCREENSHOTS=docs/screenshots`` saves the pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import PASSWORD, running_server
from test_app_browser import CHROMIUM, _shot, browser  # noqa: F401 - the module-scoped browser fixture

from hogo.app.consents import today_in_japan
from hogo.law.calendar import years_end

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium")


def _record(page, base: str, name: str, basis: str) -> None:  # noqa: ANN001
    page.goto(base + "/provisions/new")
    page.fill("#f-counterpart_name", name)
    page.fill("#f-counterpart_address", "架空県架空市4-5-6")
    page.fill("#f-data_items", "氏名\n学年\n緊急連絡先")
    page.fill("#f-persons", "3年生全員(修学旅行参加者 82名)")
    page.select_option("#f-basis", basis)
    page.fill("#f-transfer_means", "暗号化したファイルを手渡し")


def test_record_provisions_and_see_the_alert(browser, tmp_path: Path) -> None:  # noqa: ANN001, F811
    from playwright.sync_api import expect

    with running_server(tmp_path) as base:
        page = browser.new_page(locale="ja-JP", viewport={"width": 1200, "height": 900})
        page.goto(base + "/setup")
        page.fill("#f-organisation_name", "架空学園")
        page.select_option("#f-organisation_type", "school")
        page.fill("#f-employees", "42")
        page.fill("#f-username", "admin")
        page.fill("#f-display_name", "管理 花子")
        page.fill("#f-password", PASSWORD)
        page.click("main button[type=submit]")
        expect(page.locator("h1")).to_have_text("架空学園")

        _record(page, base, "架空旅行株式会社", "exception")  # exception without its kind: refused, input kept
        page.click("#save")
        expect(page.locator("#error-exception_kind")).to_contain_text("例外の種類を選んでください")
        expect(page.locator("#f-data_items")).to_have_value("氏名\n学年\n緊急連絡先")
        page.select_option("#f-basis", "consent")
        _shot(page, "14-provision-form")
        page.click("#save")
        expect(page.locator("#provision-outcome")).to_have_text("提供できます")
        expect(page.locator("#record-items")).to_contain_text("本人の同意を得ている旨")
        expect(page.locator("#record-items")).to_contain_text("個人データの項目")
        until = years_end(today_in_japan(), 3).isoformat()
        expect(page.locator("#retention")).to_contain_text(until)
        expect(page.locator("#law-version")).to_contain_text("適用した法令の版")
        expect(page.locator("#provision-alert")).to_have_count(0)
        _shot(page, "15-provision-detail")

        _record(page, base, "架空名簿販売業者", "none")
        page.click("#save")
        expect(page.locator("#provision-alert")).to_contain_text("法令上の根拠がありません")
        expect(page.locator("#provision-outcome")).to_contain_text("提供できません")
        _shot(page, "16-provision-alert")

        page.click("nav >> text=ホーム")
        expect(page.locator("#dashboard-alerts")).to_contain_text("架空名簿販売業者")
        expect(page.locator("#provision-count")).to_have_text("2")
        _shot(page, "17-dashboard")
        page.click("nav >> text=提供記録")
        expect(page.locator("#provision-rows")).to_contain_text("根拠なし")
        page.close()
