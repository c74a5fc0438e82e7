"""CSV export/import of the 台帳 in UTF-8 and CP932 (Excel), with row-level errors and nothing half-imported."""

from __future__ import annotations

import csv
import io

import pytest
from app_support import admin_api, sample_entry


def _csv(rows: list[list[str]], encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


HEADER = ["名称", "記録項目", "区分", "本人の数", "利用目的", "取得元・取得方法", "保管場所", "保管媒体",
          "アクセスできる役割", "保存期間", "廃棄・削除の方法", "委託先", "外国にある第三者への提供", "提供先の国",
          "備考"]
ROW = ["職員名簿", "氏名\n住所", "個人情報", "1,200", "人事管理;給与計算", "本人から書面", "人事課", "電子", "人事担当",
       "退職後7年", "消去ソフトで消去", "架空給与計算株式会社", "なし", "", ""]


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_export_then_import_round_trips(app, encoding: str) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry(contractors=["架空データ株式会社"], cross_border=True,
                                                   cross_border_countries=["シンガポール"]))
    exported = api.get("/api/v1/register.csv", params={"encoding": encoding})
    assert exported.status_code == 200
    assert exported.content.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8")  # BOM so Excel reads UTF-8
    text = exported.content.decode("utf-8-sig" if encoding == "utf-8" else "cp932")
    assert text.splitlines()[0].startswith("ID,版,名称,記録項目,区分")
    # re-importing the export as is updates nothing (same values, same version)...
    response = api.post("/api/v1/register/import", files={"file": ("r.csv", exported.content)},
                        data={"encoding": "auto"})
    assert response.status_code == 200, response.text
    assert api.get("/api/v1/register/1").json()["version"] == 1
    # ...and an edited copy updates the entry, a row without ID creates one
    rows = list(csv.reader(io.StringIO(text)))
    rows[1][rows[0].index("本人の数")] = "999"
    rows.append(["", "", *ROW])
    response = api.post("/api/v1/register/import", files={"file": ("r.csv", _csv(rows, encoding))})
    assert response.status_code == 200 and response.json() == {"imported": 2, "ids": [1, 2]}
    first, second = api.get("/api/v1/register").json()
    assert (first["persons_count"], first["version"], first["cross_border_countries"]) == (999, 2, ["シンガポール"])
    assert first["categories"] == ["personal", "sensitive"] and first["contractors"] == ["架空データ株式会社"]
    assert second["items"] == ["氏名", "住所"] and second["purposes"] == ["人事管理", "給与計算"]
    assert (second["persons_count"], second["storage_medium"], second["cross_border"]) == (1200, "electronic", False)


def test_import_reports_every_bad_row_and_stores_nothing(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    bad_count = ROW.copy()
    bad_count[3] = "たくさん"
    bad_medium = ROW.copy()
    bad_medium[7] = "クラウド"
    bad_medium[0] = ""
    data = _csv([HEADER, ROW, bad_count, ROW, bad_medium], "cp932")
    response = api.post("/api/v1/register/import", files={"file": ("r.csv", data)})
    assert response.status_code == 422
    found = [(e["row"], e["field"], e["code"]) for e in response.json()["errors"]]
    assert found == [(3, "persons_count", "int_parsing"), (5, "name", "string_too_short"),
                     (5, "storage_medium", "enum")]
    assert api.get("/api/v1/register").json() == []


def test_import_refuses_a_wrong_header_and_undecodable_bytes(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    response = api.post("/api/v1/register/import", files={"file": ("r.csv", _csv([["foo", "bar"], ["1", "2"]],
                                                                                   "utf-8"))})
    assert response.status_code == 422 and response.json()["errors"][0]["code"] == "csv_header"
    response = api.post("/api/v1/register/import", files={"file": ("r.csv", b"\x81\xff\xfe")},
                        data={"encoding": "utf-8"})
    assert response.status_code == 422 and response.json()["errors"][0] == {
        **response.json()["errors"][0], "field": "file", "code": "csv_encoding"}


def test_stale_version_in_csv_is_a_row_error(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())
    api.put("/api/v1/register/1", json=sample_entry(version=1, notes="更新"))
    stale = _csv([["ID", "版", *HEADER], ["1", "1", *ROW]], "utf-8")
    response = api.post("/api/v1/register/import", files={"file": ("r.csv", stale)})
    assert response.status_code == 422
    assert [(e["row"], e["field"]) for e in response.json()["errors"]] == [(2, "version")]
    assert api.get("/api/v1/register/1").json()["notes"] == "更新"


def test_cp932_export_refuses_characters_excel_cannot_hold(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry(notes="𠮷野家の件"))  # 𠮷 is outside CP932
    response = api.get("/api/v1/register.csv", params={"encoding": "cp932"})
    assert response.status_code == 422 and response.json()["errors"][0]["code"] == "cp932_unencodable"
    assert "𠮷" in api.get("/api/v1/register.csv").content.decode("utf-8-sig")


def test_formula_cells_are_defused_on_export_and_restored_on_import(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry(name="=HYPERLINK(\"http://example.invalid\")",
                                                   notes="+1 の件", items=["@氏名", "住所"]))
    text = api.get("/api/v1/register.csv").content.decode("utf-8-sig")
    row = next(csv.reader(io.StringIO(text[text.index("\n") + 1:])))
    assert row[2].startswith("'=") and row[16] == "'+1 の件" and row[3] == "'@氏名\n住所"
    imported = api.post("/api/v1/register/import", files={"file": ("r.csv", text.encode("utf-8"))})
    assert imported.status_code == 200, imported.text
    entry = api.get("/api/v1/register/1").json()
    assert entry["version"] == 1  # round trip: nothing changed
    assert entry["name"].startswith("=HYPERLINK") and entry["items"] == ["@氏名", "住所"]
