"""Starter phrase library, worded after the reference conclusion notices.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (section, field tag, text)
STARTER = [
    (
        "limitation",
        "nhiem_vu_giao",
        "Công tác tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh còn có việc chưa được kịp thời, "
        "chất lượng chưa cao",
    ),
    (
        "limitation",
        "dau_tu_cong",
        "Công tác giải ngân vốn đầu tư công còn chậm, chưa đạt kế hoạch vốn được giao",
    ),
    (
        "limitation",
        "gpmb",
        "Công tác bồi thường, hỗ trợ và tái định cư nhìn chung còn chậm, quá trình thu hồi đất, "
        "giải phóng mặt bằng còn gặp nhiều khó khăn, vướng mắc",
    ),
    (
        "limitation",
        "do_thi",
        "Công tác chỉnh trang và phát triển đô thị trên địa bàn còn nhiều bất cập",
    ),
    (
        "limitation",
        "cchc",
        "Công tác cải cách hành chính, nhất là cải cách thủ tục hành chính còn một số hạn chế; "
        "tỷ lệ hồ sơ thủ tục hành chính được thực hiện qua dịch vụ công trực tuyến còn thấp",
    ),
    ("limitation", "thu_ngan_sach", "Kết quả thu ngân sách nhà nước chưa đạt kế hoạch đề ra"),
    ("limitation", "ky_luat", "Vẫn còn có cán bộ, công chức vi phạm kỷ luật, kỷ cương hành chính"),
    (
        "limitation",
        "tiep_cong_dan",
        "Thời gian giải quyết một số đơn kiến nghị, phản ánh còn kéo dài",
    ),
    (
        "recommendation",
        "chi_dao_dieu_hanh",
        "Tăng cường hơn nữa công tác quản trị nội bộ; quyết liệt, đổi mới nội dung, phương thức "
        "quản lý, nâng cao chất lượng công tác lãnh đạo, chỉ đạo điều hành",
    ),
    (
        "recommendation",
        "nhiem_vu_giao",
        "Rà soát lại toàn bộ nhiệm vụ được giao, xem xét tiến độ thực hiện để kịp thời chỉ đạo, "
        "bảo đảm hoàn thành đúng thời hạn",
    ),
    (
        "recommendation",
        "dau_tu_cong",
        "Đẩy nhanh tiến độ giải ngân vốn đầu tư công, khẩn trương hoàn thiện thủ tục đầu tư các "
        "dự án được giao quản lý",
    ),
    (
        "recommendation",
        "gpmb",
        "Đẩy mạnh hơn nữa công tác giải phóng mặt bằng các dự án đầu tư trên địa bàn, nhất là các "
        "dự án trọng điểm của tỉnh",
    ),
    (
        "recommendation",
        "thu_ngan_sach",
        "Tập trung chỉ đạo quyết liệt công tác thu ngân sách nhà nước, tăng cường các giải pháp "
        "tăng thu, chống thất thu thuế, thu hồi nợ đọng",
    ),
    (
        "recommendation",
        "cchc",
        "Quan tâm hơn nữa công tác cải cách hành chính, nhất là cải cách thủ tục hành chính; đẩy "
        "mạnh việc ứng dụng công nghệ thông tin trong giải quyết công việc chuyên môn",
    ),
    (
        "recommendation",
        "cchc",
        "Nghiên cứu các giải pháp nhằm tăng tỷ lệ giải quyết thủ tục hành chính qua dịch vụ công "
        "trực tuyến, dịch vụ bưu chính công ích",
    ),
    (
        "recommendation",
        "tiep_cong_dan",
        "Thực hiện tốt công tác tiếp dân, giải quyết đơn thư, tăng cường xuống cơ sở để lắng nghe "
        "tâm tư nguyện vọng của Nhân dân",
    ),
    (
        "recommendation",
        "can_bo",
        "Quan tâm công tác đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ của đội ngũ "
        "cán bộ, công chức",
    ),
    (
        "recommendation",
        "do_thi",
        "Tăng cường công tác quản lý đất đai, trật tự đô thị, bảo đảm vệ sinh môi trường",
    ),
    (
        "recommendation",
        "ky_luat",
        "Tăng cường kiểm tra, đôn đốc, nhắc nhở các phòng, ban chuyên môn, các xã, phường trong "
        "thực hiện nhiệm vụ; siết chặt kỷ luật, kỷ cương hành chính",
    ),
]


def upgrade() -> None:
    phrase = sa.table(
        "phrase",
        sa.column("section", sa.String),
        sa.column("field_tag", sa.String),
        sa.column("text", sa.Text),
        sa.column("usage_count", sa.Integer),
    )
    op.bulk_insert(
        phrase,
        [{"section": s, "field_tag": t, "text": x, "usage_count": 0} for s, t, x in STARTER],
    )


def downgrade() -> None:
    phrase = sa.table("phrase", sa.column("text", sa.Text))
    op.execute(phrase.delete().where(phrase.c.text.in_([x for _s, _t, x in STARTER])))
