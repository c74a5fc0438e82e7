"""SENSITIVE in people's own words and the per-file 要配慮 flag, round 11 (docs/scan-detector.md, "Round 11 — SENSITIVE
in speech and the per-file flag"): positive and negative rows per mechanism, on new fictional text that is in no corpus
file (no batch sentence copied).

Each row: (id, text, expected) where expected lists the exact SENSITIVE substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # spoken predicates after a listed condition: colloquial endings, pauses, hiragana
    ("spoken-stay", "[00:01:12 CU] 父が 先月 心筋梗塞で入院しまして 書類のことで", ["心筋梗塞で入院しまして"]),
    ("spoken-medicine", "顧客：はい 痛風で薬を飲んでます。", ["痛風で薬を飲んでます"]),
    ("spoken-doctor-kana", "せんせいに 緑内障 と いわれました。", ["緑内障 と いわれました"]),
    ("spoken-leave", "あいつ 去年 適応障害で仕事休んでた らしいよ", ["適応障害で仕事休んでた"]),
    ("spoken-visit", "0311\t双極性障害で通院しながら 作業所に通っています。", ["双極性障害で通院しながら"]),
    ("spoken-operation", "母は 子宮筋腫の手術をしてて 来月まで休みです", ["子宮筋腫の手術をしてて"]),
    ("spoken-operation-also", "「去年 大腸がんの手術もしてます」", ["大腸がんの手術もしてます"]),
    ("spoken-operation-pause-before-wo", "先週は 白内障の手術 をしていただき ありがとうございました", ["白内障の手術"]),
    ("spoken-diagnosis-pause", "0502\t自閉スペクトラム症の診断を受けて います。", ["自閉スペクトラム症の診断を受けて"]),
    ("spoken-aid", "わたしは 脊髄損傷で車いすを使っています。", ["脊髄損傷で車いすを使っています"]),
    ("spoken-continued", "本人より「中1のとき 病院で ADHDと言われて、薬を飲んでいた」", ["ADHDと言われて、薬を飲んでいた"]),
    ("spoken-neg-hypothetical", "糖尿病で薬を飲んでる人は 受付でお申し出ください", []),
    ("spoken-neg-conditional", "健診で 痛風 と いわれたら まず 食事を 見直しましょう", []),
    ("spoken-neg-concession", "適応障害で仕事休んでたとしても、復職は可能です。", []),
    ("spoken-neg-itadaki", "先日は 腰痛の相談に乗っていただき ありがとうございました", []),
    # medicines by name with the person's regimen; not a package insert
    ("medicine-regimen", "患者：浅見 タカ様\n薬剤師：メマンチン は夜1回 1錠です", ["メマンチン"]),
    ("medicine-dose-spoken", "<v 医師>桐谷 遥さん、では アリピプラゾール 6mg を継続します", ["アリピプラゾール"]),
    ("medicine-prescription", "氏名 鳴海 和子 様\nRp1 テグレトール錠200mg　1回1錠　1日2回", ["テグレトール錠200mg"]),
    ("medicine-neg-no-person", "ドネペジルは1日1回3mgから開始し、2週間後に5mgに増量します。", []),
    ("medicine-class-taken", "<v 相談者>抗不安薬はまだ飲んでますけど、だいぶ楽です", ["抗不安薬はまだ飲んでます"]),
    ("medicine-for-condition", "それと父 パーキンソン病の薬 を飲んでるって 本人には", ["パーキンソン病の薬"]),
    ("medicine-neg-insert", "通常、成人にはメマンチンとして1日1回5mgから開始する。", []),
    ("medicine-neg-no-regimen", "メマンチンは認知症の進行を緩やかにする薬です。", []),
    # a condition as a chunk between pauses on a line that names a person
    ("chunk-particle", "了解 ちなみに 大塚さんって 帯状疱疹で 休んでるの？", ["帯状疱疹で"]),
    ("chunk-possessed", "おじいちゃんの 肺がんの 通院の交通費も 控除できる？", ["肺がんの"]),
    ("chunk-bare", "お姉ちゃんが、陽菜 は 1型糖尿病 のこと 先生に伝えたって", ["1型糖尿病"]),
    ("chunk-neg-lecture", "合併症には、網膜症、腎症、神経障害 の 3つ が あります。", []),
    ("chunk-neg-no-person", "会場で 糖尿病 の 展示が あります", []),
    # a sick leave with its reason in brackets
    ("sick-leave-condition", "職歴の空白は 病気療養（くも膜下出血） のためです。", ["病気療養（くも膜下出血）"]),
    ("sick-leave-treatment", "S-204,未提出,病気休職中（心臓手術）のため免除", ["病気休職中（心臓手術）"]),
    ("sick-leave-neg-terms", "時間単位の病気休暇（有給、年 5日）を新設する。", []),
    # a visit to a psychiatric department as a noun
    ("psychiatric-visit-day", "すみません、夫は今日心療内科の受診日で 連絡が遅れます", ["心療内科の受診日"]),
    ("psychiatric-visit-cost", "医療費控除（次男 精神科通院）", ["精神科通院"]),
    ("psychiatric-neg-schedule", "当院の心療内科の受診日は火曜と金曜です。", []),
    ("psychiatric-neg-advice", "眠れない日が続くときは、心療内科の受診を勧めます。", []),
    # the per-file flag on weaker evidence: alone in the file, a condition word on a line naming a person
    ("weak-alone", "・祖母は晩年、認知症で老人ホームに入っていた。", ["認知症"]),
    ("weak-possessed", "領収書は、妻のリウマチの分と私の分です。", ["リウマチ"]),
    ("weak-dropped-when-other-evidence", "祖母は認知症の治療中。祖父は晩年、白内障で…", ["認知症の治療中"]),
    ("weak-neg-denial", "三浦さんを整形外科へ。骨折なし、全治1週間。", []),
    ("weak-neg-topic", "皆さん、今日は 高血圧 について お話しします。", []),
    ("weak-neg-everyone", "日本人の成人の多くが歯周病で、糖尿病や心疾患との関連も言われます。", []),
    ("weak-neg-denied-allergy", "お母さんが、食物アレルギーじゃなくて体質だって", []),
    ("weak-neg-field-of-work", "祖父は ぜんそくの研究者でした。", []),
    ("weak-neg-product", "2\t水野 恵\t本人\t医療・がん\tLF-0001\n", []),
    ("weak-in-file-with-name", "利用者：東雲 澄江\nメモ：重度の緑内障のため拡大文字で案内。", ["重度の緑内障"]),  # (round 12: the longer name)
    ("weak-in-file-neg-no-name", "お知らせ\nメモ：緑内障のため拡大文字の資料もあります。", []),
    ("weak-in-file-neg-examples", "担当：東雲 澄江\n・心臓病、緑内障、糖尿病などで治療中の方はお申し出ください。", []),
    ("weak-in-file-neg-column", "健康コラム 監修：内科医 柏木 誠一\n糖尿病は、血糖値が高い状態が続く病気です。", []),
    ("weak-in-file-neg-theme", "【市民講座】講師：柏木 誠一 医師\nテーマ：骨粗しょう症と転倒予防", []),
    ("weak-in-file-neg-advice", "講師：柏木 誠一 医師\n糖尿病で治療中の方は、主治医にご相談ください。", []),
    ("weak-neg-group", "私たちの生活習慣が、糖尿病、高血圧の原因です。", []),
    ("weak-neg-class-gap", "私は内科医として、糖尿病で悩む人を診てきました。", []),
    ("weak-neg-audience-title", "お母さん向け講座：子どものアトピー性皮膚炎、正しいスキンケア", []),
    ("weak-role-person", "利用者 東雲 澄江\nメモ：重度の認知症のため後見人が届出。", ["重度の認知症"]),  # (round 12: the longer name)
    # weak medical labels open a field only with a separator, or before a document's bracket
    ("label-neg-topic", "合併症には、狭心症、心不全 などがあります。", []),
    ("label-document-name", "休職時の診断書（パニック障害）は人事で保管", ["パニック障害"]),
    # a humble おり ends with ます inside the phrase
    ("polite-orimasu", "父は 昨年から人工透析を受けております ので、午前中に", ["人工透析を受けております"]),
    ("polite-ori-comma", "母は人工透析を受けており、火木土は不在です。", ["人工透析を受けており"]),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_spoken_round11(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "SENSITIVE"]
    assert sorted(found) == sorted(expected), row_id
