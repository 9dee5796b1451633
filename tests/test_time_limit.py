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
