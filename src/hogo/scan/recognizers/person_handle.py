"""Round 10: PERSON in machine identifiers — login ids and handles that spell a name, and directory records.

Batches 7–14 agree: a login id or handle that spells a person's name is a mention of that person (``matsuda.k``,
``r.ikegaya``, ``nakao_k``, ``hkawamoto``), a technical prefix or suffix outside it (``adm-hayama`` → ``hayama``,
``op_mizobe`` → ``mizobe``, ``a.shitara_svc`` → ``a.shitara``), never inside an e-mail address (the whole address
is EMAIL). A handle is taken when

- its letters spell a name: a romanised surname (``data/romaji_names.txt``, the readings of SudachiPy's 姓 entries,
  built by ``data/build_romaji_names.py``, and the hand list ``data/latin_names.txt``) alone, with an initial
  (``k.tomonaga``, ``yokomizo.t``, ``sato-m``) or with a given name (``okabe_sachi``, ``MATSUBARA_EMI``); and
- it stands where a person's login stands: the value of a login/user/account/owner/operator/agent/author… field
  (``user=``, ``"createdBy": "…"``, ``SamAccountName :``, ``アカウント名:``, ``担当：``, a CSV column ``Owner``), after
  ``by``, a mention ``@``, a home folder (``\\\\fs01\\home$\\…``, ``/home/…``), an LDAP ``uid=``, ``TODO(…)``; an
  initial and a surname joined by a dot (``k.mochizuki``, ``ito.r``) are a handle anywhere.

Service accounts (``svc_backup``, ``admin``, ``root``, ``postgres``) and English words never spell a name (the built
list leaves out every word the dictionary knows as a common word in latin script). Directory records: the name
attributes of an LDIF entry (``sn:``, ``givenName:``, ``cn;lang-ja;phonetic:``, ``displayName:``) are names
(cn/displayName only when they read as a person's full name, not a group's or a service's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from hogo.scan.data import romaji_names
from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers.base import Candidate, Recognizer
from hogo.scan.recognizers.person_latin import ANY_GIVEN, ANY_SURNAMES, ORG_WORDS, _fold
from hogo.scan.types import PiiType


def _load() -> tuple[frozenset[str], frozenset[str]]:
    surnames, given = romaji_names()
    return surnames | ANY_SURNAMES, given | ANY_GIVEN


SURNAMES, GIVEN = _load()

# words that are service accounts, roles or technical words even where a reading spells them
_SERVICE = frozenset(
    """admin administrator root postgres mysql oracle system sys daemon nobody guest test tester demo user users
    backup batch cron jenkins deploy service svc app api web www mail info support sales ops dev prod stage staging
    bot robot sync etl auto anonymous unknown none null default master main local public shared common team group
    operator agent owner manager staff member
    todo kube kibana asana into nan ini kana kanji roma romaji furigana sei mei shimei namae jusho kojin bango nenrei seibetsu""".split()
)
# a technical prefix or suffix around the name (adm-hayama, op_mizobe, ops-kawabe, a.shitara_svc): outside the span
# (round 13 late: and a job or desk abbreviation before the name in staff logins — cra_mochizuki, cs_hirano, hk-tamura,
# nurse_oda: a clinical research associate, customer support, housekeeping, a nurse)
_PREFIX = re.compile(r"(?i)(?:adm|admin|op|ops|opr|dev|svc|sa|ext|tmp|stg|prd|prod|test|usr|u|cra|crc|cs|hk|nurse|ns|dr|mgr|staff)[-_]")
_SUFFIX = re.compile(r"(?i)[-_.](?:svc|adm|admin|ops|dev|test|tmp|old|bak|ext|sa|prd|prod|stg|local)\Z")

# a token of letters, digits and . _ - (a login id) not inside an e-mail address, a domain or a path's file name
# (the first letter before the look-behinds, which then test the character before it: the engine skips to letters,
# three times faster than look-behinds tried at every position)
_TOKEN = re.compile(
    r"[A-Za-z](?<![A-Za-z0-9._-][A-Za-z])(?<![A-Za-z0-9._-]@[A-Za-z])[A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,3}(?![A-Za-z0-9_@+-]|\.[A-Za-z0-9])"
)
_LOGIN_WORDS = (
    r"user|username|userid|usr|login|loginid|loginname|loginuser|logon|account|accountname|samaccountname|uid|owner"
    r"|operator|agent|assignee|assignedto|reporter|author|creator|requester|approver|reviewer|updater|editor|committer"
    r"|displayname|nickname|nick|screenname|handle|slack|slackid|github|staff|staffid|profile|by|postedby"
    r"|(?:created|updated|modified|lastmodified|requested|generated|extracted|executed|exported|entered|handled|edited"
    r"|approved|reviewed|submitted|uploaded|deleted|changed|run|checked|assigned|closed|opened|resolved|merged|printed"
    r"|output|registered|posted)by"
)
_LOGIN_KEY = re.compile(
    rf"(?:{_LOGIN_WORDS}|担当|担当者|出力者|登録者|作成者|更新者|入力者|起票者?|承認者|対応者|実行者|記入者|確認者|報告者"
    rf"|依頼者|操作者|ログイン中|ログインユーザー?|ユーザー?|ユーザー?名|ユーザー?id|アカウント|アカウント名|samアカウント名"
    rf"|オペレーター?|todo|fixme)"
)
# the label right before the value on its line: key then ':' '=' '：' '=>' (quoted or not), or 'by ' / '担当 ', or
# 'TODO(' — the key normalised (case, spaces, _ and - dropped) must be a login key
_LABEL_BEFORE = re.compile(
    r"(?P<k>[A-Za-z][A-Za-z_-]{0,30}|(?:[A-Za-z]{1,5}[ ])?[ァ-ヶー㐀-鿿]{1,10})[\\\"']{0,2}[ \t]*(?:[:=：]|=>|\()[ \t]*[\\\"']{0,2}[ \t]*"
    r"(?:uid=)?(?:[A-Z][A-Z0-9-]{1,15}\\)?@?\Z"
    r"|(?<![A-Za-z])(?P<by>[A-Za-z]{0,12}[ ]?by)[ ]+@?\Z"
    r"|(?P<ja>担当|担当者|出力者|登録者|作成者|起票者?|入力者|対応者|ログイン中)[ \u3000]+\Z"
    # (round 13 late: a clerical act or a staff role or section written before the login name — 入力 sakuma, 補導員
    # ogiwara, システム部 tomita)
    r"|(?<![㐀-鿿])(?P<clerk>入力|確認|受付|点検|記入|記録|[㐀-鿿ァ-ヶー]{1,8}(?:員|部|課|係))[ \u3000]+\Z"
)
_MENTION = re.compile(r"(?:^|[\s(（「『\[,:、\"'`>*])@\Z")
_HOME = re.compile(r"(?i)(?:\\home\$?\\|/home/|\\users\\|/users/|個人フォルダ[/\\])\Z")
# a key, not a value ({"kana": …}, kana=…)
_KEY_AFTER = re.compile(r"[\"']?[ ]?[:=]")
_LDAP_UID = re.compile(r"uid=\Z")
# a directory record (LDIF: a dn: line); the values of its name attributes (sn: Ooba, givenName: Sae,
# cn;lang-ja;phonetic: オオバ サエ, displayName: 大庭 紗英 (総務)); not base64 (displayName:: …)
_DIRECTORY_DOC = re.compile(r"^dn:[ ]", re.M)
_NAME_WORD = r"(?:[A-Z][a-z]+|[ァ-ヶー]+|[㐀-鿿々]{1,6})"
_DIRECTORY_NAME = re.compile(
    r"^(?P<a>(?i:sn|surname|givenName|cn|commonName|displayName|name|gecos))(?:;[A-Za-z0-9-]+)*[ ]*:[ ](?!:)[ ]*"
    rf"(?P<v>{_NAME_WORD}(?:[ ・]{_NAME_WORD}){{0,3}})(?:[ ]?\([^)\n]{{1,20}}\))?[ ]*$",
    re.M,
)
_KATAKANA = re.compile(r"[ァ-ヶー]+")
_GROUP = frozenset("domain domains computers servers printers everyone authenticated remote desktop power readers writers".split())
_PERSON_ATTRIBUTE = re.compile(r"(?i)sn|surname|givenname")
# a file name with an extension of the documents people keep: found from the extension, the stem back to a delimiter
# (its words: letters between _ - . digits and non-latin characters)
_FILE_EXT = re.compile(r"\.(?i:pdf|jpe?g|png|gif|heic|tiff?|xlsx?|xlsm|docx?|csv|txt|zip|pptx?)(?![A-Za-z0-9])")
_FILE_STEM = re.compile(r"[^\s/\\\"'<>|:,=()\[\]]{3,120}\Z")
_FILE_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])")
_SEPARATOR = re.compile(r"[._-]")
_DOTTED = re.compile(r"[a-z]\.[a-z]{3,}|[a-z]{3,}\.[a-z]")


def _core(token: str) -> tuple[int, int]:
    """The name part of a login token: technical prefix and suffix removed (offsets into ``token``)."""
    s, e = 0, len(token)
    p = _PREFIX.match(token)
    if p and p.end() < e - 2:
        s = p.end()
    q = _SUFFIX.search(token, s)
    if q and q.start() > s + 2:
        e = q.start()
    return s, e


@functools.lru_cache(maxsize=16384)
def _spells(core: str, strong: bool) -> bool:
    """Whether the login ``core`` spells a person's name; single words and a glued initial only when ``strong``.
    (Cached: the same words recur across a document and across documents.)"""
    if not (core.islower() or core.isupper()) or core.lower() in _SERVICE:
        return False
    parts = _SEPARATOR.split(core) if ("." in core or "_" in core or "-" in core) else [core]
    if any(not p.isalpha() for p in parts):
        return False
    f = [_fold(p) for p in parts]
    if len(parts) == 1:
        w = f[0]
        if not strong or len(w) < 3:
            return False
        if w in SURNAMES:
            return True
        return core.islower() and len(w) >= 6 and w[1:] in SURNAMES and w[0] not in "aeiou"  # hkawamoto
    if len(parts) == 2:
        a, b = f
        if len(a) == 1 and len(b) >= 3 and b in SURNAMES:
            return True
        if len(b) == 1 and len(a) >= 3 and a in SURNAMES:
            return True
        if len(a) >= 3 and len(b) >= 2 and ((a in SURNAMES and b in GIVEN) or (strong and a in GIVEN and b in SURNAMES)):
            return strong or core.isupper()
    return False


@functools.lru_cache(maxsize=16384)
def _verdict(token: str) -> tuple[int, int, bool] | None:
    """For a login-shaped token: the offsets of its name part and whether it is a handle on its own (an initial and a
    surname joined by a dot); None when it cannot spell a name at all. (Cached per token string.)"""
    if len(token) < 3 or not (token.islower() or token.isupper()):
        return None
    s, e = _core(token) if ("-" in token or "_" in token or "." in token) else (0, len(token))
    core = token[s:e]
    if len(core) < 3:
        return None
    if len(core) >= 5 and core.islower() and _DOTTED.fullmatch(core) and _spells(core, False):
        return s, e, True
    return (s, e, False) if _spells(core, True) else None


class PersonHandleRecognizer(Recognizer):
    name = "person_handle"
    types = frozenset({PiiType.PERSON})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        for start, end, _why in self.handles(doc):
            yield Candidate(start, end, PiiType.PERSON, 0.85, self.name, True)

    def handles(self, doc: Document) -> Iterable[tuple[int, int, str]]:
        """(start, end, the cue that fired) of each name found; the cue is for measuring, never logged with text."""
        text = doc.text
        for m in _TOKEN.finditer(text):
            verdict = _verdict(m.group())
            if verdict is None:
                continue
            s, e, dotted = verdict
            start, end = m.start() + s, m.start() + e
            if dotted and not self._fileish(text, m.end()):
                yield start, end, "dotted"
                continue
            if _KEY_AFTER.match(text, m.end()):
                continue
            why = self._login_context(doc, m.start(), m.end())
            if why:
                yield start, end, why
        if "." in text:
            for x in _FILE_EXT.finditer(text):
                stem = _FILE_STEM.search(text, max(0, x.start() - 120), x.start())
                if stem and "_" in stem.group():
                    yield from self._file_name(stem)
        if _DIRECTORY_DOC.search(text):
            for m in _DIRECTORY_NAME.finditer(text):
                if _PERSON_ATTRIBUTE.fullmatch(m.group("a")) or self._full_name(m.group("v")):
                    yield m.start("v"), m.end("v"), "directory"

    @staticmethod
    def _file_name(m: re.Match[str]) -> Iterable[tuple[int, int, str]]:
        """A name spelled in a file name's words (SOMA_MIO_passport.pdf, zairyu_TRAN_VAN_NAM.jpg): two words of one
        case, a surname and a given name (not both field words: kana_mei.csv), or a Vietnamese name with Van/Thi."""
        words = list(_FILE_WORD.finditer(m.group()))
        i = 0
        while i < len(words) - 1:
            a, b = words[i].group(), words[i + 1].group()
            joined = m.group()[words[i].end() : words[i + 1].start()] == "_"
            c = words[i + 2] if i + 2 < len(words) else None
            if joined and c and b.lower() in ("van", "thi") and m.group()[words[i + 1].end() : c.start()] == "_" and (
                (a + b + c.group()).isupper() or (a + b + c.group()).islower()
            ):
                yield m.start() + words[i].start(), m.start() + c.end(), "file"
                i += 3
                continue
            fa, fb = _fold(a.lower()), _fold(b.lower())
            if (
                joined
                and ((a + b).isupper() or (a + b).islower())
                and len(a) >= 2
                and len(b) >= 2
                and not (fa in _SERVICE and fb in _SERVICE)
                and ((fa in SURNAMES and fb in GIVEN) or (fa in GIVEN and fb in SURNAMES))
            ):
                yield m.start() + words[i].start(), m.start() + words[i + 1].end(), "file"
                i += 2
                continue
            i += 1

    @staticmethod
    def _full_name(value: str) -> bool:
        """The value of a cn/name/displayName attribute is a person's name (not a group, a role or a service): latin
        words with no organisation or form word among them (two or more), a katakana reading of two or more words, or a
        kanji name starting with a dictionary surname."""
        words = value.replace("・", " ").split(" ")
        if value.isascii():
            return len(words) >= 2 and not any(
                w.lower() in ORG_WORDS or w.lower() in _SERVICE or w.lower().rstrip("s") in _SERVICE or w.lower() in _GROUP
                for w in words
            )
        if len(words) >= 2 and _KATAKANA.fullmatch(value.replace(" ", "").replace("・", "")):
            return True  # a reading (cn;lang-ja;phonetic: オオバ サエ)
        return any(sudachi().is_surname(words[0][:k]) for k in (3, 2, 1) if k <= len(words[0]))

    @staticmethod
    def _fileish(text: str, end: int) -> bool:
        """A file name or a member access right after (``kato.c`` in ``kato.c:12``, ``(``)."""
        return text[end : end + 1] in ("(", "[")

    @staticmethod
    def _login_context(doc: Document, start: int, end: int) -> str:
        """The cue that makes the token at ``start:end`` a person's login, or ""."""
        text = doc.text
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 48) : start]
        if _MENTION.search(before):
            return "mention"
        if _HOME.search(before):
            return "home"
        if _LDAP_UID.search(before):
            return "uid="
        lab = _LABEL_BEFORE.search(before)
        if lab:
            if lab.group("by"):
                return "by"
            if lab.group("clerk"):
                return "clerk"
            key = lab.group("k") or lab.group("ja")
            if _LOGIN_KEY.fullmatch(re.sub(r"[ _\-\u3000]", "", key.lower())):
                return "label"
        header = doc.header_of(start)
        if header and _LOGIN_KEY.fullmatch(re.sub(r"[ _\-\u3000\"']", "", header.lower())):
            return "column"
        return ""
