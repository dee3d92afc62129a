"""Where a notice stands, as the list and the page header show it at a glance.

Three stages, in the words offices use: "Dự thảo" (being written, a DỰ THẢO copy), "Trình ký"
(the copy for signature, number left for the văn thư) and "Đã ban hành" (numbered and dated).
Today a notice is either issued or a draft; the copy for signature comes with the notice forms
(issue 11) and then only `notice_stage`'s arguments change.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    DU_THAO = "du_thao"
    TRINH_KY = "trinh_ky"
    DA_BAN_HANH = "da_ban_hanh"

    @property
    def label(self) -> str:
        return {"du_thao": "Dự thảo", "trinh_ky": "Trình ký", "da_ban_hanh": "Đã ban hành"}[
            self.value
        ]


def notice_stage(issued: bool, for_signature: bool = False) -> Stage:
    """The stage of a notice: issued wins, then the copy for signature, else a draft."""
    if issued:
        return Stage.DA_BAN_HANH
    return Stage.TRINH_KY if for_signature else Stage.DU_THAO
