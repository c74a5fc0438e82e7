"""Browser test of rights requests: a disclosure request answered with a letter (Chromium + Playwright + hogo serve).

Staff intake → identity verification (kinds of documents only) → decision via the ``rights-request`` judgement →
the letter PDF is downloadable and its text carries the decision. ``HOGO_SCREENSHOTS=docs/screenshots`` saves
the request list, the detail with the decision, and the letter.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from app_support import PASSWORD, running_server
from pypdf import PdfReader
from test_app_browser import CHROMIUM, _shot, browser  # noqa: F401 - the shared browser fixture and screenshots

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium "
                                                              "(apt-get install chromium; .ci/run does it)")


def test_disclosure_request_answered_with_a_letter(browser, tmp_path: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    with running_server(tmp_path) as base:
        page = browser.new_page(locale="ja-JP", viewport={"width": 1200, "height": 900}, accept_downloads=True)
        page.goto(base + "/setup")
        page.fill("#f-organisation_name", "架空学園")
        page.select_option("#f-organisation_type", "school")
        page.fill("#f-employees", "40")
        page.fill("#f-username", "admin")
        page.fill("#f-display_name", "管理 花子")
        page.fill("#f-password", PASSWORD)
        page.click("main button[type=submit]")
        expect(page.locator("h1")).to_have_text("架空学園")

        # staff intake (as the administrator, who holds every grant)
        page.goto(base + "/requests/new")
        page.select_option("#f-kind", "disclosure")
        page.fill("#f-subject", "2025年度の成績に関する記録")
        page.select_option("#f-requested_method", "paper")
        page.fill("#f-requester_name", "架空 太郎")
        page.fill("#f-postal_code", "１００－０００１")
        page.fill("#f-address", "東京都架空区1-2-3")
        page.click("#submit-request")
        expect(page.locator("#request-status")).to_have_text("受付")

        # identity verification: kinds of documents only
        page.click("#to-verifying")
        expect(page.locator("#request-status")).to_have_text("本人確認中")
        expect(page.locator("#identity-form")).to_contain_text("番号")
        page.click("#save-identity")  # nothing chosen → Japanese error next to the field
        expect(page.locator("#error-documents")).to_have_text("確認した本人確認書類の種類を選んでください。")
        page.check("input[name=documents][value='運転免許証']")
        page.click("#save-identity")
        expect(page.locator("#request-status")).to_have_text("検討中")
        expect(page.locator("#request-identity")).to_contain_text("運転免許証")

        # decision via the judgement: withholding part without a ground is refused by the law layer
        page.select_option("#f-outcome", "partial")
        page.click("#decide")
        expect(page.locator("#error-outcome")).to_contain_text("全部応じる義務があります")
        page.select_option("#f-outcome", "full")
        page.select_option("#f-method", "paper")
        page.fill("#f-delivery", "簡易書留で郵送")
        page.fill("#f-fee_yen", "300")
        page.fill("#f-fee_actual_cost_yen", "350")
        page.fill("#f-fee_payment", "郵便定額小為替")
        page.click("#decide")
        expect(page.locator("#request-status")).to_have_text("決定")
        expect(page.locator("#decision-outcome")).to_contain_text("全部を実施")
        expect(page.locator("#judgement-outcome")).to_have_text("応じる義務がある")
        expect(page.locator("#judgement-reasons li").first).to_be_visible()
        _shot(page, "11-requests-detail")

        with page.expect_download() as download:
            page.click("#letter-pdf")
        pdf = download.value.path().read_bytes()
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")
        for expected in ("保有個人データの開示の請求に対する回答について", "全部を実施", "架空太郎様", "300円", "書面の交付"):
            assert expected in text, expected

        letter = browser.new_page(locale="ja-JP", viewport={"width": 900, "height": 1200})
        letter.context.add_cookies(page.context.cookies())
        letter.goto(base + page.locator("#letter-html").get_attribute("href"))
        expect(letter.locator("body")).to_contain_text("ご請求のあった保有個人データ(記録)の全部を開示します。")
        _shot(letter, "12-requests-letter")
        letter.close()

        page.select_option("#f-assignee_id", label="管理 花子")
        page.click("#save-assignee")
        expect(page.locator("#request-assignee")).to_have_text("管理 花子")
        page.click("#to-notified")
        expect(page.locator("#request-status")).to_have_text("通知済")

        # a request received before the year-end closure and not answered: overdue in the list
        page.goto(base + "/requests/new")
        page.select_option("#f-kind", "suspension")
        page.fill("#f-subject", "保護者連絡網の記録")
        page.fill("#f-requested_change", "卒業したため利用を停止してほしい")
        page.select_option("#f-requester_type", "legal_representative_minor")
        page.fill("#f-requester_name", "架空 花代")
        page.fill("#f-person_name", "架空 次郎")
        page.fill("#f-relationship", "親権者(母)")
        page.fill("#f-email", "hanayo@example.jp")
        page.fill("#f-received_on", "2025-12-24")
        page.click("#submit-request")
        expect(page.locator("#request-due")).to_have_text("2026-01-07")
        expect(page.locator("#overdue-warning")).to_be_visible()

        # the person's own request on the public form (no login)
        public = browser.new_page(locale="ja-JP", viewport={"width": 1000, "height": 900})
        public.goto(base + "/request")
        public.select_option("#f-kind", "purpose_notice")
        public.fill("#f-subject", "顧客情報の利用目的")
        public.fill("#f-requester_name", "架空 三郎")
        public.fill("#f-email", "saburo@example.jp")
        public.fill("#f-postal_code", "12-34")
        public.click("#submit-request")
        expect(public.locator("#error-postal_code")).to_have_text("郵便番号は 123-4567 の形で入力してください。")
        expect(public.locator("#f-requester_name")).to_have_value("架空 三郎")
        _shot(public, "14-requests-public-form")
        public.fill("#f-postal_code", "")
        public.click("#submit-request")
        expect(public.locator("#receipt-no")).to_have_text(re.compile(r"^\d{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"))
        public.close()

        page.goto(base + "/requests")
        expect(page.locator("#request-rows tr")).to_have_count(3)
        expect(page.locator("#request-rows")).to_contain_text("通知済")
        expect(page.locator("#request-rows tr.overdue")).to_have_count(1)
        expect(page.locator("#overdue-warning")).to_contain_text("1 件")
        _shot(page, "13-requests-list")
