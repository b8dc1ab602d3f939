"""A one-page planning brief as print-ready HTML (A4), with the map drawn as inline SVG.

No streamlit, no network, no browser needed to make it: the map is the kecamatan polygons written
as SVG paths, so the file prints the same anywhere. Free text is escaped.
"""

from __future__ import annotations

import html
import math

import pandas as pd
import shapely

from tksk import allocation, fmt, need, planning, wisn
from tksk.text import t

SOURCE_TEXT = {"log": "src_log", "perkiraan": "src_est", "kebutuhan": "src_need"}
BAND_COLORS = {"sangat_berat": "#b2182b", "berat": "#ef8a62", "seimbang": "#b8e186", "ringan": "#4d9221", "kosong": "#9e9e9e"}


def svg_map(gdf, key: str, colors: dict[str, str], labels: dict[str, str], width: int = 330, font: float = 6.5) -> str:
    """Polygons as SVG paths, north up, with a label at each area's representative point."""
    minx, miny, maxx, maxy = gdf.total_bounds
    pad = 3 * font  # room for the label of an area at the edge
    scale = (width - 2 * pad) / (maxx - minx)
    height = int((maxy - miny) * scale + 2 * pad) + 2

    def pt(x, y):
        return f"{(x - minx) * scale + pad:.1f},{(maxy - y) * scale + pad:.1f}"

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for row in gdf.itertuples():
        code = getattr(row, key)
        d = ""
        for poly in getattr(row.geometry, "geoms", [row.geometry]):
            d += "M" + " L".join(pt(x, y) for x, y in poly.exterior.coords) + " Z "
        parts.append(f'<path d="{d}" fill="{colors.get(code, "#eee")}" stroke="#fff" stroke-width="0.8"/>')
    reps = shapely.point_on_surface(gdf.geometry.values)
    for code, p in zip(gdf[key], reps):
        x, y = pt(p.x, p.y).split(",")
        # A white halo keeps a name readable on the darkest fill.
        parts.append(f'<text x="{x}" y="{y}" font-size="{font:g}" font-family="sans-serif" text-anchor="middle" '
                     f'fill="#111" stroke="#fff" stroke-width="{font / 4:g}" paint-order="stroke">'
                     f'{html.escape(labels.get(code, code))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def now_phrase(totals: dict, lang: str) -> str:
    """Today's TKSK, with the posts that stand vacant when there are any (a vacant post is not a TKSK at work,
    and not a post to create either)."""
    now = fmt.number(totals["sekarang"], 0, lang)
    vacant = totals.get("pos_kosong", 0)
    return t("answer_now_vacant", lang, now=now, vacant=fmt.number(vacant, 0, lang)) if vacant else now


def add_phrase(totals: dict, lang: str) -> str:
    """The TKSK to add, split into vacant posts to fill and new posts when some posts stand vacant."""
    n = lambda x: fmt.number(x, 0, lang)  # noqa: E731
    if totals.get("pos_isi", 0):
        return t("head_add_refill", lang, n=n(totals["pos_tambah"]), fill=n(totals["pos_isi"]), new=n(totals["pos_baru"]))
    return t("head_add", lang, n=n(totals["pos_tambah"]))


def rounding_phrase(totals: dict, lang: str) -> str:
    """How many of the posts the rounding per kecamatan makes, beside the shared workload rounded once ("" when
    none): 31,1 TKSK of work read as 39 posts with nothing said of the 7 from rounding."""
    need, posts = totals["perlu"], totals["perlu_bulat"]
    if fmt.is_gap(need):
        return ""
    pooled = max(math.ceil(need - 1e-9), 0)
    # Every rate at 0 read "16 posts from rounding (the shared workload rounded once: 0 posts)": those 16 are the
    # floor of one TKSK per kecamatan, not rounding.
    floor = totals.get("pos_minimum", 0)
    rounded = posts - pooled - floor
    return ((t("head_rounding", lang, n=fmt.number(rounded, 0, lang), pooled=fmt.number(pooled, 0, lang))
             if rounded > 0 else "")
            + (t("head_floor", lang, n=fmt.number(floor, 0, lang)) if floor else ""))


def log_beyond_note(table: pd.DataFrame, lang: str) -> str | None:
    """The kecamatan whose requirement in the answer rests on a log of more work than its TKSK could do in a
    full-time year (``planning.beyond_full_time``), by name with the hours; None where there is none. Said beside the
    answer wherever it is read (the page, Beranda, the brief), as Kinerja says to check such a log."""
    rows = planning.beyond_full_time(table)
    rows = rows.loc[rows["dipakai"]]
    if rows.empty:
        return None
    items = "; ".join(t("log_beyond_item", lang, name=r.nama_kec, hours=fmt.number(r.jam_per_pos, 0, lang),
                        posts=fmt.number_short(r.pos_rata_log, 1, lang), need=fmt.number(r.perlu_log, 1, lang))
                      for r in rows.itertuples())
    return t("log_beyond_full_time", lang, items=items, full=fmt.number(planning.FULL_TIME_HOURS, 0, lang))


def rates_note(params: wisn.Params, lang: str, drivers: pd.DataFrame | None = None) -> str | None:
    """The need-based rates set outside the range stated beside them (``need.outside_range``; with ``drivers``, only
    those whose line applies somewhere), each with its value and range as the rates' editor shows them; None where
    there is none. A setting note, beside the answer it moves, as the working time's and the support activities' are."""
    out = need.outside_range(params.rates, drivers)
    if not out:
        return None
    short = lambda x: fmt.number_short(x, 2, lang)  # noqa: E731
    items = "; ".join(t("rates_outside_item", lang, rate=t(need.RATES[k].label, lang), value=short(v),
                        low=short(need.RATES[k].low), high=short(need.RATES[k].high)) for k, v in out.items())
    return t("rates_outside", lang, items=items)


def log_parts(table: pd.DataFrame, lang: str) -> str:
    """What the log-based total is made of: kecamatan from their own log, estimated from the regency's rate, and
    those with neither (at the need)."""
    counts = table["sumber_log"].value_counts()
    parts = [(counts.get(k, 0), key) for k, key in (("log", "brief_log_own"), ("perkiraan", "brief_log_est"),
                                                     ("kebutuhan", "brief_log_need"))]
    said = "; ".join(t(key, lang, n=fmt.number(c, 0, lang)) for c, key in parts if c)
    return f" ({said})" if said else ""


def settings_lines(params: wisn.Params, lang: str, names: dict[str, str] | None = None, *, logs: str = "",
                   period: str = "", logged: bool = True) -> list[str]:
    """The settings a plan rests on, one sentence each (working time, standards, travel, support, extra hours): the
    brief's assumptions, and every planner download's method (a table made with 3 hours a day and one with 4 read
    the same, audit of 2026-12-06)."""
    n = lambda x, d=0: fmt.number(x, d, lang)  # noqa: E731
    exact = lambda x: fmt.number_short(x, 2, lang)  # noqa: E731  (a setting as entered: 0,05 h, not "0,1")
    h = t("hours_unit", lang)
    awt = params.awt
    # Names as written ("Verifikasi DTKS/DTSEN"): lower case made "dtks", "psks" of the programmes' short forms.
    std = ", ".join(f"{t(f'standard:{k}', lang)} {exact(v)} {h}" for k, v in params.standards.items())
    names = names or {}
    return [
        t("brief_awt", lang, a=n(awt.working_days), b=n(awt.holidays), c=n(awt.annual_leave), d=n(awt.sick_leave),
          e=n(awt.other_absence), f=n(awt.hours_per_day, 2), hours=n(awt.hours)),
        t("brief_standards", lang, standards=std),
        t("brief_travel", lang, speed=exact(params.travel.speed_kmh), road=exact(params.travel.road_factor),
          round=exact(params.travel.round_hours_per_desa)),
        t("brief_support", lang, cas=n(sum(params.cas.values()), 1), caf=n(wisn.caf(params.cas), 2), logs=logs,
          period=period) if logged else
        t("brief_support_no_log", lang, cas=n(sum(params.cas.values()), 1), caf=n(wisn.caf(params.cas), 2)),
        # Additional hours of a kecamatan move its need: named, or a paper copy cannot say where its need comes from.
        *([t("brief_ias", lang, items=", ".join(f"{names.get(k, k)} {n(v)} {h}" for k, v in params.ias.items()))]
          if params.ias else []),
    ]


def brief_html(table: pd.DataFrame, totals: dict, params: wisn.Params, gdf, *, region: str, answer: dict, summary: dict,
               top_assumptions: str, period: str, logs: str, allowance: float, scenarios: pd.DataFrame, basis: str,
               sources: str = "", demo: bool = False, lang: str = "id", logged: bool = True,
               caveats: list[str] = ()) -> str:
    """The brief in Indonesian (or English): the answer with its range, the figures that make it, map, table,
    the next posts, assumptions; fits one A4 page."""
    n = lambda x, d=0: fmt.number(x, d, lang)  # noqa: E731
    colors = dict(zip(table["kode_kec"], table["tekanan"].map(BAND_COLORS)))
    names = dict(zip(table["kode_kec"], table["nama_kec"]))
    svg = svg_map(gdf, "kode_kec", colors, names, width=290)
    legend = "".join(f'<div><span class="sw" style="background:{c}"></span>{html.escape(t(f"pressure:{b}", lang))}</div>'
                     for b, c in BAND_COLORS.items())
    rows = "".join(
        f"<tr><td>{html.escape(r.nama_kec)}</td><td>{n(r.tksk_sekarang)}</td><td>{n(r.wisn_perlu, 2)}</td>"
        f"<td>{n(r.wisn_perlu_bulat)}</td><td>{n(r.rasio, 2)}</td>"
        f"<td>{html.escape(t(f'pressure_short:{r.tekanan}', lang))}</td>"
        f"<td>{html.escape(t(SOURCE_TEXT[r.sumber_beban], lang))}</td></tr>"
        for r in table.sort_values("rasio").itertuples())
    need, now = totals["perlu_bulat"], totals["sekarang"]
    numbers = t("brief_numbers", lang, fte=n(totals["perlu"], 1), posts=n(need), now=now_phrase(totals, lang),
                add=add_phrase(totals, lang), rounding=rounding_phrase(totals, lang),
                ratio=n(totals["rasio_gabungan"], 2), cost_need=n(wisn.yearly_allowance(need, allowance)),
                cost_now=n(wisn.yearly_allowance(now, allowance)))
    steps = allocation.allocate(table, 3)
    nxt = t("brief_next", lang, posts=", ".join(n + (t("alloc_refill", lang) if refill else "")
                                                  for n, refill in zip(steps["nama_kec"], steps["isi_pos_kosong"]))) if len(steps) else ""
    sc = scenarios[["satu_per_kecamatan", "per_penduduk", "per_desa", "wisn"]].sum()
    title = t("brief_title", lang, region=region)
    head = [t(k, lang) for k in ("brief_col_kecamatan", "brief_col_now", "brief_col_wisn", "brief_col_posts",
                                 "brief_col_ratio", "brief_col_pressure", "brief_col_workload")]
    assumptions = [
        t("brief_range", lang, low=n(summary["pos_rendah"]), high=n(summary["pos_tinggi"]), n=n(summary["draws"]),
          top=top_assumptions) if answer.get("range", True) else None,
        t("brief_basis", lang, basis=basis, need=n(table["perlu_kebutuhan"].sum(), 1), log=n(table["perlu_log"].sum(), 1),
          parts=log_parts(table, lang))
        if logged else t("brief_basis_no_log", lang, need=n(table["perlu_kebutuhan"].sum(), 1)),
        *settings_lines(params, lang, names, logs=logs, period=period, logged=logged),
        t("brief_rules", lang, one=n(sc["satu_per_kecamatan"]), pop=n(sc["per_penduduk"]), desa=n(sc["per_desa"]),
          wisn=n(sc["wisn"]), allowance=n(allowance)),
    ]
    lis = "".join(f"<li>{html.escape(a)}</li>" for a in assumptions if a)
    # The page's notes on the answer (a short period, months left out, an implausible setting, posts assumed), under
    # the answer they qualify: the brief is what reaches the meeting. Need-based rates outside their stated range and a
    # requirement resting on a log of more work than a full-time year are said there too, once (the page's notes may
    # carry them already).
    # The rates' note is the page's when it carries one (said there of the rates that apply only).
    lead = t("rates_outside", lang, items="\x00").split("\x00")[0]
    rates = None if any(c.startswith(lead) for c in caveats) else rates_note(params, lang)
    extra = [note for note in (rates, log_beyond_note(table, lang)) if note and note not in caveats]
    caveats = [*caveats, *extra]
    notes = (f'<div class="notes"><b>{html.escape(t("brief_caveats", lang))}</b><ul>'
             + "".join(f"<li>{html.escape(c)}</li>" for c in caveats) + "</ul></div>") if caveats else ""
    demo_note = f"<p class='demo'>{html.escape(t('brief_demo', lang))}</p>" if demo else ""
    # A brief citing PODES carries its caveats, as every description sheet does (fix26: it cited PODES bare, and the
    # need-based workload's families per kecamatan rest on it).
    podes = t("brief_podes_caveat", lang) if "podes" in sources.lower() else ""
    foot = html.escape(" ".join(x for x in (sources, podes, t("brief_methods", lang)) if x))
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
@page {{ size: A4 portrait; margin: 11mm; }}
* {{ box-sizing: border-box; }}
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.4pt; color: #111; margin: 0; }}
h1 {{ font-size: 13pt; margin: 0 0 2mm; }}
.sub {{ color: #444; margin: 0 0 3mm; }}
.grid {{ display: flex; gap: 5mm; align-items: flex-start; }}
.map {{ flex: 0 0 84mm; }}
td:first-child, td:nth-child(6) {{ white-space: nowrap; }}
.tbl {{ flex: 1; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 0.3pt solid #bbb; padding: 0.7mm 1mm; text-align: right; }}
th:first-child, td:first-child, td:nth-child(6), td:nth-child(7), th:nth-child(6), th:nth-child(7) {{ text-align: left; }}
th {{ background: #eef; }}
.concl {{ background: #f6f6f6; border-left: 2.5pt solid #08519c; padding: 2mm 3mm; margin: 3mm 0; font-size: 9.2pt; }}
.sw {{ display: inline-block; width: 3mm; height: 3mm; margin: 0 1.5mm 0 0; vertical-align: middle; }}
ul {{ margin: 1mm 0 0 4mm; padding: 0; }} li {{ margin-bottom: 0.8mm; }}
.notes {{ border-left: 2.5pt solid #b35806; padding: 1mm 3mm; margin: 0 0 3mm; }}
.demo {{ color: #b35806; font-weight: bold; margin: 0 0 2mm; }}
.foot {{ color: #555; font-size: 7pt; margin-top: 2mm; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p class="sub">{html.escape(period)} · WISN (WHO) · {html.escape(region)}</p>
{demo_note}
<div class="concl"><b>{html.escape(answer["sentence"])}</b><br>{html.escape(numbers)} {html.escape(nxt)}</div>
{notes}<div class="grid"><div class="map">{svg}<div>{legend}</div></div>
<div class="tbl"><table><thead><tr>{''.join(f'<th>{html.escape(c)}</th>' for c in head)}</tr></thead><tbody>{rows}</tbody></table></div></div>
<h2 style="font-size:10pt;margin:3mm 0 1mm">{html.escape(t("brief_assumptions", lang))}</h2><ul>{lis}</ul>
<p class="foot">{foot}</p>
</body></html>"""
