"""A one-page planning brief as print-ready HTML (A4), with the map drawn as inline SVG.

No streamlit, no network, no browser needed to make it: the map is the kecamatan polygons written
as SVG paths, so the file prints the same anywhere. Free text is escaped.
"""

from __future__ import annotations

import html

import pandas as pd
import shapely

from tksk import fmt, wisn

BAND_COLORS = {"sangat_berat": "#b2182b", "berat": "#ef8a62", "seimbang": "#b8e186", "ringan": "#4d9221", "kosong": "#9e9e9e"}


def svg_map(gdf, key: str, colors: dict[str, str], labels: dict[str, str], width: int = 330) -> str:
    """Polygons as SVG paths, north up, with a label at each area's representative point."""
    minx, miny, maxx, maxy = gdf.total_bounds
    scale = width / (maxx - minx)
    height = int((maxy - miny) * scale) + 2

    def pt(x, y):
        return f"{(x - minx) * scale:.1f},{(maxy - y) * scale:.1f}"

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
        parts.append(f'<text x="{x}" y="{y}" font-size="6.5" text-anchor="middle" fill="#111">'
                     f'{html.escape(labels.get(code, code))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def brief_html(table: pd.DataFrame, totals: dict, params: wisn.Params, gdf, *, region: str, period: str,
               logs: str, allowance: float, scenarios: pd.DataFrame, lang: str = "id") -> str:
    """The brief in Indonesian (or English): map, table, assumptions, conclusion; fits one A4 page."""
    en = lang == "en"
    n = lambda x, d=0: fmt.number(x, d, lang)  # noqa: E731
    colors = dict(zip(table["kode_kec"], table["tekanan"].map(BAND_COLORS)))
    names = dict(zip(table["kode_kec"], table["nama_kec"]))
    svg = svg_map(gdf, "kode_kec", colors, names, width=310)
    i = 1 if en else 0
    legend = "".join(f'<div><span class="sw" style="background:{c}"></span>{html.escape(wisn.PRESSURE_LABELS[b][i])}</div>'
                     for b, c in BAND_COLORS.items() if b != "kosong")
    rows = "".join(
        f"<tr><td>{html.escape(r.nama_kec)}</td><td>{n(r.tksk_sekarang)}</td><td>{n(r.wisn_perlu, 2)}</td>"
        f"<td>{n(r.wisn_perlu_bulat)}</td><td>{n(r.rasio, 2)}</td>"
        f"<td>{html.escape(wisn.PRESSURE_SHORT[r.tekanan][i])}</td>"
        f"<td>{'log' if r.sumber_beban == 'log' else ('estimate' if en else 'perkiraan')}</td></tr>"
        for r in table.sort_values("rasio").itertuples())
    need, now = totals["perlu_bulat"], totals["sekarang"]
    cost_now = now * allowance * 12
    cost_need = need * allowance * 12
    sc = scenarios[["satu_per_kecamatan", "per_penduduk", "per_desa", "wisn"]].sum()
    awt = params.awt
    cas_total = sum(params.cas.values())
    std = ", ".join(f"{html.escape(wisn.STANDARDS[k].label(lang).lower())} {n(v, 1)} {'h' if en else 'jam'}"
                    for k, v in params.standards.items())
    title = (f"Brief: how many TKSK does {region} need?" if en else f"Ringkasan: berapa TKSK yang dibutuhkan {region}?")
    concl = (f"With the assumptions below, {region} needs <b>{n(need)}</b> TKSK posts (WISN, each kecamatan rounded up; "
             f"{n(totals['perlu'], 1)} as full-time equivalents) against <b>{n(now)}</b> today: "
             f"{'a shortage' if need > now else 'a surplus'} of <b>{n(abs(need - now))}</b>. The pooled WISN ratio is "
             f"{n(totals['rasio_gabungan'], 2)} (Σ current ÷ Σ required). Yearly allowance cost: Rp {n(cost_need)} "
             f"(today Rp {n(cost_now)})." if en else
             f"Dengan asumsi di bawah, {region} memerlukan <b>{n(need)}</b> pos TKSK (WISN, dibulatkan ke atas per "
             f"kecamatan; {n(totals['perlu'], 1)} setara penuh waktu), sedangkan sekarang ada <b>{n(now)}</b>: "
             f"{'kekurangan' if need > now else 'kelebihan'} <b>{n(abs(need - now))}</b>. Rasio WISN gabungan "
             f"{n(totals['rasio_gabungan'], 2)} (Σ sekarang ÷ Σ perlu). Biaya tali asih setahun: Rp {n(cost_need)} "
             f"(sekarang Rp {n(cost_now)}).")
    head = ["Kecamatan", "Now" if en else "Kini", "WISN", "Posts" if en else "Pos", "Ratio" if en else "Rasio",
            "Pressure" if en else "Tekanan", "Workload" if en else "Beban"]
    assumptions = [
        (f"Available working time: [{n(awt.working_days)} − ({n(awt.holidays)} + {n(awt.annual_leave)} + "
         f"{n(awt.sick_leave)} + {n(awt.other_absence)})] × {n(awt.hours_per_day, 2)} h = {n(awt.hours)} h a year"
         if en else
         f"Waktu kerja tersedia: [{n(awt.working_days)} − ({n(awt.holidays)} + {n(awt.annual_leave)} + "
         f"{n(awt.sick_leave)} + {n(awt.other_absence)})] × {n(awt.hours_per_day, 2)} jam = {n(awt.hours)} jam setahun"),
        ("Activity standards: " if en else "Standar kegiatan: ") + std,
        (f"Travel: round trip kecamatan centre – desa at {n(params.travel.speed_kmh)} km/h × road factor "
         f"{n(params.travel.road_factor, 1)}; routine round {n(params.travel.round_hours_per_desa, 1)} h per desa a month"
         if en else
         f"Perjalanan: pulang-pergi pusat kecamatan – desa {n(params.travel.speed_kmh)} km/jam × faktor jalan "
         f"{n(params.travel.road_factor, 1)}; kunjungan rutin {n(params.travel.round_hours_per_desa, 1)} jam per desa sebulan"),
        (f"Support activities (CAS) {n(cas_total, 1)} % → CAF {n(wisn.caf(params.cas), 2)}; workload from the {logs} log, "
         f"{period}; estimate where a post had fewer than {params.min_active_months} staffed months" if en else
         f"Kegiatan penunjang (CAS) {n(cas_total, 1)} % → CAF {n(wisn.caf(params.cas), 2)}; beban dari log {logs}, "
         f"{period}; perkiraan bila pos aktif kurang dari {params.min_active_months} bulan"),
        (f"Other rules: one per kecamatan {n(sc['satu_per_kecamatan'])}, by population {n(sc['per_penduduk'])}, by desa "
         f"{n(sc['per_desa'])}, WISN {n(sc['wisn'])}; allowance Rp {n(allowance)} a month" if en else
         f"Aturan lain: satu per kecamatan {n(sc['satu_per_kecamatan'])}, menurut penduduk {n(sc['per_penduduk'])}, "
         f"menurut desa {n(sc['per_desa'])}, WISN {n(sc['wisn'])}; tali asih Rp {n(allowance)} sebulan"),
    ]
    lis = "".join(f"<li>{a}</li>" for a in assumptions)
    demo_note = ("<p class='demo'>" + ("DEMO DATA: the activity log is synthetic." if en else
                                       "DATA CONTOH: log kegiatan sintetis, bukan laporan asli.") + "</p>") \
        if "demo" in logs.lower() else ""
    sources = ("Sources: Kepmendagri 300.2.2-2138/2025; BPS SP2010; PODES 2021 (CIFOR-ICRAF); boundaries cahyadsn (MIT); "
               "WHO WISN; Kemenkes ABK Kes; Permensos 28/2018." if en else
               "Sumber: Kepmendagri 300.2.2-2138/2025; BPS SP2010; PODES 2021 (CIFOR-ICRAF); batas wilayah cahyadsn (MIT); "
               "WHO WISN; Kemenkes ABK Kes; Permensos 28/2018.")
    return f"""<!doctype html>
<html lang="{'en' if en else 'id'}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
@page {{ size: A4 portrait; margin: 11mm; }}
* {{ box-sizing: border-box; }}
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.4pt; color: #111; margin: 0; }}
h1 {{ font-size: 13pt; margin: 0 0 2mm; }}
.sub {{ color: #444; margin: 0 0 3mm; }}
.grid {{ display: flex; gap: 5mm; align-items: flex-start; }}
.map {{ flex: 0 0 84mm; }}
td:first-child {{ white-space: nowrap; }}
.tbl {{ flex: 1; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 0.3pt solid #bbb; padding: 0.7mm 1mm; text-align: right; }}
th:first-child, td:first-child, td:nth-child(6), td:nth-child(7), th:nth-child(6), th:nth-child(7) {{ text-align: left; }}
th {{ background: #eef; }}
.concl {{ background: #f6f6f6; border-left: 2.5pt solid #08519c; padding: 2mm 3mm; margin: 3mm 0; font-size: 9.2pt; }}
.sw {{ display: inline-block; width: 3mm; height: 3mm; margin: 0 1.5mm 0 0; vertical-align: middle; }}
ul {{ margin: 1mm 0 0 4mm; padding: 0; }} li {{ margin-bottom: 0.8mm; }}
.demo {{ color: #b35806; font-weight: bold; margin: 0 0 2mm; }}
.foot {{ color: #555; font-size: 7pt; margin-top: 2mm; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p class="sub">{html.escape(period)} · WISN (WHO) · {html.escape(region)}</p>
{demo_note}
<div class="concl">{concl}</div>
<div class="grid"><div class="map">{svg}<div>{legend}</div></div>
<div class="tbl"><table><thead><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr></thead><tbody>{rows}</tbody></table></div></div>
<h2 style="font-size:10pt;margin:3mm 0 1mm">{'Assumptions' if en else 'Asumsi'}</h2><ul>{lis}</ul>
<p class="foot">{sources}</p>
</body></html>"""
