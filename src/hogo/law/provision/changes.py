"""Changes to an opt-out scheme or a joint-use arrangement — what must be done, and when.

* オプトアウト (第27条第3項; 旧第23条第3項): changing the items, methods etc. needs prior notice (or an
  easily knowable state) and — from 2017 — a prior notification to the Commission; from 2022 a change of
  the business's name, address or representative, or ending opt-out provision, is notified without delay.
  The address is an item only from 2022.
* 共同利用 (第27条第6項; 旧第23条第5項/第6項): a change of the users' purposes (within what the person can
  reasonably expect) or of the responsible party needs prior notice; from 2022 a change of the responsible
  party's name, address or representative is notified without delay. A change of the jointly used items or
  of the scope of joint users needs the persons' prior consent (sector guidelines; PPC guidelines 通則編 3-6-3,
  general knowledge).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import Field

from hogo.law.core import Decision, Facts, FactsError, LawVersionRef, reason
from hogo.law.provision._common import cite
from hogo.law.provision.third_party import JOINT_USE_ITEM_LABEL, OPT_OUT_ITEM_LABEL, JointUseItem, OptOutItem
from hogo.law.registry import judgement
from hogo.law.versions import version_at

Requirement = Literal["prior_notice", "notice_without_delay", "consent", "not_permitted", "no_requirement"]

CHANGE_LABEL: dict[str, tuple[str, str]] = {
    **OPT_OUT_ITEM_LABEL,
    **JOINT_USE_ITEM_LABEL,
    "discontinue": ("オプトアウトによる提供の終了", "ending opt-out provision"),
    "manager": ("管理について責任を有する者(の交代)", "the responsible party itself (a new one)"),
}


class ProvisionChangeFacts(Facts):
    scheme: Literal["opt_out", "joint_use"] = Field(description="opt_out (オプトアウト) / joint_use (共同利用)")
    change: str = Field(description="変更する事項 (scheme ごとのコード。docs/cli-law.md 参照)")
    purpose_change_within_scope: bool = Field(
        default=True,
        description="共同利用者の利用目的の変更が、本人が通常予期し得る限度(旧法: 相当の関連性)の範囲内",
    )
    notice_given: Literal["before", "after", "none"] | None = Field(
        default=None,
        description="既に行った変更の通知・公表の時期 (before: 変更前 / after: 変更後 / none: していない)。"
        "指定すると compliant を判定",
    )
    commission_notified: bool | None = Field(
        default=None, description="オプトアウトの変更を個人情報保護委員会に届け出たか (compliant の判定用)"
    )


class ProvisionChangeDecision(Decision):
    requirement: Requirement = Field(description="変更に必要なこと")
    notify_commission: bool = Field(description="個人情報保護委員会への届出も必要")
    compliant: bool | None = Field(description="notice_given が与えられたとき: 変更が適法に行われたか")
    required_actions: list[str]


_OPT_OUT_CHANGES = frozenset(get_args(OptOutItem)) | {"discontinue"}
_JOINT_USE_CHANGES = (frozenset(get_args(JointUseItem)) - {"statement"}) | {"manager"}


@judgement(
    "provision-change",
    ProvisionChangeFacts,
    ProvisionChangeDecision,
    summary_ja="オプトアウト・共同利用の事項を変更するときに必要な手続",
    summary_en="What a change to an opt-out scheme or joint-use arrangement requires",
)
def judge_provision_change(facts: ProvisionChangeFacts, as_of: dt.date) -> ProvisionChangeDecision:
    allowed = _OPT_OUT_CHANGES if facts.scheme == "opt_out" else _JOINT_USE_CHANGES
    if facts.change not in allowed:
        raise FactsError("change", f"must be one of {', '.join(sorted(allowed))} for scheme {facts.scheme}")
    v = version_at("appi", as_of)
    label_ja, label_en = CHANGE_LABEL[facts.change]
    reasons = []
    commission = False
    if facts.scheme == "opt_out":
        citation = cite(v, "opt_out_change")
        commission_rule = bool(v.rule("opt_out.ppc_notification"))
        if facts.change in v.rule("opt_out.change_in_advance"):
            requirement: Requirement = "prior_notice"
            commission = commission_rule
            ja, en = "変更する前に、あらかじめ", "before the change"
        elif facts.change in v.rule("opt_out.change_without_delay"):
            requirement = "notice_without_delay"
            commission = commission_rule
            ja, en = "変更後遅滞なく", "without delay after the change"
        elif facts.change in ("provision_purpose", "stop_on_request"):
            requirement = "not_permitted"
            ja = en = ""
        else:
            requirement = "no_requirement"
            ja = en = ""
        if requirement in ("prior_notice", "notice_without_delay"):
            reasons.append(
                reason(
                    f"オプトアウトの「{label_ja}」を変更するときは、{ja}、その内容を本人に通知し又は本人が容易に知り得る状態に置く"
                    + ("とともに、個人情報保護委員会に届け出" if commission else "")
                    + "なければなりません。",
                    f"A change of the opt-out item '{label_en}' must be notified to the persons or made easily knowable "
                    + ("and notified to the Commission " if commission else "")
                    + f"{en}.",
                    citation,
                )
            )
        elif requirement == "not_permitted":
            reasons.append(
                reason(
                    f"「{label_ja}」はオプトアウトの要件そのものであり、これをやめればオプトアウトによる提供はできなくなります。",
                    f"'{label_en}' is a condition of opt-out itself; without it, opt-out provision is no longer possible.",
                    cite(v, "opt_out"),
                )
            )
        else:
            reasons.append(
                reason(
                    f"この時点の法では「{label_ja}」はオプトアウトの通知・届出事項ではなく、その変更について法の定める手続はありません。",
                    f"At this date '{label_en}' is not an opt-out item, so the Act sets no procedure for changing it.",
                    citation,
                )
            )
    else:
        citation = cite(v, "joint_use_change")
        if facts.change in ("data_items", "user_scope"):
            requirement = "consent"
            reasons.append(
                reason(
                    f"共同利用の「{label_ja}」の変更は、原則としてあらかじめ本人の同意を得なければなりません(変更後の共同利用は新たな"
                    "第三者提供に当たるため)。",
                    f"Changing the joint-use '{label_en}' needs the persons' prior consent in principle (it amounts to a "
                    "new provision).",
                    f"{cite(v, 'not_third_party')}第3号",
                    "福祉分野における個人情報保護に関するガイドライン第7; 個人情報保護法ガイドライン(通則編)3-6-3 (general knowledge)",
                )
            )
        elif facts.change == "purposes" and not facts.purpose_change_within_scope:
            requirement = "consent"
            reasons.append(
                reason(
                    "共同利用者の利用目的の変更が、本人が通常予期し得る限度を超えるため、通知・公表では足りず、本人の同意が必要です。",
                    "The new purpose goes beyond what the persons can reasonably expect: notice is not enough, consent "
                    "is needed.",
                    citation,
                )
            )
        elif facts.change in v.rule("joint_use.change_in_advance") + v.rule("joint_use.change_without_delay"):
            advance = facts.change in v.rule("joint_use.change_in_advance")
            requirement = "prior_notice" if advance else "notice_without_delay"
            when_ja, when_en = (
                ("を変更しようとするときは、あらかじめ", "before the change")
                if advance
                else (
                    "に変更があったときは、遅滞なく",
                    "without delay after the change",
                )
            )
            reasons.append(
                reason(
                    f"共同利用の「{label_ja}」{when_ja}、その内容を本人に通知し又は本人が容易に知り得る状態に置かなければなりません。"
                    "本人の同意は不要です。",
                    f"A change of the joint-use '{label_en}' must be notified to the persons or made easily knowable "
                    f"{when_en}; no consent is needed.",
                    citation,
                )
            )
        else:
            requirement = "no_requirement"
            reasons.append(
                reason(
                    f"この時点の法では「{label_ja}」は共同利用の通知事項ではなく、その変更について法の定める手続はありません。",
                    f"At this date '{label_en}' is not a joint-use item, so the Act sets no procedure for changing it.",
                    citation,
                )
            )

    actions = {
        "prior_notice": ["notify_before_change"],
        "notice_without_delay": ["notify_without_delay"],
        "consent": ["obtain_consent"],
        "not_permitted": ["stop_opt_out_provision"],
        "no_requirement": [],
    }[requirement]
    if commission:
        actions.append("notify_commission")
    compliant = _compliance(facts, requirement, commission)
    if compliant is False:
        reasons.append(
            reason(
                "行われた変更は、必要な手続を満たしていません。",
                "The change as made did not follow the required procedure.",
                citation,
            )
        )
    return ProvisionChangeDecision(
        as_of=as_of,
        law_version=LawVersionRef.of(v),
        reasons=reasons,
        requirement=requirement,
        notify_commission=commission,
        compliant=compliant,
        required_actions=actions,
    )


def _compliance(facts: ProvisionChangeFacts, requirement: Requirement, commission: bool) -> bool | None:
    if facts.notice_given is None:
        return None
    if commission and facts.commission_notified is False:
        return False
    if requirement == "prior_notice":
        return facts.notice_given == "before"
    if requirement == "notice_without_delay":
        return facts.notice_given in ("before", "after")
    if requirement == "consent":
        return None  # consent, not notice, decides; notice timing cannot tell
    if requirement == "not_permitted":
        return False
    return True
