"""The per-file time limit (FL002) holds even when its alarm lands where Python drops exceptions."""

from __future__ import annotations

import time

import pytest

from filelint.api import FileTimeout, time_limit


class SlowToFinalise:
    def __del__(self) -> None:
        time.sleep(0.3)  # the alarm arrives in here, where an exception is only "ignored"


def test_an_alarm_inside_a_finaliser_still_ends_in_a_time_out() -> None:
    with pytest.raises(FileTimeout):
        with time_limit(0.05):
            thing = SlowToFinalise()
            del thing  # __del__ runs now; the FileTimeout raised in it is printed and dropped
            time.sleep(0.01)


def test_a_check_within_the_limit_is_not_a_time_out() -> None:
    with time_limit(5):
        thing = SlowToFinalise()
        del thing


def _busy(seconds: float) -> None:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        pass


class BusyToFinalise:
    def __del__(self) -> None:
        _busy(0.02)


def test_an_alarm_a_finaliser_swallows_rings_again_and_says_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """The block stops soon after the limit, not when its work is done, and no "Exception ignored" report
    (a traceback) reaches the user."""
    started = time.perf_counter()
    with pytest.raises(FileTimeout):
        with time_limit(0.05):
            for _ in range(200):  # 6 s: two thirds of it in finalisers
                BusyToFinalise()
                _busy(0.01)
    assert time.perf_counter() - started < 2.0
    assert "Exception ignored" not in capsys.readouterr().err


def test_the_alarm_is_gone_after_a_time_out() -> None:
    with pytest.raises(FileTimeout):
        with time_limit(0.02):
            time.sleep(1)
    time.sleep(0.2)  # an alarm left armed (its repeat) would ring here
