"""Browser tests: Debian's Chromium driven by Playwright against the real ``hogo serve`` in a subprocess.

Skipped (with the reason) only when /usr/bin/chromium is absent; CI installs it (.ci/run).
Set ``HOGO_SCREENSHOTS=docs/screenshots`` to save PNGs of the main pages while the flow runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_support import PASSWORD, running_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium "
                                                              "(apt-get install chromium; .ci/run does it)")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


def _shot(page, name: str) -> None:  # noqa: ANN001
    if target := os.environ.get("HOGO_SCREENSHOTS"):
        Path(target).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(target) / f"{name}.png"), full_page=True)


def test_main_flows(browser, tmp_path: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    with running_server(tmp_path) as base:
        page = browser.new_page(locale="ja-JP", viewport={"width": 1200, "height": 900})
        page.goto(base + "/")
        expect(page).to_have_url(base + "/setup")
        expect(page.locator("h1")).to_have_text("初期設定")
        page.fill("#f-organisation_name", "架空福祉会")
        page.select_option("#f-organisation_type", "welfare")
        page.fill("#f-employees", "八十")  # wrong on purpose
        page.fill("#f-username", "admin")
        page.fill("#f-display_name", "管理 花子")
        page.fill("#f-password", PASSWORD)
        _shot(page, "01-setup")
        page.click("main button[type=submit]")
        expect(page.locator("#error-employees")).to_have_text("整数で入力してください。")
        expect(page.locator("#f-organisation_name")).to_have_value("架空福祉会")  # nothing lost
        page.fill("#f-employees", "80")
        page.fill("#f-password", PASSWORD)
        page.click("main button[type=submit]")
        expect(page.locator("h1")).to_have_text("架空福祉会")

        page.click("text=ログアウト")
        expect(page).to_have_url(base + "/login")
        page.fill("#f-username", "admin")
        page.fill("#f-password", PASSWORD)
        _shot(page, "02-login")
        page.click("main button[type=submit]")
        expect(page.locator("#register-count")).to_have_text("0")

        page.click("nav >> text=個人情報取扱台帳")
        page.click("text=新しく登録")
        page.fill("#f-name", "利用者ケース記録")
        page.check("input[value=sensitive]")
        page.fill("#f-items", "氏名\n生年月日\n障害の状況\n支援内容")
        page.fill("#f-persons_count", "120")
        page.fill("#f-purposes", "個別支援計画の作成\nサービス提供記録")
        page.fill("#f-acquisition_source", "本人・家族から面談で取得")
        page.fill("#f-storage_location", "事務所サーバ")
        page.select_option("#f-storage_medium", "electronic")
        page.fill("#f-access_roles", "サービス管理責任者\n支援員")
        page.fill("#f-retention", "サービス提供完結の日から5年")
        page.fill("#f-disposal_method", "データ消去ソフトで消去")
        page.check("#f-cross_border")  # but no country: an error next to that field
        _shot(page, "03-register-form")
        page.click("main button[type=submit]")
        expect(page.locator("#error-cross_border_countries")).to_contain_text("提供先の国を入力")
        expect(page.locator("#f-items")).to_have_value("氏名\n生年月日\n障害の状況\n支援内容")
        page.uncheck("#f-cross_border")
        page.click("main button[type=submit]")
        expect(page.locator("h1")).to_have_text("利用者ケース記録")
        expect(page.locator("text=保存しました。")).to_be_visible()
        expect(page.locator("dl.record")).to_contain_text("要配慮個人情報")
        _shot(page, "04-register-detail")

        page.click("nav >> text=個人情報取扱台帳")
        expect(page.locator("#register-rows")).to_contain_text("利用者ケース記録")
        page.fill("input[type=search]", "存在しない名称")
        expect(page.locator("#register-rows")).to_contain_text("まだ登録がありません")  # HTMX live search
        page.fill("input[type=search]", "")
        expect(page.locator("#register-rows")).to_contain_text("利用者ケース記録")
        _shot(page, "05-register-list")

        page.click("nav >> text=同意記録")
        page.click("text=同意を記録")
        page.fill("#f-subject_name", "架空 三郎")
        page.fill("#f-subject_ref", "R-120")
        page.select_option("#f-scope", "sensitive_acquisition")
        page.fill("#f-purpose", "障害の状況の取得(個別支援計画のため)")
        page.select_option("#f-database_id", label="利用者ケース記録")
        page.select_option("#f-method", "oral")  # oral without a record: refused, input kept
        page.select_option("#f-given_by", "legal_representative")
        page.fill("#f-representative_name", "架空 花")
        page.fill("#f-representative_relation", "成年後見人")
        page.fill("#f-obtained_on", "2025-04-01")
        page.click("main button[type=submit]")
        expect(page.locator("#error-oral_record")).to_contain_text("確認した記録")
        expect(page.locator("#f-representative_name")).to_have_value("架空 花")
        page.fill("#f-oral_record", "面談時にサービス管理責任者が確認し記録")
        _shot(page, "07-consent-form")
        page.click("main button[type=submit]")
        expect(page.locator("#consent-status")).to_have_text("有効")
        page.fill("#f-withdrawn_on", "2025-05-01")
        page.click("#withdraw")
        expect(page.locator("#consent-status")).to_contain_text("撤回済み")
        page.click("nav >> text=同意記録")
        expect(page.locator("#consent-rows")).to_contain_text("架空 三郎")
        _shot(page, "08-consent-list")

        page.click("nav >> text=公表事項")
        expect(page.locator("#notice-missing")).to_contain_text("住所")
        page.click("text=事業者情報を編集")
        page.fill("#f-address", "架空県架空市1-2-3")
        page.fill("#f-representative", "理事長 架空 太郎")
        page.fill("#f-request_procedure", "事務局で書面により受け付けます。")
        page.fill("#f-safety_measures", "個人データ取扱規程を定め、記録は施錠保管しています。")
        page.fill("#f-complaints_contact", "事務局 個人情報相談窓口")
        page.click("main button[type=submit]")
        expect(page.locator("#notice-purposes")).to_contain_text("個別支援計画の作成")
        expect(page.locator("#notice-missing")).to_have_count(0)
        _shot(page, "09-public-notice")

        page.click("nav >> text=監査ログ")
        expect(page.locator("#audit-status")).to_contain_text("改ざんは検出されませんでした")
        _shot(page, "06-audit-log")
        page.click("#lang-switch")
        expect(page.locator("h1")).to_have_text("Audit log")
        _shot(page, "10-audit-log-en")
        page.close()
