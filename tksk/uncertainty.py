"""How sure the requirement is: low / central / high totals from stated ranges of the key assumptions, and
which assumption moves the total most. Pure functions over tksk.planning.evaluate, the same arithmetic the
page shows.

Each assumption has a stated range as multipliers of its current value (so a planner who changes a value
keeps its relative range). The range of the total: ``n`` draws, each assumption drawn independently from a
triangular distribution (low, current, high), with a fixed seed; the low and high totals are the 10th and
90th percentiles of the draws. The sensitivity (tornado): each assumption alone at its low and at its high
end, the others at their current values.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from tksk import need, planning, wisn
from tksk.scenario import LIMITS

SEED = 14
# Enough draws for a 90th percentile that does not move with the seed (at 100 it moved by 4 posts); a
# thousand cost the demo regency 7 ms. A plan of many kecamatan takes fewer, within DRAW_CELLS kecamatan-draws: all
# of Indonesia's 7.300 at a thousand took 5 s and 1,7 GB, at MIN_DRAWS 0,14 s.
DRAWS = 1_000
MIN_DRAWS = 100
DRAW_CELLS = 200_000


def draws_for(kecamatan: int) -> int:
    """How many draws a plan of ``kecamatan`` kecamatan takes (``DRAWS``, fewer for a large region)."""
    return int(min(DRAWS, max(MIN_DRAWS, DRAW_CELLS // max(kecamatan, 1))))
PERCENTILES = (10, 90)


@dataclass(frozen=True)
class Assumption:
    key: str  # also the text key of its label
    low: float  # multiplier of the current value at the low end of the stated range
    high: float
    why: str  # text key: the range in words and its reason


ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in [
    Assumption("unc_hours_per_day", 2 / 3, 4 / 3, "unc_why_hours_per_day"),
    Assumption("unc_unit_times", 0.75, 1.25, "unc_why_unit_times"),
    Assumption("unc_speed", 2 / 3, 4 / 3, "unc_why_speed"),
    Assumption("unc_road", 1.2 / 1.4, 1.6 / 1.4, "unc_why_road"),
    Assumption("unc_round", 0.5, 2.0, "unc_why_round"),
    Assumption("unc_cas", 0.5, 2.0, "unc_why_cas"),
]}


def rate_assumptions() -> dict[str, Assumption]:
    """One assumption per need-based rate, with the range stated beside the rate."""
    return {f"rate:{k}": Assumption(f"rate:{k}", r.low / r.value, r.high / r.value, r.why)
            for k, r in need.RATES.items() if r.low != r.high}


def _within(value, limit: str):
    """A multiplied setting kept within the bounds the settings accept (``scenario.LIMITS``): the end of a range
    is a value a planner could have entered, never 32 hours a day or 160 km/h."""
    low, high = LIMITS[limit]
    return np.clip(value, low, high) if isinstance(value, np.ndarray) else min(max(value, low), high)


def apply(params: wisn.Params, key: str, factor: float) -> wisn.Params:
    """``params`` with one assumption multiplied by ``factor``, kept within the settings' bounds."""
    if key.startswith("rate:"):
        rate = key.split(":", 1)[1]
        return replace(params, rates={**params.rates, rate: _within(params.rates[rate] * factor, "rates")})
    if key == "unc_hours_per_day":
        return replace(params, awt=replace(params.awt, hours_per_day=_within(params.awt.hours_per_day * factor,
                                                                             "awt.hours_per_day")))
    if key == "unc_unit_times":
        return replace(params, standards={k: _within(v * factor, "standards") for k, v in params.standards.items()})
    travel = params.travel
    if key == "unc_speed":
        return replace(params, travel=replace(travel, speed_kmh=_within(travel.speed_kmh * factor, "travel.speed_kmh")))
    if key == "unc_road":
        return replace(params, travel=replace(travel, road_factor=_within(travel.road_factor * factor,
                                                                          "travel.road_factor")))
    if key == "unc_round":
        return replace(params, travel=replace(travel, round_hours_per_desa=_within(
            travel.round_hours_per_desa * factor, "travel.round_hours_per_desa")))
    if key == "unc_cas":
        return replace(params, cas={k: v * factor for k, v in params.cas.items()})
    raise KeyError(key)


def setting(params: wisn.Params, key: str) -> float:
    """The value an assumption (other than the standard times, a multiplier) has in ``params``."""
    if key.startswith("rate:"):
        return params.rates[key.split(":", 1)[1]]
    return {"unc_hours_per_day": params.awt.hours_per_day, "unc_speed": params.travel.speed_kmh,
            "unc_road": params.travel.road_factor, "unc_round": params.travel.round_hours_per_desa,
            "unc_cas": sum(params.cas.values())}[key]


