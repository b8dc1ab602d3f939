"""Where to place posts (WISN+POA style): new posts one at a time to the kecamatan under the highest workload
pressure, and the same rule applied to the existing posts as if they could move. Pure functions.

Pressure = need ÷ posts, so the kecamatan with the lowest WISN ratio (posts ÷ need) gets the next post; a
kecamatan without a post has ratio 0 and comes first. Ties go to the larger need, then (existing posts placed
afresh) to the kecamatan that holds the post today, then to the lower code, so the order never depends on how the
table happens to be sorted.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from tksk import wisn


def _next(posts: np.ndarray, need: np.ndarray, codes: np.ndarray, held: np.ndarray | None = None) -> int:
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(need > 0, posts / np.where(need > 0, need, 1.0), np.inf)
    # lexsort sorts by the last key first: ratio, then larger need, then (placing existing posts) a kecamatan that
    # holds the post today, then code. Between two kecamatan alike a post stays where it is: it moved from
    # Pemulutan to Muara Kuang on the code alone (planner audit of 2026-12-06).
    stays = np.zeros(len(posts)) if held is None else -(posts < held).astype(float)
    return int(np.lexsort((codes, stays, -need, r))[0])


def _shortage(posts: np.ndarray, need: np.ndarray) -> float:
    """The regency's unmet need in staff: Σ max(0, need − posts)."""
    return float(np.clip(need - posts, 0, None).sum())


def allocate(table: pd.DataFrame, n: int) -> pd.DataFrame:
    """``n`` more TKSK, one at a time; one row per TKSK: where it goes, whether it fills a post that stands vacant
    there (``isi_pos_kosong``: the post exists, so it is not a new one), that kecamatan's posts, ratio and band
    before and after, and the regency's unmet need (staff) after it. ``table`` has kode_kec, nama_kec,
    tksk_sekarang and wisn_perlu, and may have pos_kosong (e.g. tksk.planning.evaluate)."""
    if n < 0:
        raise ValueError("jumlah pos baru tidak boleh negatif / the number of new posts must not be negative")
    codes = table["kode_kec"].astype(str).to_numpy()
    names = table["nama_kec"].to_numpy()
    need = table["wisn_perlu"].to_numpy(dtype=float)
    posts = table["tksk_sekarang"].to_numpy(dtype=float).copy()
    vacant = (table["pos_kosong"].to_numpy(dtype=float).copy() if "pos_kosong" in table
              else np.zeros(len(codes)))
    rows = []
    # No workload anywhere: every kecamatan ties, and the posts would pile onto the lowest code. Only a kecamatan
    # left without a TKSK gets one (one per kecamatan, Permensos 28/2018: the headline's "fill the vacant post").
    workload = bool((need > 0).any())
    empty = [i for i in np.lexsort((codes,)) if posts[i] < 1]
    for step in range(1, n + 1 if workload else min(n, len(empty)) + 1):
        i = _next(posts, need, codes) if workload else int(empty[step - 1])
        before = posts[i]
        posts[i] += 1
        refill = bool(vacant[i] >= 1)
        vacant[i] -= refill
        rows.append({"langkah": step, "kode_kec": codes[i], "nama_kec": names[i], "isi_pos_kosong": refill,
                     "pos_sebelum": before,
                     "pos_sesudah": posts[i], "perlu": need[i], "rasio_sebelum": wisn.ratio(before, need[i]),
                     "rasio_sesudah": wisn.ratio(posts[i], need[i]), "tekanan_sebelum": wisn.pressure(before, need[i]),
                     "tekanan_sesudah": wisn.pressure(posts[i], need[i]), "kurang_sesudah": _shortage(posts, need)})
    return pd.DataFrame(rows, columns=["langkah", "kode_kec", "nama_kec", "isi_pos_kosong", "pos_sebelum", "pos_sesudah",
                                       "perlu", "rasio_sebelum", "rasio_sesudah", "tekanan_sebelum", "tekanan_sesudah",
                                       "kurang_sesudah"])


def posts_for_budget(budget: float, monthly_allowance: float) -> int:
    """How many posts a yearly budget pays the allowance of (whole posts)."""
    if monthly_allowance <= 0:
        raise ValueError("tali asih harus lebih dari 0 / the allowance must be above 0")
    return max(0, math.floor(budget / wisn.yearly_allowance(1, monthly_allowance) + 1e-9))


def redistribute(table: pd.DataFrame, minimum: int = 1) -> pd.DataFrame:
    """The existing posts placed afresh by the same rule: every kecamatan first gets ``minimum`` (one TKSK per
    kecamatan, Permensos 28/2018) while there are posts enough, then the rest one at a time by pressure.
    Per kecamatan: posts now, posts after, the change, and the band before and after. A post standing vacant is
    a post (``pos_kosong``): it is placed as the filled ones are, and where it stays it is filled, not moved. The band
    now (``tekanan_sekarang``) is that of the filled posts, the one the plan's table shows; after, every post is
    taken as filled."""
    codes = table["kode_kec"].astype(str).to_numpy()
    need = table["wisn_perlu"].to_numpy(dtype=float)
    now = filled = table["tksk_sekarang"].to_numpy(dtype=float)
    if "pos_kosong" in table:
        now = now + table["pos_kosong"].to_numpy(dtype=float)
    total = int(now.sum())
    floor = minimum if total >= minimum * len(codes) else 0
    posts = np.full(len(codes), float(floor))
    if not (need > 0).any():  # no workload anywhere: no pressure to move a post by
        posts = now.copy()
    for _ in range(total - int(posts.sum())):
        posts[_next(posts, need, codes, now)] += 1
    return pd.DataFrame({
        "kode_kec": codes, "nama_kec": table["nama_kec"].to_numpy(), "perlu": need, "sekarang": now,
        "sesudah": posts, "ubah": posts - now,
        # The band today is that of the TKSK at work, as the plan's table and map give it: a kecamatan whose two posts
        # both stand vacant read "more than enough" here beside "no TKSK" there (planner stress test, pl33).
        "tekanan_sekarang": [wisn.pressure(c, r) for c, r in zip(filled, need)],
        "tekanan_sesudah": [wisn.pressure(c, r) for c, r in zip(posts, need)]})
