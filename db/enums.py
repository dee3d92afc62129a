"""The vocabularies stored in the database, with their Vietnamese names.

The ORM columns are SQLAlchemy Enums of these classes (stored as their values, as text), so
every row read back carries a member, never a bare string. They live here because `db/` may not
import `app/`; app.dto and app.domain.tasks re-export them, and `ui/` imports them from there.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    KIEM_TRA = "kiem_tra"
    GIAM_SAT = "giam_sat"
    HOP = "hop"

    @property
    def label(self) -> str:
        return {"kiem_tra": "kiểm tra", "giam_sat": "giám sát", "hop": "họp"}[self.value]


class InspectionStatus(StrEnum):
    CHUAN_BI = "chuan_bi"
    DANG_LAM_VIEC = "dang_lam_viec"
    DU_THAO = "du_thao"
    DA_BAN_HANH = "da_ban_hanh"
    THEO_DOI = "theo_doi"

    @property
    def label(self) -> str:
        return {
            "chuan_bi": "chuẩn bị",
            "dang_lam_viec": "đang làm việc",
            "du_thao": "dự thảo",
            "da_ban_hanh": "đã ban hành",
            "theo_doi": "theo dõi",
        }[self.value]


class Section(StrEnum):
    """Sections of the notice body, in the order the notice prints them."""

    ASSESSMENT = "assessment"
    LIMITATION = "limitation"
    RECOMMENDATION = "recommendation"
    PROPOSAL = "proposal"
    FOLLOWUP = "followup"  # last time's recommendations, carried over to be followed up

    @property
    def label(self) -> str:
        return {
            "assessment": "Đánh giá chung",
            "limitation": "Hạn chế, vướng mắc",
            "recommendation": "Kiến nghị",
            "proposal": "Đề xuất của đơn vị",
            "followup": "Kiến nghị lần trước",
        }[self.value]


class FollowupStatus(StrEnum):
    NONE = ""
    CHUA_THUC_HIEN = "chua_thuc_hien"
    DANG_THUC_HIEN = "dang_thuc_hien"
    DA_THUC_HIEN = "da_thuc_hien"
    KHONG_THUC_HIEN_DUOC = "khong_thuc_hien_duoc"

    @property
    def label(self) -> str:
        return {
            "": "",
            "chua_thuc_hien": "Chưa thực hiện",
            "dang_thuc_hien": "Đang thực hiện",
            "da_thuc_hien": "Đã thực hiện",
            "khong_thuc_hien_duoc": "Không thực hiện được",
        }[self.value]


class EntryKind(StrEnum):
    """How an entry prints (nd30-format.md §2.3). DEFAULT is the section's own body kind:
    lettered points for a kiểm tra's recommendations, dashes for a meeting's and for follow-ups,
    paragraphs elsewhere (app.notice.outline decides, in one place)."""

    DEFAULT = ""
    PARAGRAPH = "paragraph"
    POINT = "point"  # a) b) c) … restarting under each heading
    DASH = "dash"  # - …
    HEADING = "heading"  # 1. / 1.1. / 1.1.1. (its `level`), or unnumbered

    @property
    def label(self) -> str:
        return {
            "": "mặc định",
            "paragraph": "đoạn văn",
            "point": "điểm a), b)…",
            "dash": "gạch đầu dòng",
            "heading": "đề mục",
        }[self.value]


class AttendeeSide(StrEnum):
    TO_CONG_TAC = "to_cong_tac"
    DON_VI = "don_vi"
    KHAC = "khac"


class TaskStatus(StrEnum):
    HT_DUNG_HAN = "HT_DUNG_HAN"
    HT_QUA_HAN = "HT_QUA_HAN"
    CHUA_HT_TRONG_HAN = "CHUA_HT_TRONG_HAN"
    CHUA_HT_QUA_HAN = "CHUA_HT_QUA_HAN"
    KHONG_THOI_HAN = "KHONG_THOI_HAN"

    @property
    def label(self) -> str:
        """The canonical Vietnamese label used in the UI and the tables (DESIGN §2)."""
        return _LABELS[self]

    @property
    def completed(self) -> bool:
        return self in (TaskStatus.HT_DUNG_HAN, TaskStatus.HT_QUA_HAN)


_LABELS = {
    TaskStatus.HT_DUNG_HAN: "Đã hoàn thành đúng hạn",
    TaskStatus.HT_QUA_HAN: "Đã hoàn thành quá hạn",
    TaskStatus.CHUA_HT_TRONG_HAN: "Chưa hoàn thành, còn thời hạn",
    TaskStatus.CHUA_HT_QUA_HAN: "Chưa hoàn thành, quá hạn",
    TaskStatus.KHONG_THOI_HAN: "Không có thời hạn (thường xuyên)",
}
