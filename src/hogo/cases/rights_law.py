"""The law tables behind :mod:`hogo.cases.rights`: request kinds, their articles, refusal grounds.

Articles of the 個人情報保護法 (numbering in force from 2022-04-01). See the table in
:mod:`hogo.cases.rights`.
"""

from __future__ import annotations

from typing import Literal

RequestKind = Literal[
    "disclosure",
    "correction",
    "addition",
    "deletion",
    "suspension",
    "erasure",
    "stop_provision",
    "purpose_notice",
    "record_disclosure",
]
KIND_JA: dict[str, str] = {
    "disclosure": "保有個人データの開示",
    "correction": "保有個人データの訂正",
    "addition": "保有個人データの追加",
    "deletion": "保有個人データの削除",
    "suspension": "保有個人データの利用停止",
    "erasure": "保有個人データの消去",
    "stop_provision": "保有個人データの第三者への提供の停止",
    "purpose_notice": "保有個人データの利用目的の通知",
    "record_disclosure": "第三者提供記録の開示",
}
KIND_EN: dict[str, str] = {
    "disclosure": "disclosure of retained personal data",
    "correction": "correction",
    "addition": "addition",
    "deletion": "deletion",
    "suspension": "suspension of use",
    "erasure": "erasure",
    "stop_provision": "stopping provision to third parties",
    "purpose_notice": "notice of the purpose of use",
    "record_disclosure": "disclosure of third-party provision records",
}
REQUEST_CITATION = {
    "disclosure": "個人情報保護法第33条第1項",
    "correction": "個人情報保護法第34条第1項",
    "addition": "個人情報保護法第34条第1項",
    "deletion": "個人情報保護法第34条第1項",
    "suspension": "個人情報保護法第35条第1項・第5項",
    "erasure": "個人情報保護法第35条第1項・第5項",
    "stop_provision": "個人情報保護法第35条第3項・第5項",
    "purpose_notice": "個人情報保護法第32条第2項",
    "record_disclosure": "個人情報保護法第33条第5項",
}
RESULT_CITATION = {
    "disclosure": "個人情報保護法第33条第3項",
    "correction": "個人情報保護法第34条第3項",
    "addition": "個人情報保護法第34条第3項",
    "deletion": "個人情報保護法第34条第3項",
    "suspension": "個人情報保護法第35条第7項",
    "erasure": "個人情報保護法第35条第7項",
    "stop_provision": "個人情報保護法第35条第7項",
    "purpose_notice": "個人情報保護法第32条第3項",
    "record_disclosure": "個人情報保護法第33条第5項(第3項の準用)",
}
DISCLOSURE_KINDS = frozenset({"disclosure", "record_disclosure"})
FEE_KINDS = frozenset({"disclosure", "record_disclosure", "purpose_notice"})  # 第38条第1項
CHANGE_KINDS = frozenset({"correction", "addition", "deletion"})
STOP_KINDS = frozenset({"suspension", "erasure", "stop_provision"})

Outcome = Literal["full", "partial", "none"]
OUTCOME_JA = {"full": "全部を実施", "partial": "一部を実施", "none": "実施しない"}

# ground → (Japanese statement, citation, kinds it applies to)
GROUNDS: dict[str, tuple[str, str, frozenset[str]]] = {
    "not_held": (
        "請求に係る保有個人データが存在しないため",
        "",  # the result notice of the kind (RESULT_CITATION)
        frozenset(KIND_JA),
    ),
    "identity_unverified": (
        "請求者が本人又はその代理人であることを確認できないため",
        "個人情報保護法第37条第1項・第3項",
        frozenset(KIND_JA),
    ),
    "harm_to_rights": (
        "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがあるため",
        "個人情報保護法第33条第2項第1号",
        DISCLOSURE_KINDS,
    ),
    "business_obstruction": (
        "当事業者の業務の適正な実施に著しい支障を及ぼすおそれがあるため",
        "個人情報保護法第33条第2項第2号",
        DISCLOSURE_KINDS,
    ),
    "other_law": ("開示することが他の法令に違反することとなるため", "個人情報保護法第33条第2項第3号", DISCLOSURE_KINDS),
    "record_excluded": (
        "その存否が明らかになることにより公益その他の利益が害される記録であり、開示の対象とならないため",
        "個人情報保護法第33条第5項",
        frozenset({"record_disclosure"}),
    ),
    "content_accurate": (
        "調査の結果、保有個人データの内容が事実でないことが判明しなかったため",
        "個人情報保護法第34条第2項",
        CHANGE_KINDS,
    ),
    "outside_purpose": (
        "利用目的の達成に必要な範囲を超えるため",
        "個人情報保護法第34条第2項",
        CHANGE_KINDS,
    ),
    "special_procedure": (
        "訂正等について他の法令により特別の手続が定められているため",
        "個人情報保護法第34条第2項",
        CHANGE_KINDS,
    ),
    "no_ground": (
        "調査の結果、請求の理由(法違反の取扱い、利用する必要がなくなったこと、漏えい等の事態、権利利益が害されるおそれ)"
        "に当たる事実が判明しなかったため",
        "個人情報保護法第35条第2項・第4項・第6項",
        STOP_KINDS,
    ),
    "alternative_measure": (
        "請求に応じることに多額の費用を要する等困難であり、本人の権利利益を保護するため必要なこれに代わるべき措置を"
        "とるため",
        "個人情報保護法第35条第2項ただし書・第4項ただし書・第6項ただし書",
        STOP_KINDS,
    ),
    "purpose_evident": (
        "利用目的は既に公表等により明らかであるため",
        "個人情報保護法第32条第2項第1号",
        frozenset({"purpose_notice"}),
    ),
    "art21_exception": (
        "利用目的を通知することにより本人若しくは第三者又は当事業者の権利利益を害するおそれ等があるため"
        "(第21条第4項第1号〜第3号)",
        "個人情報保護法第32条第2項第2号",
        frozenset({"purpose_notice"}),
    ),
}
RefusalGround = Literal[
    "not_held",
    "identity_unverified",
    "harm_to_rights",
    "business_obstruction",
    "other_law",
    "record_excluded",
    "content_accurate",
    "outside_purpose",
    "special_procedure",
    "no_ground",
    "alternative_measure",
    "purpose_evident",
    "art21_exception",
]
RequesterType = Literal["principal", "legal_representative", "agent"]
REQUESTER_JA = {"principal": "本人", "legal_representative": "法定代理人", "agent": "任意代理人(本人が委任した代理人)"}
Method = Literal["paper", "electronic"]
METHOD_JA = {"paper": "書面の交付", "electronic": "電磁的記録の提供"}


def ground_text(ground: str, kind: str) -> tuple[str, str]:
    """(statement, citation) of a refusal ground; 'not held' cites the result notice of the kind."""
    text, cite, _ = GROUNDS[ground]
    return text, RESULT_CITATION[kind] if ground == "not_held" else cite
