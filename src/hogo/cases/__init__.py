"""Case workflows (事案・請求) on top of the decision layer: pure models and functions, no I/O.

* :mod:`hogo.cases.leak` — the 漏えい等事案 record; :mod:`hogo.cases.breach_report` — its assessment
  and the Commission report (nine items); :mod:`hogo.cases.breach_notice` — notices to persons.
* :mod:`hogo.cases.rights` — 開示等の請求, decisions and response letters;
  :mod:`hogo.cases.deadlines` — the 遅滞なく target.
* :mod:`hogo.cases.complaints` — 苦情 statistics by category and period.

Documents are rendered by :mod:`hogo.documents`.
"""