def bounds(a: Assumption, params: wisn.Params) -> tuple[float, float]:
    """The multipliers at the two ends of ``a``'s range for these settings. The support activities' high end
    stops halfway from the setting to 100 % (where CAF has no finite value), so a setting near 50 % keeps a
    range the arithmetic can take rather than stopping the analysis."""
    if a.key != "unc_cas":
        return a.low, a.high
    total = sum(params.cas.values())
    return a.low, (min(a.high, (1 + 100 / total) / 2) if total > 0 else a.high)


def _total(inputs: planning.Inputs, params: wisn.Params) -> tuple[float, int]:
    """Need (fractional) and whole posts of the regency: the sums wisn.totals takes of the plan's table."""
    req = planning.required(inputs, params)
    return float(req.sum()), int(wisn.posts(req).sum())


def _totals(inputs: planning.Inputs, params: wisn.Params, keys: list[str], factors: np.ndarray):
    """Need (fractional) and whole posts of the regency for each row of ``factors`` (one column per assumption
    of ``keys``, a multiplier of its setting), all rows in one pass: the settings hold a column of values each and
    the WISN arithmetic, written for arrays, gives every row's requirement at once."""
    p = params
    for j, key in enumerate(keys):
        p = apply(p, key, factors[:, j:j + 1])
    req = np.broadcast_to(planning.required(inputs, p), (len(factors), len(inputs.codes)))
    return req.sum(axis=1), wisn.posts(req).sum(axis=1).astype(int)


def tornado(inputs: planning.Inputs, params: wisn.Params) -> pd.DataFrame:
    """Each assumption alone at both ends of its range: the need (fractional) and posts there, and the
    swing of the need, largest first. An assumption that cannot move the total (a rate on a count nobody
    entered, a need rate when the basis is the log) is left out."""
    central, _ = _total(inputs, params)
    every = list({**ASSUMPTIONS, **rate_assumptions()}.values())
    factors = np.ones((2 * len(every), len(every)))  # row 2j: assumption j at its low end, row 2j + 1 at its high
    for j, a in enumerate(every):
        factors[2 * j, j], factors[2 * j + 1, j] = bounds(a, params)
    need, posts = _totals(inputs, params, [a.key for a in every], factors)
    out = pd.DataFrame({"asumsi": [a.key for a in every], "why": [a.why for a in every],
                        "perlu_rendah": need[0::2], "perlu_tinggi": need[1::2],
                        "pos_rendah": posts[0::2], "pos_tinggi": posts[1::2]})
    out["ayunan"] = (out["perlu_tinggi"] - out["perlu_rendah"]).abs()
    out = out.loc[out["ayunan"] > 1e-9 * max(central, 1)]
    return out.sort_values("ayunan", ascending=False, kind="stable").reset_index(drop=True)


def draws(inputs: planning.Inputs, params: wisn.Params, n: int = DRAWS, seed: int = SEED) -> pd.DataFrame:
    """``n`` totals (need and posts), every assumption drawn at once from its triangular range, all in one pass
    (``_totals``). The multipliers are drawn in the order one draw after another would take them (draw by draw,
    assumption by assumption), so a seed gives the same range as a loop over the draws."""
    rng = np.random.default_rng(seed)
    every = {a.key: bounds(a, params) for a in {**ASSUMPTIONS, **rate_assumptions()}.values()}
    low, high = (np.array([b[i] for b in every.values()]) for i in (0, 1))
    need, posts = _totals(inputs, params, list(every), rng.triangular(low, np.ones(len(every)), high,
                                                                         size=(n, len(every))))
    return pd.DataFrame({"perlu": need, "perlu_bulat": posts})


def summary(inputs: planning.Inputs, params: wisn.Params, n: int | None = None, seed: int = SEED) -> dict:
    """Low, central and high totals: posts (whole) and need (fractional). The central figures are the plan at
    the current settings; low and high the 10th and 90th percentiles of the draws, widened to include the
    central figure should the draws lie to one side of it."""
    central_fte, central_posts = _total(inputs, params)
    n = draws_for(len(inputs.kecamatan)) if n is None else n
    d = draws(inputs, params, n, seed)
    lo, hi = (np.percentile(d["perlu_bulat"], q, method="nearest") for q in PERCENTILES)
    median = int(np.percentile(d["perlu_bulat"], 50, method="nearest"))
    flo, fhi = (np.percentile(d["perlu"], q) for q in PERCENTILES)
    return {"pos_rendah": int(min(lo, central_posts)), "pos_tengah": int(central_posts),
            "pos_tinggi": int(max(hi, central_posts)), "perlu_rendah": float(min(flo, central_fte)),
            "perlu_tengah": float(central_fte), "perlu_tinggi": float(max(fhi, central_fte)), "draws": n,
            "pos_median": median}
