"""利用目的・利用・取得 — purpose, use and acquisition of personal information.

Judgements (each pure, versioned and cited in the numbering of the version applied):

``purpose``           is the purpose of use specified well enough (第17条第1項 / 旧第15条第1項)?
``purpose-change``    may the purpose be changed, and what must be done (第17条第2項, 第21条第3項)?
``use``               may the information be used for this (第18条 利用目的による制限, its exceptions,
                      第19条 不適正利用, and the 学術研究 rules)?
``acquisition``       may it be acquired, and what must be told (第20条 適正取得・要配慮, 第21条 通知・明示)?
``consent``           is this consent valid, and from whom must it come (guidelines on 本人の同意)?
``pseudonymised``     may 仮名加工情報 be handled this way (第41条, from 2022-04-01)?

Exceptions are judged from typed facts (``consent_difficult``, ``based_on_law`` …), never from a
free-text label, so each answer says which condition held or failed.
"""

from hogo.law.use import acquisition, consent, pseudonymised, purpose, restriction  # noqa: F401
