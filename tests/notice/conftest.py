"""The demo inspections, loaded once for the notice tests."""

from __future__ import annotations

import copy

import pytest

from tests.notice import demo as demo_data


@pytest.fixture(scope="session")
def demo_set(tmp_path_factory) -> demo_data.Demo:
    return demo_data.load(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture
def demo(demo_set) -> demo_data.Demo:
    """A fresh copy each test may change."""
    return copy.deepcopy(demo_set)
