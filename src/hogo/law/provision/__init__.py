"""第三者提供 (third-party provision) judgements.

* ``provision`` — may personal data go to this recipient (domestic or abroad), on what basis;
* ``provision-change`` — what a change to an opt-out scheme or joint-use arrangement requires;
* ``provision-record`` — 提供記録 / 確認記録: needed?, items, retention;
* ``person-related-provision`` — 個人関連情報 (第31条).

Importing this package registers them.
"""

from hogo.law.provision import changes, person_related, records, third_party  # noqa: F401  (registers)
from hogo.law.provision._common import statutory_bases

__all__ = ["statutory_bases"]
