"""PERSON in machine identifiers, detector round 10 (docs/scan-detector.md, "Round 10 — handles"): a login id or
handle that spells a person's name where a login stands (field values, CSV columns, ``by``, mentions, home folders,
LDAP ``uid=``, ``TODO(…)``, an initial and a surname joined by a dot), a technical prefix or suffix outside it, LDIF
name attributes, a name spelled in a file name, and (person_latin) a romanised full name of a hand-listed word and a dictionary reading; service
accounts, English words, host names, company names, e-mail local parts and keys are not names. Positive and negative
rows per mechanism, on text written for this file (not in any corpus; all names, hosts and numbers fictional).

Each row: (id, text, expected) where expected lists (PERSON, exact substring) for every PERSON finding — no more, no
fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- the value of a login field: key=value, JSON, aligned "Key : value", Japanese labels ---
    ("kv-user", "2031-04-02 08:15:09 sshd[812]: session opened user=hamaguchi.r from 192.0.2.44\n",
     [("PERSON", "hamaguchi.r")]),
    ("kv-user-single", "audit ts=2031-04-02T08:15 action=EXPORT user=tsukioka rows=120\n", [("PERSON", "tsukioka")]),
    ("json-created-by", '{"ticket": 4411, "status": "open", "createdBy": "mikuriya", "priority": 2}\n',
     [("PERSON", "mikuriya")]),
    ("aligned-sam", "Name            : svc-print\nSamAccountName  : n.kuwabara\nEnabled         : True\n",
     [("PERSON", "n.kuwabara")]),
    ("ja-label", "受付票 No.3310\n登録者: yanagisawa\n状態: 対応中\n", [("PERSON", "yanagisawa")]),
    ("ja-account-name", "アカウント名:      shiozawa_k\nアカウント ドメイン:  NISHIKAWA-GRP\n",
     [("PERSON", "shiozawa_k")]),
    # --- a CSV column naming the login (owner, operator) ---
    ("csv-owner-column", "lead_id,company,stage,owner\n5501,丸三運輸,提案,kashiwagi\n5502,北斗電工,受注,tomizawa.m\n",
     [("PERSON", "kashiwagi"), ("PERSON", "tomizawa.m")]),
    ("csv-owner-service-neg", "job,schedule,owner\nbackup,0 3 * * *,root\nreindex,0 4 * * 0,postgres\n", []),
    # --- 'by', a mention, TODO(), a home folder, an LDAP uid= ---
    ("by-handle", "# seed extracted by nomura.y on 2031-05-11\n", [("PERSON", "nomura.y")]),
    ("mention", "レビューお願いします @ishiwata さん、cc @k-fujimaki\n", [("PERSON", "ishiwata"), ("PERSON", "k-fujimaki")]),
    ("todo", "# TODO(sakuragi): 本番データを消してから共有する\n", [("PERSON", "sakuragi")]),
    ("home-folder", "Copy-Item .\\report.xlsx \\\\nas02\\home$\\tachikawa\\ -Force\n", [("PERSON", "tachikawa")]),
    ("unix-home", "scp dump.sql /home/ugajin/tmp/\n", [("PERSON", "ugajin")]),
    ("ldap-dn", "manager: uid=h.kamijo,ou=staff,dc=example,dc=org\n", [("PERSON", "h.kamijo")]),
    # --- an initial and a surname joined by a dot: a handle anywhere ---
    ("dotted-changelog", "2031-03-02 s.mizushima 通知先を追加 / 2031-03-09 修正\n", [("PERSON", "s.mizushima")]),
    ("dotted-surname-first", "承認: 済（kuramochi.t）\n", [("PERSON", "kuramochi.t")]),
    # --- a technical prefix or suffix stays outside the span ---
    ("prefix-adm", "Logon Account: adm-tsuchiya\n", [("PERSON", "tsuchiya")]),
    ("prefix-op", "call_id,agent,result\n88120,op_hanazawa,解約\n", [("PERSON", "hanazawa")]),
    ("suffix-svc", "Owner: e.sugawara_svc  App: search\n", [("PERSON", "e.sugawara")]),
    # --- upper case: SURNAME_GIVEN after a login cue ---
    ("upper-executed-by", "-- worksheet saved  executed by KURIYAMA_AOI\n", [("PERSON", "KURIYAMA_AOI")]),
    # --- LDIF name attributes ---
    ("ldif-names",
     "dn: uid=r.nagahama,ou=people,dc=example\nobjectClass: inetOrgPerson\nuid: r.nagahama\n"
     "cn;lang-ja;phonetic: ナガハマ リツ\nsn: Nagahama\ngivenName: Ritsu\ndisplayName:: 5rC45rWc\n",
     [("PERSON", "r.nagahama"), ("PERSON", "r.nagahama"), ("PERSON", "ナガハマ リツ"), ("PERSON", "Nagahama"),
      ("PERSON", "Ritsu")]),
    ("ldif-display-note", "dn: uid=m.hoshizaki,ou=people,dc=example\ndisplayName: Mio Hoshizaki (Sales)\n",
     [("PERSON", "m.hoshizaki"), ("PERSON", "Mio Hoshizaki")]),
    ("ldif-group-neg", "dn: cn=Domain Admins,ou=groups,dc=example\ncn: Domain Admins\ndescription: Sales Team\n"
     "\ndn: cn=backup,ou=services,dc=example\ncn: Backup Service\n", []),
    # --- a name spelled in a file name's words ---
    ("file-upper", "/srv/share/hr/2031/KAMIJO_RIN_resume.pdf\n", [("PERSON", "KAMIJO_RIN")]),
    ("file-lower", "添付: shiraishi_nanami_在職証明.docx\n", [("PERSON", "shiraishi_nanami")]),
    ("file-vietnamese", '{"file": "visa_PHAM_THI_HUONG.jpg"}\n', [("PERSON", "PHAM_THI_HUONG")]),
    ("file-neg", "monthly_report_final.xlsx, kana_mei.csv, backup_2031_05.zip, user_list.csv\n", []),
    # --- person_latin: a hand-listed word with a reading of SudachiPy's 姓 only (or 名 only) ---
    ("latin-pair-built", "Meeting notes\nHaruka Mikuriya will send the deck.\n", [("PERSON", "Haruka Mikuriya")]),
    ("latin-pair-built-upper", "Call log: spoke with KAORI TSURUMAKI about the invoice.\n", [("PERSON", "KAORI TSURUMAKI")]),
    ("latin-pair-place-neg", "Venue: Sakura Terrace, near Minato Mirai station\n", []),
    # --- not names ---
    ("service-accounts-neg", "user=admin\nuser=root\nowner: postgres\nuser=svc_backup\nlogin: jenkins\n", []),
    ("english-words-neg", "sorted by date, created by default, user=guest, owner: sales\n", []),
    ("email-local-part-neg", "連絡先: k.hoshikawa@example.jp, reporter=t.ohkubo+ops@example.com\n", []),
    ("host-name-neg", "host=TANAKASEIKI-DB01 user=deploy\nserver: ikegami-ap02.example.local\n", []),
    ("company-neg", "vendor: yamazaki-denki\norg=kimura-shoji\n", []),
    ("code-neg", "import os.path\nx = np.arange(10)\nresult = re.sub(pattern, '', s.strip())\n", []),
    ("key-not-value-neg", '{"kana": null, "shimei": "", "jusho": null}\nkana=\n', []),
    ("mention-code-neg", "@property\ndef name(self):\n    ...\n@media print { body { color: #000 } }\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round10_handles(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_romanise() -> None:
    from hogo.scan.data.build_romaji_names import fold, romanise

    assert romanise("イケガヤ") == "ikegaya"
    assert romanise("シッタ") == "shitta"
    assert romanise("ハッチョウ") == "hatchou"
    assert romanise("キョウコ") == "kyouko"
    assert romanise("ジュンペイ") == "junpei"
    assert romanise("ティナ") == "tina"
    assert romanise("山田") is None
    assert fold("oohashi") == fold("ohhashi") == fold("ouhashi") == "ohashi"


def test_name_lists() -> None:
    from hogo.scan.recognizers.person_handle import GIVEN, SURNAMES

    assert {"ikegaya", "tomonaga", "shitara", "egashira", "yokomizo"} <= SURNAMES
    assert {"sae", "kengo", "emi"} <= GIVEN
    # words the dictionary knows as common words in latin script are left out of the built list
    assert not {"hand", "main", "default", "admin", "user"} & SURNAMES


def test_built_list_is_current() -> None:
    """romaji_names.txt is what build_romaji_names.py makes from the dictionary: the same words, give or take what a
    newer sudachidict-core (the dependency is not pinned) adds or drops — rebuild the file when this fails."""
    from importlib import resources

    from hogo.scan.data.build_romaji_names import build

    surnames, given = build()
    lines = resources.files("hogo.scan.data").joinpath("romaji_names.txt").read_text(encoding="utf-8").splitlines()
    for built, shipped in ((surnames, {w[2:] for w in lines if w.startswith("S ")}),
                           (given, {w[2:] for w in lines if w.startswith("G ")})):
        assert len(built & shipped) >= 0.95 * len(built | shipped)
