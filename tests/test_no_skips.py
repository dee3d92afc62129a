"""The suite turns every skip into a failure, except a test marked `only_on` another platform
(tests/conftest.py, issue 20): a check silently not made is never a pass."""

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")


def test_a_skip_fails_unless_the_test_cannot_run_on_this_platform(pytester):
    pytester.makeconftest(CONFTEST.read_text("utf-8"))
    pytester.makepyfile(
        test_skips="""
        import os
        import pytest

        def test_runs():
            pass

        def test_skips_itself():
            pytest.skip("LibreOffice is not installed")

        @pytest.mark.skipif(True, reason="a tool is missing")
        def test_skipped_by_a_marker():
            pass

        @pytest.fixture
        def tool():
            pytest.skip("a tool is missing")

        def test_skipped_by_a_fixture(tool):
            pass

        @pytest.mark.only_on("no-such-os", reason="needs what only that system has")
        def test_for_another_platform():
            pass

        @pytest.mark.only_on(os.name, reason="runs here")
        def test_for_this_platform():
            pass

        @pytest.mark.xfail(reason="a known failure is not a skip")
        def test_known_failure():
            assert False
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(passed=2, failed=1, errors=2, skipped=1, xfailed=1)  # errors: in setup
    result.stdout.fnmatch_lines(
        [
            "*a tool is missing — and no test may be skipped*",
            "*LibreOffice is not installed — and no test may be skipped*",
            "SKIPPED * test_skips.py:*: only on no-such-os: needs what only that system has",
        ]
    )


def test_a_skipped_module_fails(pytester):
    pytester.makeconftest(CONFTEST.read_text("utf-8"))
    pytester.makepyfile(
        """
        import pytest

        pytest.importorskip("no_such_module_anywhere")

        def test_never_collected():
            pass
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*no_such_module_anywhere* — and no test module may be skipped*"])
