"""Organizations form a tree: loops are found, in linear time however deep the chain."""

from app.domain.hierarchy import cycle_words, first_cycle, parent_cycle


def test_self_parent_and_loops_are_found():
    assert first_cycle({"A": "A"}) == ["A"]
    assert first_cycle({"A": "B", "B": "C", "C": "A", "D": ""}) == ["A", "B", "C"]
    assert first_cycle({"X": "A", "A": "B", "B": "A"}) == ["A", "B"]
    assert first_cycle({"A": "B", "B": "", "C": "B"}) == []
    assert parent_cycle(1, {1: 2, 2: 1}.get) == [1, 2]
    assert parent_cycle(1, {1: 2, 2: None}.get) == []
    assert cycle_words(["A"]) == "đơn vị «A» là cấp trên của chính nó"
    assert cycle_words(["A", "B"]) == "các đơn vị cấp trên tạo thành vòng lặp «A» → «B» → «A»"


def test_a_chain_of_a_hundred_thousand_is_checked_at_once():
    chain = {f"D{i}": f"D{i + 1}" for i in range(100_000)}  # a quadratic walk would not end
    assert first_cycle(chain) == []
    chain["D100000"] = "D0"
    assert len(first_cycle(chain)) == 100_001
