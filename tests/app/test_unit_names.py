"""The distinctive name of a unit in the inspection list."""

import unicodedata

import pytest

from app.domain.unit_names import short_unit_name


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("UBND thành phố Lạng Sơn", "TP Lạng Sơn"),
        ("UBND huyện Mây Xanh", "Mây Xanh"),
        ("Ủy ban nhân dân huyện Khe Đá", "Khe Đá"),
        ("UBND thị xã Đồng Đăng", "TX Đồng Đăng"),
        ("UBND xã Tân Thanh", "Xã Tân Thanh"),
        ("UBND phường Chi Lăng", "Phường Chi Lăng"),
        ("UBND thị trấn Na Dương", "TT Na Dương"),
        ("UBND tỉnh Lạng Sơn", "Tỉnh Lạng Sơn"),
        ("Sở Tài chính", "Sở Tài chính"),
        ("  Thanh tra   tỉnh ", "Thanh tra tỉnh"),
        ("UBND", "UBND"),
        ("", ""),
    ],
)
def test_short_names(name, short):
    assert short_unit_name(name) == short


def test_nfd_input():
    assert short_unit_name(unicodedata.normalize("NFD", "UBND thành phố Lạng Sơn")) == (
        "TP Lạng Sơn"
    )
