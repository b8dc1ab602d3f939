"""The kecamatan population estimate: whole people that add up to the regency total."""

import pandas as pd

from etl.estimate import largest_remainder


def test_largest_remainder_adds_up():
    assert largest_remainder(pd.Series([1.0, 1.0, 1.0]), 10).tolist() == [4, 3, 3]  # ties to the first
    assert largest_remainder(pd.Series([0.5, 0.3, 0.2]), 7).tolist() == [4, 2, 1]  # 3,5 2,1 1,4: the ,5 gets it
    assert largest_remainder(pd.Series([2.0, None]), 5).tolist()[0] == 5


def test_population_estimate_sums_to_the_regency_total(demo_store):
    assert demo_store.read("kecamatan")["penduduk_kini"].sum() == 446_020
