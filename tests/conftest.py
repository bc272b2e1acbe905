"""Test configuration: hypothesis runs derandomized under CI (HYPOTHESIS_PROFILE=ci, set by .ci/run)
so that a CI run is reproducible; locally every run explores new random examples."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
