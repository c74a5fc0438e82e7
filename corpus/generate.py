"""Generated part of the evaluation corpus: many document shapes with fictional values.

Every value is invented: names are combined at random from common surnames and given names (plus some rare
ones), numbers are random with valid check digits where the type needs one (個人番号, Luhn), addresses combine
real municipality names with invented block numbers and buildings. Output uses the same inline markup as
handwritten.txt (``[[TYPE|text]]``). Deterministic (seeded).
"""

from __future__ import annotations

import random

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"), ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("林", "ハヤシ", "Hayashi"), ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"),
    ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"), ("中島", "ナカジマ", "Nakajima"), ("小川", "オガワ", "Ogawa"),
    ("原田", "ハラダ", "Harada"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"), ("五十嵐", "イガラシ", "Igarashi"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("比嘉", "ヒガ", "Higa"), ("知念", "チネン", "Chinen"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("御手洗", "ミタライ", "Mitarai"), ("栗原", "クリハラ", "Kurihara"),
]
GIVEN = [
    ("太郎", "タロウ", "Taro"), ("一郎", "イチロウ", "Ichiro"), ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"),
    ("大輔", "ダイスケ", "Daisuke"), ("拓也", "タクヤ", "Takuya"), ("直人", "ナオト", "Naoto"), ("蓮", "レン", "Ren"),
    ("悠真", "ユウマ", "Yuma"), ("陽翔", "ハルト", "Haruto"), ("湊", "ミナト", "Minato"), ("浩二", "コウジ", "Koji"),
    ("誠", "マコト", "Makoto"), ("修", "オサム", "Osamu"), ("花子", "ハナコ", "Hanako"), ("美咲", "ミサキ", "Misaki"),
    ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"), ("さくら", "サクラ", "Sakura"), ("葵", "アオイ", "Aoi"),
    ("由美", "ユミ", "Yumi"), ("恵子", "ケイコ", "Keiko"), ("久美子", "クミコ", "Kumiko"), ("真由美", "マユミ", "Mayumi"),
    ("芽依", "メイ", "Mei"), ("凛", "リン", "Rin"), ("彩花", "アヤカ", "Ayaka"), ("千尋", "チヒロ", "Chihiro"),
    ("和子", "カズコ", "Kazuko"), ("茂", "シゲル", "Shigeru"), ("勇気", "ユウキ", "Yuki"), ("琴音", "コトネ", "Kotone"),
    ("颯", "ハヤテ", "Hayate"), ("心愛", "ココア", "Kokoa"), ("樹", "イツキ", "Itsuki"), ("莉子", "リコ", "Riko"),
]
ADDRESSES = [
    ("東京都", "世田谷区", ["桜丘", "経堂", "三軒茶屋"]), ("東京都", "練馬区", ["光が丘", "石神井町", "大泉学園町"]),
    ("東京都", "八王子市", ["元本郷町", "横山町", "南大沢"]), ("神奈川県", "川崎市中原区", ["小杉町", "新丸子町", "木月"]),
    ("神奈川県", "藤沢市", ["鵠沼海岸", "辻堂", "湘南台"]), ("埼玉県", "さいたま市浦和区", ["高砂", "常盤", "岸町"]),
    ("千葉県", "船橋市", ["本町", "前原西", "習志野台"]), ("大阪府", "大阪市北区", ["梅田", "天神橋", "中崎"]),
    ("大阪府", "豊中市", ["新千里東町", "服部元町", "庄内栄町"]), ("京都府", "京都市中京区", ["河原町", "壬生", "西ノ京"]),
    ("兵庫県", "神戸市中央区", ["三宮町", "元町通", "北長狭通"]), ("愛知県", "名古屋市千種区", ["今池", "覚王山通", "星が丘"]),
    ("福岡県", "北九州市小倉北区", ["魚町", "京町", "紺屋町"]), ("北海道", "旭川市", ["宮下通", "春光台", "神楽"]),
    ("宮城県", "仙台市青葉区", ["一番町", "国分町", "上杉"]), ("広島県", "広島市中区", ["紙屋町", "大手町", "舟入"]),
    ("沖縄県", "那覇市", ["久茂地", "首里", "牧志"]), ("長野県", "松本市", ["中央", "深志", "島内"]),
    ("新潟県", "長岡市", ["大手通", "殿町", "城内町"]), ("鹿児島県", "鹿児島市", ["天文館", "荒田", "鴨池"]),
]
BUILDINGS = ["サンハイツ", "メゾン桜", "グランドパレス", "コーポ緑", "パークマンション", "レジデンス青葉", "第二松本ビル", "ひまわり荘"]
BANKS = ["みずほ銀行", "三井住友銀行", "りそな銀行", "横浜銀行", "静岡銀行", "北洋銀行", "城南信用金庫"]
DOMAINS = ["example.jp", "example.co.jp", "example.ne.jp", "mail.example.com", "example.or.jp", "school.example.ed.jp"]
KANJI_NUM = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else KANJI_NUM[n]
    return ("" if n < 20 else KANJI_NUM[n // 10]) + "十" + (KANJI_NUM[n % 10] if n % 10 else "")


def fw(s: str) -> str:
    """Full-width digits/letters/hyphen, as typed with a Japanese IME."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    # --- values ---
    def person(self) -> tuple[tuple, tuple]:
        return self.pick(SURNAMES), self.pick(GIVEN)

    def name(self, style: str | None = None) -> str:
        (s, sk, sr), (g, gk, gr) = self.person()
        style = style or self.pick(["kanji", "kanji_sp", "kanji_fsp", "kana", "kanji"])
        return {
            "kanji": s + g, "kanji_sp": f"{s} {g}", "kanji_fsp": f"{s}\u3000{g}", "kana": f"{sk} {gk}",
            "romaji": f"{gr} {sr}", "ROMAJI": f"{sr.upper()} {gr.upper()}", "surname": s,
        }[style]

    def phone(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or self.pick(["mobile", "tokyo", "osaka", "local", "free", "mobile", "paren", "plain", "fw"])
        if kind == "mobile":
            return f"{self.pick(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        if kind == "tokyo":
            return f"03-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        if kind == "osaka":
            return f"06-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        if kind == "local":
            return f"0{r.randint(2, 9)}{r.randint(1, 9)}{r.randint(1, 9)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
        if kind == "free":
            return f"0120-{r.randint(100, 999)}-{r.randint(100, 999)}"
        if kind == "paren":
            return f"({'0' + str(r.randint(40, 99))}){r.randint(100, 999)}-{r.randint(1000, 9999)}"
        if kind == "plain":
            return f"0{self.pick(['90', '80'])}{r.randint(10000000, 99999999)}"
        return fw(f"090-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}")

    def email(self, name_romaji: str | None = None) -> str:
        local = name_romaji or self.pick(["info", "k.tanaka", "yamada_h", "s-sato", "contact", "hanako.y", "taro1985"])
        return f"{local.lower().replace(' ', '.')}{self.r.choice(['', str(self.r.randint(1, 99))])}@{self.pick(DOMAINS)}"

    def postal(self) -> str:
        return f"{self.r.randint(100, 999)}-{self.r.randint(0, 9999):04d}"

    def address(self) -> str:
        r = self.r
        pref, city, towns = self.pick(ADDRESSES)
        town = self.pick(towns)
        style = r.randint(0, 5)
        if style == 0:
            body = f"{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"
        elif style == 1:
            body = f"{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        elif style == 2:
            body = f"{town}{kanji_number(r.randint(1, 5))}丁目{r.randint(1, 30)}番地"
        elif style == 3:
            body = f"{town}{r.randint(100, 2999)}番地{r.randint(1, 9)}"
        elif style == 4:
            body = f"{town}{r.randint(1, 5)}-{r.randint(1, 30)}"
        else:
            body = f"{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
        if r.random() < 0.45:
            b = self.pick(BUILDINGS)
            room = self.pick([f"{r.randint(1, 9)}0{r.randint(1, 9)}号室", f"{r.randint(101, 905)}", f"{r.randint(2, 12)}階"])
            body += self.pick([" ", "", "\u3000"]) + b + room
        with_pref = r.random() < 0.85
        return (pref if with_pref else "") + city + body

    def my_number(self, valid: bool = True, sep: str | None = None) -> str:
        base = "".join(str(self.r.randint(0, 9)) for _ in range(11))
        w = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        rem = sum(int(d) * k for d, k in zip(base, w)) % 11
        check = 0 if rem <= 1 else 11 - rem
        if not valid:
            check = (check + self.r.randint(1, 9)) % 10
        n = base + str(check)
        sep = self.pick(["", " ", "-", ""]) if sep is None else sep
        return sep.join([n[:4], n[4:8], n[8:]])

    def card(self) -> str:
        prefix = self.pick(["4", "53", "35", "37"])
        length = 15 if prefix == "37" else 16
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                d = d - 9 if d > 9 else d
            total += d
        n = body + str((10 - total % 10) % 10)
        sep = self.pick(["-", " ", ""])
        if length == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join([n[i : i + 4] for i in range(0, 16, 4)])

    def birth(self) -> str:
        r = self.r
        y, m, d = r.randint(1935, 2018), r.randint(1, 12), r.randint(1, 28)
        style = r.randint(0, 6)
        if style == 0:
            return f"{y}年{m}月{d}日"
        if style == 1:
            return f"{y}/{m:02d}/{d:02d}"
        if style == 2:
            return f"{y}-{m:02d}-{d:02d}"
        era, base = ("昭和", 1925) if y < 1989 else (("平成", 1988) if y < 2019 else ("令和", 2018))
        ey = y - base
        if style == 3:
            return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
        if style == 4:
            return f"{era[0] if False else {'昭和': 'S', '平成': 'H', '令和': 'R'}[era]}{ey}.{m}.{d}"
        if style == 5:
            return fw(f"{y}") + f"年{fw(str(m))}月{fw(str(d))}日"
        return f"{era}{ey}年{m:02d}月{d:02d}日"

    def other_date(self) -> str:
        r = self.r
        return self.pick([f"{r.randint(2019, 2025)}年{r.randint(1, 12)}月{r.randint(1, 28)}日", f"令和{r.randint(2, 7)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
                          f"{r.randint(2019, 2025)}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}"])


def m(t: str, v: str) -> str:
    return f"[[{t}|{v}]]"


def doc_contact_form(g: Gen) -> str:
    lab_name = g.pick(["氏名", "お名前", "名前", "氏　名"])
    lab_tel = g.pick(["電話番号", "TEL", "連絡先", "ご連絡先電話番号", "携帯電話"])
    lab_mail = g.pick(["メールアドレス", "E-mail", "メール", "Mail"])
    sep = g.pick(["：", ":", " ", "\t", "　"])
    name_style = g.pick(["kanji", "kanji_sp", "kanji_fsp"])
    lines = [g.pick(["お問い合わせフォーム", "資料請求", "会員登録申込書", "参加申込書", "見学予約"])]
    lines.append(f"{lab_name}{sep}{m('PERSON', g.name(name_style))}")
    if g.r.random() < 0.5:
        lines.append(f"フリガナ{sep}{m('PERSON', g.name('kana'))}")
    if g.r.random() < 0.6:
        lines.append(f"{g.pick(['住所', 'ご住所', '現住所'])}{sep}〒{m('POSTAL_CODE', g.postal())} {m('ADDRESS', g.address())}")
    lines.append(f"{lab_tel}{sep}{m('PHONE', g.phone())}")
    lines.append(f"{lab_mail}{sep}{m('EMAIL', g.email())}")
    if g.r.random() < 0.5:
        lines.append(f"{g.pick(['生年月日', '誕生日'])}{sep}{m('BIRTH_DATE', g.birth())}")
    lines.append(g.pick(["ご質問：駐車場はありますか。", "備考：平日の午後を希望します。", "希望日：" + g.other_date(), "参加人数：3名"]))
    g.r.shuffle(lines[2:-1])
    return "\n".join(lines) + "\n"


def doc_csv(g: Gen) -> str:
    cols = g.r.sample(["氏名", "フリガナ", "生年月日", "電話番号", "メールアドレス", "郵便番号", "住所"], k=g.r.randint(3, 6))
    if "氏名" not in cols:
        cols.insert(0, "氏名")
    sep = g.pick([",", "\t"])
    rows = [sep.join(["No"] + cols)]
    for i in range(g.r.randint(2, 6)):
        cells = [str(i + 1)]
        (s, sk, sr), (gi, gk, gr) = g.person()
        for c in cols:
            if c == "氏名":
                cells.append(m("PERSON", g.pick([s + gi, f"{s} {gi}", f"{s}\u3000{gi}"])))
            elif c == "フリガナ":
                cells.append(m("PERSON", f"{sk} {gk}"))
            elif c == "生年月日":
                cells.append(m("BIRTH_DATE", g.birth()))
            elif c == "電話番号":
                cells.append(m("PHONE", g.phone(g.pick(["mobile", "tokyo", "local"]))))
            elif c == "メールアドレス":
                cells.append(m("EMAIL", g.email(f"{gr}.{sr}")))
            elif c == "郵便番号":
                cells.append(m("POSTAL_CODE", g.postal()))
            else:
                cells.append(m("ADDRESS", g.address()))
        rows.append(sep.join(cells))
    return "\n".join(rows) + "\n"


def doc_prose(g: Gen) -> str:
    (s, _, _), (gi, _, _) = g.person()
    (s2, _, _), (g2, _, _) = g.person()
    hon = g.pick(["さん", "様", "氏", "先生", "君"])
    sentences = [
        f"本日、{m('PERSON', s + gi)}{hon}から電話があり、来月の面談日程について相談を受けた。",
        f"{m('PERSON', s2)}{g.pick(['さん', '課長', '部長'])}によると、書類は{g.other_date()}までに提出すればよいとのこと。",
        f"{g.pick(['なお', 'また', 'ちなみに'])}、{m('PERSON', s2 + g2)}{g.pick(['様', 'さん'])}の連絡先は{m('PHONE', g.phone())}である。",
        f"会議は{g.pick(['第1会議室', '本館2階', 'オンライン'])}で行い、参加者は{g.r.randint(3, 40)}名の予定。",
        f"前回の打合せでは、予算{g.r.randint(10, 900)}万円の範囲で進めることが確認された。",
    ]
    g.r.shuffle(sentences)
    return "".join(sentences[: g.r.randint(3, 5)]) + "\n"


def doc_signature(g: Gen) -> str:
    (s, sk, sr), (gi, gk, gr) = g.person()
    company = g.pick(["株式会社みらい商事", "社会福祉法人ひかり会", "○○市立第三小学校", "合同会社テックノート", "医療法人さくら会"])
    return (
        f"{g.pick(['よろしくお願いいたします。', '以上、ご確認ください。', 'ご検討のほどお願い申し上げます。'])}\n"
        "--\n"
        f"{company}\n{g.pick(['総務部', '事務局', '教務課', '営業部'])}　{m('PERSON', f'{s} {gi}')}\n"
        f"{m('PERSON', f'{gr} {sr}') if g.r.random() < 0.3 else ''}"
        f"{'' if g.r.random() < 0.5 else 'TEL '}{m('PHONE', g.phone('tokyo'))}{' / FAX ' + m('PHONE', g.phone('tokyo')) if g.r.random() < 0.4 else ''}\n"
        f"Mail: {m('EMAIL', g.email(f'{gr[0]}.{sr}'))}\n"
    ).replace(f"{m('PERSON', f'{gr} {sr}')}", "Name: " + m("PERSON", f"{gr} {sr}") + "\n")


def doc_mynumber(g: Gen) -> str:
    lines = [g.pick(["扶養控除等申告書（抜粋）", "個人番号の提供について", "マイナンバー収集票", "源泉徴収票 作成用データ"])]
    lines.append(f"氏名 {m('PERSON', g.name('kanji_sp'))}")
    lines.append(f"{g.pick(['個人番号', 'マイナンバー', '個人番号（マイナンバー）'])}：{m('MY_NUMBER', g.my_number())}")
    if g.r.random() < 0.5:
        lines.append(f"配偶者 {m('PERSON', g.name('kanji'))} 個人番号 {m('MY_NUMBER', g.my_number())}")
    if g.r.random() < 0.5:
        lines.append(f"※{g.pick(['確認済', '再提出'])}：以前の届出の番号 {g.my_number(valid=False, sep='')} は検査用数字が誤っていた。")
    if g.r.random() < 0.5:
        lines.append(f"支払者の法人番号 {g.r.randint(1, 9)}{g.r.randint(10**11, 10**12 - 1)}")
    return "\n".join(lines) + "\n"


def doc_ids(g: Gen) -> str:
    r = g.r
    out = []
    for kind in r.sample(["passport", "license", "pension", "residence", "insurance", "bank", "card"], k=r.randint(2, 4)):
        if kind == "passport":
            v = f"{g.pick(['TK', 'TR', 'TZ', 'MU', 'ME'])}{r.randint(1000000, 9999999)}"
            out.append(g.pick([f"旅券番号：{m('PASSPORT', v)}", f"パスポート番号は{m('PASSPORT', v)}です。", f"Passport No. {m('PASSPORT', v)}"]))
        elif kind == "license":
            v = f"{r.randint(10, 97)}{r.randint(0, 99):02d}{r.randint(0, 999999):06d}{r.randint(0, 9)}{r.randint(0, 9)}"
            out.append(g.pick([f"運転免許証番号：{m('DRIVER_LICENSE', v)}", f"免許証の番号 {m('DRIVER_LICENSE', v)} を確認した。", f"運転免許証（第{m('DRIVER_LICENSE', v)}号）"]))
        elif kind == "pension":
            v = f"{r.randint(1000, 9999)}{g.pick(['-', '', ' '])}{r.randint(100000, 999999)}"
            out.append(g.pick([f"基礎年金番号：{m('PENSION_NUMBER', v)}", f"年金手帳の基礎年金番号 {m('PENSION_NUMBER', v)}"]))
        elif kind == "residence":
            v = f"{chr(65 + r.randint(0, 25))}{chr(65 + r.randint(0, 25))}{r.randint(10**7, 10**8 - 1)}{chr(65 + r.randint(0, 25))}{chr(65 + r.randint(0, 25))}"
            out.append(g.pick([f"在留カード番号：{m('RESIDENCE_CARD', v)}", f"在留カード（{m('RESIDENCE_CARD', v)}）の写しを受領。"]))
        elif kind == "insurance":
            a, b = str(r.randint(10, 99999)), str(r.randint(1, 9999))
            out.append(g.pick([f"被保険者証 記号 {m('HEALTH_INSURANCE', a)} 番号 {m('HEALTH_INSURANCE', b)}", f"健康保険証の記号：{m('HEALTH_INSURANCE', a)}　番号：{m('HEALTH_INSURANCE', b)}"]))
        elif kind == "bank":
            v = f"{r.randint(0, 9999999):07d}"
            out.append(g.pick([f"振込先：{g.pick(BANKS)} {g.pick(['本店', '駅前支店', '中央支店'])} 普通 {m('BANK_ACCOUNT', v)}", f"口座番号：{m('BANK_ACCOUNT', v)}（{g.pick(['普通', '当座'])}）"]))
        else:
            out.append(g.pick([f"クレジットカード番号：{m('CREDIT_CARD', g.card())}", f"カード番号 {m('CREDIT_CARD', g.card())}（有効期限 12/28）"]))
    out.insert(0, f"{g.pick(['本人確認記録', '登録情報', '手続記録'])}：{m('PERSON', g.name('kanji_sp'))}{g.pick(['様', ''])}")
    return "\n".join(out) + "\n"


def doc_birth(g: Gen) -> str:
    r = g.r
    s = [
        g.pick([f"生年月日：{m('BIRTH_DATE', g.birth())}", f"{m('BIRTH_DATE', g.birth())}生まれ", f"誕生日は{m('BIRTH_DATE', g.birth())}です。",
                f"{m('BIRTH_DATE', g.birth())}生（満{r.randint(5, 88)}歳）"]),
        f"申請日：{g.other_date()}",
        f"{g.pick(['有効期限', '受付日', '交付日', '契約日'])}：{g.other_date()}",
    ]
    r.shuffle(s)
    return f"{m('PERSON', g.name())}{g.pick(['様', 'さん', ''])}\n" + "\n".join(s) + "\n"


def doc_sensitive(g: Gen) -> str:
    (s, _, _), (gi, _, _) = g.person()
    phrase = g.pick([
        "糖尿病の治療中", "うつ病と診断された", "喘息の既往歴がある", "統合失調症で通院中", "脳梗塞で入院した", "乳がんの治療中",
        "前科がある", "詐欺の疑いで逮捕された", "執行猶予中", "療育手帳を所持", "精神障害者保健福祉手帳2級を所持", "発達障害がある",
        "キリスト教の信者である", "てんかんの既往がある", "パニック障害と診断されている",
    ])
    frame = g.pick([
        "{p}さんは{x}。", "{p}様（{x}）について、主治医と連絡を取った。", "面談の中で、{p}さんは{x}と申告した。", "{p}さんは{x}ため、配慮を要する。",
    ])
    frame = frame.replace("{x}ため", "{x}ため") if "ため" in frame else frame
    text = frame.format(p=m("PERSON", s + gi), x=m("SENSITIVE", phrase))
    extra = g.pick(["本人の同意を得て記録する。", "次回面談は来週の予定。", "", "支援計画を見直す。"])
    return text + extra + "\n"


def doc_negative(g: Gen) -> str:
    r = g.r
    parts = [
        f"個人情報の保護に関する法律（平成15年法律第{r.randint(50, 60)}号）第{r.randint(1, 180)}条第{r.randint(1, 5)}項",
        f"令和{r.randint(1, 6)}年度予算額は{r.randint(1, 999):,}億{r.randint(1, 9999):,}万円",
        f"法人番号：{r.randint(1, 9)}{r.randint(10**11, 10**12 - 1)}",
        f"受付番号 {r.randint(10**11, 10**12 - 1)}",
        f"前年同期比{r.randint(1, 40)}.{r.randint(0, 9)}%増の{r.randint(1000, 99999):,}件",
        f"施行日：{g.other_date()}",
        f"東京都{g.pick(['で', 'において', 'から'])}開催された{g.pick(['説明会', 'シンポジウム', '研修'])}には{r.randint(50, 999)}名が参加した",
        f"第{r.randint(1, 12)}回委員会資料{r.randint(1, 9)}-{r.randint(1, 9)}",
        f"様式第{r.randint(1, 30)}号（第{r.randint(1, 50)}条関係）",
        f"電話相談窓口の受付件数は{r.randint(100, 9999):,}件",
        f"図表{r.randint(1, 5)}-{r.randint(1, 9)}-{r.randint(1, 9)}　{g.pick(['大阪府', '福岡県', '北海道'])}の人口推移",
        f"ISBN978-4-{r.randint(10000, 99999)}-{r.randint(100, 999)}-{r.randint(0, 9)}",
    ]
    r.shuffle(parts)
    return "。".join(parts[: r.randint(3, 6)]) + "。\n"


FAMILIES = [
    (doc_contact_form, 60), (doc_csv, 35), (doc_prose, 60), (doc_signature, 40), (doc_mynumber, 40), (doc_ids, 60),
    (doc_birth, 40), (doc_sensitive, 40), (doc_negative, 50),
]


def generate(seed: int = 20260601) -> list[dict]:
    g = Gen(seed)
    docs = []
    for family, count in FAMILIES:
        for i in range(count):
            docs.append({"id": f"gen-{family.__name__[4:]}-{i:03d}", "marked": family(g)})
    return docs
