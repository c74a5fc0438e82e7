"""Browser test of a leak incident: it becomes reportable when its count passes 1,000, and yields the report
(nine items) and the notices with the right dates (Chromium + Playwright + ``hogo serve``).

``HOGO_SCREENSHOTS=docs/screenshots`` saves the incident detail with its live deadlines, the report and a notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import PASSWORD, running_server
from test_app_browser import CHROMIUM, _shot, browser  # noqa: F401 - the shared browser fixture and screenshots

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed at /usr/bin/chromium "
                                                              "(apt-get install chromium; .ci/run does it)")

NINE = ["概要", "漏えい等が発生し、又は発生したおそれがある個人データの項目", "本人の数", "原因",
        "二次被害又はそのおそれの有無及びその内容", "本人への対応の実施状況", "公表の実施状況", "再発防止のための措置",
        "その他参考となる事項"]


def test_leak_becomes_reportable_past_1000_and_yields_report_and_notice(browser, tmp_path: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    with running_server(tmp_path) as base:
        page = browser.new_page(locale="ja-JP", viewport={"width": 1200, "height": 900})
        page.goto(base + "/setup")
        page.fill("#f-organisation_name", "学校法人さくら学園(架空)")
        page.select_option("#f-organisation_type", "school")
        page.fill("#f-employees", "60")
        page.fill("#f-username", "admin")
        page.fill("#f-display_name", "管理 花子")
        page.fill("#f-password", PASSWORD)
        page.click("main button[type=submit]")

        page.click("nav >> text=漏えい等事案")
        page.click("text=事案を登録")
        page.fill("#f-reference", "L-2024-005")
        page.fill("#f-title", "成績一覧の誤送信")
        page.fill("#f-occurred_on", "2024-05-06")
        page.fill("#f-discovered_on", "2024-05-07")
        page.fill("#f-discovered_by", "教務課職員")
        page.fill("#f-known_on", "2024-05-07")
        page.fill("#f-persons_count", "九百")  # wrong on purpose: error next to the field, the rest kept
        page.fill("#f-contact_department", "事務局 個人情報保護管理者")
        page.fill("#f-contact_phone", "03-0000-0000")
        page.click("#save")
        expect(page.locator("#error-persons_count")).to_have_text("整数で入力してください。")
        expect(page.locator("#f-reference")).to_have_value("L-2024-005")
        page.fill("#f-persons_count", "900")
        page.click("#save")
        expect(page.locator("#reportable")).to_have_text("なし")
        expect(page.locator("#final-due")).to_have_text("—")

        # the count rises past 1,000 on 5/12: reportable, day 1 = 5/12
        page.fill("#f-count-on", "2024-05-12")
        page.fill("#f-count-count", "１，２００")
        page.click("#add-count")
        expect(page.locator("#reportable")).to_have_text("あり")
        expect(page.locator("#clock-starts")).to_have_text("2024-05-12")
        expect(page.locator("#preliminary-due")).to_contain_text("2024-05-16")
        expect(page.locator("#final-due")).to_contain_text("2024-06-10")
        expect(page.locator("#count-rows")).to_contain_text("1,200")
        expect(page.locator("#reasons")).to_contain_text("施行規則第7条第4号")

        page.click("text=報告事項を編集")
        page.fill("#f-outline_description", "成績一覧表を誤って外部の宛先に電子メールで送信した。")
        page.fill("#f-data_items", "氏名\n学年・組\n成績")
        page.fill("#f-data_media", "電子メール")
        page.fill("#f-data_kind", "生徒の情報")
        page.fill("#f-cause_description", "送信先アドレスの確認不足")
        page.select_option("#f-cause_actor", "reporter")
        page.select_option("#f-damage_status", "risk")
        page.fill("#f-damage_description", "受信者による閲覧のおそれ")
        page.select_option("#f-publication_status", "planned")
        page.fill("#f-prevention_done", "送信前の二重確認を徹底")
        page.fill("#f-other_self_protection", "学園を名乗る不審な連絡にご注意ください。")
        page.click("#save")
        expect(page.locator("#item-rows")).to_contain_text("判明")
        _shot(page, "30-incidents-detail")

        page.goto(base + page.locator("#report-preliminary").get_attribute("href"))
        for title in NINE:
            expect(page.locator("body")).to_contain_text(title)
        expect(page.locator("body")).to_contain_text("2024-05-16")
        expect(page.locator("body")).to_contain_text("2024-06-10")
        expect(page.locator("body")).to_contain_text("1,200")
        _shot(page, "31-incidents-report")
        page.go_back()

        page.fill("#f-person-person_ref", "S-0001")
        page.fill("#f-person-name", "架空 一郎")
        page.fill("#f-person-postal_code", "100-0001")
        page.fill("#f-person-address", "東京都架空区みどり町1-2-3")
        with page.expect_popup() as popup_info:
            page.click("#print-notice")
        notice = popup_info.value
        notice.wait_for_load_state()
        expect(notice.locator("body")).to_contain_text("架空 一郎 様")
        expect(notice.locator("body")).to_contain_text("送信先アドレスの確認不足")
        expect(notice.locator("body")).to_contain_text("学園を名乗る不審な連絡")
        assert "本人の数" not in notice.locator("body").inner_text()  # items 3, 6, 7, 8 are not in a notice
        assert "再発防止" not in notice.locator("body").inner_text()
        _shot(notice, "32-incidents-notice")
        notice.close()

        page.fill("#f-notice-person_ref", "S-0001")
        page.select_option("#f-notice-method", "post")
        page.fill("#f-notice-sent_on", "2024-05-20")
        page.click("#record-notice")
        expect(page.locator("#notice-rows")).to_contain_text("S-0001")
        expect(page.locator("#notice-rows")).to_contain_text("郵送")
        expect(page.locator("#notice-rows")).not_to_contain_text("架空 一郎")

        page.click("nav >> text=通知")
        page.click("#run-now")
        expect(page.locator("#ran")).to_contain_text("新しい通知 2 件")  # 速報 and 確報, both overdue by now
        expect(page.locator("#notification-rows")).to_contain_text("漏えい等報告(速報)の期限を過ぎています")
        expect(page.locator("#upcoming-rows")).to_contain_text("L-2024-005")
        _shot(page, "33-notifications-list")
        page.close()
