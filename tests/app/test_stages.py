"""The stage badge of a notice."""

from app.domain.stages import Stage, notice_stage


def test_stages_and_labels():
    assert notice_stage(False) is Stage.DU_THAO
    assert notice_stage(False, for_signature=True) is Stage.TRINH_KY
    assert notice_stage(True, for_signature=True) is Stage.DA_BAN_HANH
    assert [s.label for s in Stage] == ["Dự thảo", "Trình ký", "Đã ban hành"]
