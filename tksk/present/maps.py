"""Maps drawn with no outside request: filled polygons on plain axes (no tile server, no web font, no topojson).

A map reads like a printed one: a key under it with the titled colour scale and its range; labels in black or
white by the fill under them, moved within their area or set on two lines where they would overlap a larger
area's label, and dropped only where neither fits (the name stays in the hover and the table); vacant posts, gaps
and "not visited" in colours of their own, in the key beside the scale,
never on it; a filter highlights areas without changing the scale; a click anywhere in an area selects it.

The key is HTML, not Plotly's colour bar and legend: the browser redraws a map on every change of measure, and
those two took about a third of its drawing time (timed in Chromium: 83-95 ms a map with them, 55-62 without).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import shapely
from functools import lru_cache

from plotly.colors import get_colorscale, sample_colorscale, unlabel_rgb

from tksk import fmt
from tksk.text import t

VACANT_COLOR = "#9e9e9e"
GAP_COLOR = "#eeeeee"
# The scale's lightest tenth is left out: its end (#ffffcc) beside the grey of a gap read as one more area without
# data, and the best served kecamatan of a store's first months looked empty (ux21).
SCALE_FLOOR = 0.12


@lru_cache(maxsize=8)
def _colorscale(scale: str) -> tuple:
    """A named scale's stops, looked up once: plotly rebuilds its table of every named scale on each lookup (a tenth
    of a new map's time)."""
    return tuple(tuple(stop) for stop in get_colorscale(scale))


def _sample(scale: str, positions: list[float]) -> list[str]:
    """Colours at ``positions`` (0-1) of a named scale, its light end left out (``_on_scale``)."""
    return sample_colorscale([list(stop) for stop in _colorscale(scale)], _on_scale(positions, scale))


def _on_scale(positions: list[float], scale: str) -> list[float]:
    """Positions on ``scale`` without its light end: its start, or its end where the scale is reversed ("_r")."""
    start = 0.0 if scale.endswith("_r") else SCALE_FLOOR
    return [start + (1 - SCALE_FLOOR) * p for p in positions]
# "Not visited" is beyond the worst of the scale, in a hue the scale never reaches.
ZERO_COLOR = "#54278f"
SCALE = "YlOrRd"
# Display geometry: a tolerance of about 100 m, far below a pixel of a regency map at 1366 pixels.
SIMPLIFY_DEGREES = 0.001
# Points per side of the grid of click targets laid over each map: enough that a click anywhere hits one.
CLICK_GRID = 18
LABEL_SIZE = 11
# Colours sampled along the scale for the key's gradient.
KEY_STOPS = 9
VACANT_PATTERN = dict(shape="/", fgcolor="#616161")


@dataclass(frozen=True)
class AreaMap:
    """A map and its key, shown under it (``key`` is HTML)."""
    figure: go.Figure
    key: str


def simplified(gdf):
    """The layer with its polygons simplified for display (topology kept, every area still drawn)."""
    out = gdf.copy()
    out["geometry"] = shapely.simplify(gdf.geometry.values, SIMPLIFY_DEGREES, preserve_topology=True)
    return out


def _rings(geom) -> tuple[np.ndarray, np.ndarray]:
    """Outer rings as one x and one y array (NaN, drawn as a gap, between parts), in single precision: about a
    metre on the ground, and sent to the browser as binary at half the size of doubles."""
    parts = []
    for poly in getattr(geom, "geoms", [geom]):
        parts += [shapely.get_coordinates(poly.exterior), np.full((1, 2), np.nan)]
    xy = np.concatenate(parts).astype(np.float32)
    return xy[:, 0], xy[:, 1]


def _svg_path(geom) -> str:
    """An area as one SVG path in data coordinates: every part's outer ring and its holes (filled even-odd, so an
    enclave inside the area still shows), to five decimals of a degree, about a metre on the ground."""
    parts = []
    for poly in getattr(geom, "geoms", [geom]):
        for ring in [poly.exterior, *poly.interiors]:
            xy = shapely.get_coordinates(ring)
            if len(xy):
                parts.append("M" + "L".join(f"{x:.5f},{y:.5f}" for x, y in xy.tolist()) + "Z")
    return "".join(parts)


def _dark(color: str) -> bool:
    """Whether a fill is dark enough that its label must be white (relative luminance below about 0,45)."""
    if color.startswith("#"):
        r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    else:
        r, g, b = unlabel_rgb(color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 115


# Places tried for a label inside its area, on a grid over the area's bounds, nearest the area's centre first; on
# maps of up to LABEL_RETRY_AREAS areas (a regency's kecamatan, a kecamatan's desa). A larger map has more labels
# than fit anyway, and trying each elsewhere took seconds (a national kecamatan layer: 6 s against 0,4 s).
LABEL_TRIES = 7
LABEL_RETRY_AREAS = 100


def _label_texts(name: str, short: bool = True) -> list[str]:
    """A label on one line, then on two (split at the space nearest the middle) where it has one, then (``short``)
    the first word with the others' initials ("Indralaya S."), which a map with names beside it does without."""
    words = name.split()
    if len(words) < 2:
        return [name]
    cut = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    texts = [name, " ".join(words[:cut]) + "<br>" + " ".join(words[cut:])]
    return texts + [words[0] + " " + " ".join(w[0] + "." for w in words[1:])] if short else texts


# A label sits inside its area where at least this share of it covers the area; otherwise it is set beside the map
# with a line to its area. In the eastern cluster of small kecamatan the names spilled over their neighbours and one
# another ("Sungai Pinang" a third on its own area) and Beranda left Indralaya Selatan out (ux31 #10).
LABEL_INSIDE = 0.75
# At most this many names beside a map: a map with more (a kecamatan's twenty desa, eleven of them strips) is too
# crowded for a column of names, and keeps its labels inside, moved, on two lines or shortened, as before.
BESIDE_MAX = 8
# Pixels between the regency and the names set beside it, and between those names and their lines' ends.
CALLOUT_GAP = 14
LEADER_COLOR = "#555"


@dataclass(frozen=True)
class Label:
    """A drawn label: where its text is anchored, its text, and for a label beside the map the point in its area
    its line runs to and the side its text is on ("middle right" of its anchor on the right of the map)."""
    x: float
    y: float
    text: str
    to: tuple[float, float] | None = None
    position: str = "middle center"

    def __getitem__(self, i):  # (x, y, text), as labels were kept before they had lines
        return (self.x, self.y, self.text)[i]


def _label_spots(gdf, key: str, names: dict, width_px: float, height_px: float,
                 size: int = LABEL_SIZE) -> dict[str, Label]:
    """Where each drawn label sits and its text, largest areas first. A label that would overlap one already placed
    or lie mostly outside its area (``LABEL_INSIDE``) is tried elsewhere inside its area, then on two lines; one that
    fits neither way is set beside the map with a line to its area (``_beside``), on maps of up to
    ``LABEL_RETRY_AREAS`` areas where at most ``BESIDE_MAX`` names go beside it. On other maps a label only has to
    miss the others: it is tried elsewhere, on two lines, shortened, and left out when none fits (its area keeps its
    hover and the key names it). Boxes are estimated from the font size and the map's scale; a label near the map's
    edge is moved inward so that it is not cut off."""
    geoms = gdf.geometry.values
    retry = len(geoms) <= LABEL_RETRY_AREAS
    if retry:
        spots, beside, placed = _inside(gdf, key, names, width_px, height_px, size, strict=True)
        minx, miny, maxx, maxy = gdf.total_bounds
        # Only where the map leaves room beside it at its planned height: a wide map (Indralaya's desa) made narrower
        # for the names' margins was smaller, and its names inside more crowded, than with none beside it.
        drawn_width = (maxx - minx) / max(maxy - miny, 1e-12) * height_px
        if len(beside) <= BESIDE_MAX and drawn_width + _side_margins(beside, (minx + maxx) / 2, size) <= width_px:
            spots.update(_beside(beside, placed, tuple(gdf.total_bounds), width_px, height_px, size))
            return spots
    return _inside(gdf, key, names, width_px, height_px, size, strict=False)[0]


def _side_margins(labels: list, mid: float, size: int) -> float:
    total = 0.0
    for right in (True, False):
        widths = [max(map(len, _label_texts(b[1], short=False)[-1].split("<br>"))) * size * 0.6 + CALLOUT_GAP + 4
                  for b in labels if (b[3][0] >= mid) == right]
        total += max(widths, default=0)
    return total


def _inside(gdf, key: str, names: dict, width_px: float, height_px: float, size: int, strict: bool):
    """The labels placed inside the map (``_label_spots``), the areas left for a column beside it (code, name, the
    points tried in its area, its representative point) when ``strict``, and the boxes placed."""
    minx, miny, maxx, maxy = gdf.total_bounds
    per_px = max((maxx - minx) / max(width_px, 1), (maxy - miny) / height_px)
    geoms = gdf.geometry.values
    reps = shapely.point_on_surface(geoms)
    order = np.argsort(-shapely.area(geoms))
    retry = len(geoms) <= LABEL_RETRY_AREAS
    placed, spots, beside = [], {}, []

    def free(box) -> bool:
        return not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed)

    def inside(box, geom) -> bool:
        shape = shapely.box(*box)
        return shapely.area(shapely.intersection(shape, geom)) >= LABEL_INSIDE * shapely.area(shape)

    for i in order:
        code = gdf[key].iloc[i]
        rx, ry = shapely.get_x(reps[i]), shapely.get_y(reps[i])
        points = [(rx, ry)]
        if retry:
            x0, y0, x1, y1 = shapely.bounds(geoms[i])
            gx, gy = np.meshgrid(np.linspace(x0, x1, LABEL_TRIES + 2)[1:-1], np.linspace(y0, y1, LABEL_TRIES + 2)[1:-1])
            gx, gy = gx.ravel(), gy.ravel()
            inner = shapely.contains_xy(geoms[i], gx, gy)
            gx, gy = gx[inner], gy[inner]
            near = np.argsort((gx - rx) ** 2 + (gy - ry) ** 2)
            points += list(zip(gx[near], gy[near]))
        name = str(names.get(code, ""))
        for text in _label_texts(name, short=not strict) if retry else [name]:
            lines = text.split("<br>")
            w = max(map(len, lines)) * size * 0.6 * per_px
            h = size * 1.3 * len(lines) * per_px
            for px, py in points:
                x = min(max(px, minx + w / 2), maxx - w / 2)
                y = min(max(py, miny + h / 2), maxy - h / 2)
                box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
                if free(box) and (not strict or inside(box, geoms[i])):
                    placed.append(box)
                    spots[code] = Label(x, y, text)
                    break
            if code in spots:
                break
        if code not in spots and strict and name:
            beside.append((code, name, points, (rx, ry)))
    return spots, beside, placed


def _beside(labels: list, placed: list, bounds, width_px: float, height_px: float, size: int) -> dict[str, Label]:
    """Labels set in a column beside the map (right of it for an area in its eastern half, left for the western),
    on two lines where the name has a space (the column is narrow at 1024 pixels), in the order of their areas from
    north to south, each as level with its area as the ones above it allow, with a line to a point of its area: the
    point whose level line to the column crosses no label ``placed`` inside, nearest the column (the line to
    Indralaya Selatan ran through "Rantau Panjang"); as many as the map's height holds. The map's scale is reckoned
    without the margins the names take (``beside_margins``)."""
    minx, miny, maxx, maxy = bounds
    mid = (minx + maxx) / 2
    texts = {code: _label_texts(name, short=False)[-1] for code, name, _, _ in labels}
    sides = {right: [b for b in labels if (b[3][0] >= mid) == right] for right in (True, False)}
    margin = _side_margins(labels, mid, size)
    per_px = max((maxx - minx) / max(width_px - margin, 1), (maxy - miny) / height_px)
    line, pad, gap = size * 1.3 * per_px, size * 0.4 * per_px, CALLOUT_GAP * per_px
    out: dict[str, Label] = {}
    for right, side in sides.items():
        edge = maxx if right else minx
        ends = []
        for code, name, points, (rx, ry) in side:
            clear = [(px, py) for px, py in points
                     if not any(b[1] <= py <= b[3] and min(px, edge) < b[2] and b[0] < max(px, edge) for b in placed)]
            ends.append((code, *min(clear or [(rx, ry)], key=lambda p: abs(edge - p[0]))))
        ends.sort(key=lambda e: -e[2])
        heights = [line * (texts[code].count("<br>") + 1) for code, _, _ in ends]
        while ends and sum(heights) + pad * len(ends) > maxy - miny:  # those the map's height holds
            ends, heights = ends[:-1], heights[:-1]
        ys: list[float] = []
        for i, ((_, _, py), h) in enumerate(zip(ends, heights)):  # north to south, each under the one above
            ys.append(min(py, ys[-1] - (heights[i - 1] + h) / 2 - pad) if ys else min(py, maxy - h / 2))
        if ys and ys[-1] - heights[-1] / 2 < miny:  # run past the south edge: the column moves up as a whole
            ys = [y + miny - (ys[-1] - heights[-1] / 2) for y in ys]
        for (code, px, py), y in zip(ends, ys):
            out[code] = Label(edge + gap if right else edge - gap, y, texts[code], (px, py),
                              "middle right" if right else "middle left")
    return out


def beside_margins(labels: dict, size: int) -> tuple[int, int]:
    """Pixels of the figure kept left and right of the map for the names set beside it (their widest line and the
    gap before it): a margin in pixels holds them whatever the map's scale, where a range in the map's units let a
    map drawn narrower than planned (1024 pixels) cut them off."""
    west = east = 0
    for lab in labels.values():
        if isinstance(lab, Label) and lab.to is not None:
            reach = int(max(map(len, lab.text.split("<br>"))) * size * 0.6) + CALLOUT_GAP + 4
            if lab.position == "middle right":
                east = max(east, reach)
            else:
                west = max(west, reach)
    return west, east


def _click_targets(gdf, key: str) -> tuple[pd.DataFrame, float]:
    """A grid of points over the layer, each tagged with the area it falls in, and the grid's step: square click
    targets of that size tile the map, so a click anywhere selects an area (to within a cell at its border)."""
    minx, miny, maxx, maxy = gdf.total_bounds
    step = max(maxx - minx, maxy - miny) / CLICK_GRID
    xs, ys = np.meshgrid(np.arange(minx, maxx, step) + step / 2, np.arange(miny, maxy, step) + step / 2)
    xs, ys = xs.ravel(), ys.ravel()
    inside = [np.flatnonzero(shapely.contains_xy(geom, xs, ys)) for geom in gdf.geometry.values]
    at = np.concatenate(inside)
    codes = np.repeat(gdf[key].to_numpy(), [len(i) for i in inside])
    return pd.DataFrame({key: codes, "x": xs[at], "y": ys[at]}), step


def outline(gdf, key: str, name_col: str, *, labels: bool = True, height: int = 520, width: int = 620,
            clickable: bool = False, label_size: int = LABEL_SIZE) -> dict:
    """What an ``area_map`` of ``gdf`` draws from its polygons and names alone, whatever the values: each area's
    rings (or, on a clickable map, its SVG path), the click targets, the labels' places and each area's point for its
    label. A caller that draws the same layer often (a page on many periods) keeps it and passes it to ``area_map``:
    made anew for every map it was a third of a map's making."""
    geoms = gdf.geometry.values
    codes = gdf[key].tolist()
    names = dict(zip(gdf[key], gdf[name_col]))
    reps = shapely.point_on_surface(geoms)
    out = {"rings": {}, "paths": {}, "grid": None, "step": None, "bounds": tuple(gdf.total_bounds),
           "labels": _label_spots(gdf, key, names, width, height, label_size) if labels else {},
           "reps": dict(zip(codes, zip(shapely.get_x(reps), shapely.get_y(reps))))}
    for code, geom in zip(codes, geoms):
        out["rings"][code] = _rings(geom)
        if clickable:
            out["paths"][code] = _svg_path(geom)
    if clickable:
        out["grid"], out["step"] = _click_targets(gdf, key)
    return out


def area_map(gdf, key: str, name_col: str, values: pd.DataFrame, *, value_label: str, lang: str = "id",
             decimals: int = 0, higher_is_worse: bool = True, vacant_label: str, gap_label: str,
             zero_label: str | None = None, selected: str | None = None, highlight=(), labels: bool = True,
             height: int = 520, width: int = 620, clickable: bool = False, label_size: int = LABEL_SIZE,
             notes: dict[str, str] | None = None, drawn: dict | None = None) -> AreaMap:
    """A choropleth of the polygons in ``gdf`` keyed by ``key``, with its key; ``notes`` (by code) added to an
    area's hover under its value.

    ``values`` has columns ``key``, ``nilai`` and ``kosong`` (bool) for every area: a vacant area is grey with a
    hatch and its own entry in the key, a missing value is a gap, and with ``zero_label`` a zero is "not visited".
    ``highlight`` (codes) fades the other areas but keeps the colour scale of all of them. A ``clickable`` map
    lays a grid of click targets over the areas (they carry the hover too) and draws each area but a hatched one as
    a path in the layout (``layout.shapes``, named by its code); otherwise each area is a trace whose fill has its
    hover. ``drawn``: ``outline`` of ``gdf`` with the same labels, size and clickability, when the caller keeps it.
    """
    if drawn is None:
        drawn = outline(gdf, key, name_col, labels=labels, height=height, width=width, clickable=clickable,
                        label_size=label_size)
    df = gdf[[key, name_col, "geometry"]].merge(values[[key, "nilai", "kosong"]], on=key, how="left")
    df["kosong"] = df["kosong"].fillna(False).astype(bool)
    scaled = df.loc[~df["kosong"] & df["nilai"].notna()]
    if zero_label:
        scaled = scaled.loc[scaled["nilai"] > 0]
    vmin = float(scaled["nilai"].min()) if not scaled.empty else 0.0
    vmax = float(scaled["nilai"].max()) if not scaled.empty else 1.0
    scale = SCALE if higher_is_worse else SCALE + "_r"
    # Every area at one value: the middle of the scale, neither best nor worst (at 0 all were painted the worst).
    pos = ((scaled["nilai"] - vmin) / (vmax - vmin)).clip(0, 1).tolist() if vmax > vmin else [0.5] * len(scaled)
    colour_of = dict(zip(scaled[key], _sample(scale, pos)))
    names = dict(zip(df[key], df[name_col]))
    highlight = set(highlight or ())
    # Traces as plain dicts, validated once when the figure is made (adding them one by one costs several times
    # as much, and a map is remade on every change of measure or setting).
    traces: list[dict] = []
    shapes: list[dict] = []  # a clickable map's areas (below)
    specials: dict[str, tuple[str, bool]] = {}  # key entries off the scale: label -> colour, hatched
    fills, hovers = {}, {}
    for row in df.itertuples(index=False):
        code, name = getattr(row, key), getattr(row, name_col)
        pattern = None
        if row.kosong:
            fill, group, text, pattern = VACANT_COLOR, vacant_label, vacant_label, VACANT_PATTERN
        elif pd.isna(row.nilai):
            fill, group, text = GAP_COLOR, gap_label, gap_label
        elif zero_label and row.nilai == 0:
            fill, group, text = ZERO_COLOR, zero_label, zero_label
        else:
            fill, group, text = colour_of[code], None, fmt.number(row.nilai, decimals, lang)
        fills[code] = fill
        hovers[code] = f"<b>{name}</b><br>{value_label}: {text}" + (f"<br>{notes[code]}" if notes and code in notes else "")
        look = dict(fillcolor=fill, opacity=0.3 if highlight and code not in highlight else 1.0,
                    line=dict(color="#222" if code == selected or code in highlight else "white",
                              width=3 if code == selected else (2 if code in highlight else 0.8)))
        if group:
            specials[group] = (fill, pattern is not None)
        if clickable and pattern is None:
            # The click targets carry this area's hover and selection, so it needs no trace of its own: an SVG path
            # in the layout is drawn without a trace's computation, a fifth of the map's drawing time in Chromium
            # (bench/README, seventh round). A hatched area stays a trace: a shape has no fill pattern.
            shapes.append(dict(type="path", path=drawn["paths"][code], fillrule="evenodd", name=code,
                               xref="x", yref="y", layer="below", **look))
            continue
        xs, ys = drawn["rings"][code]
        traces.append(dict(
            type="scatter", x=xs, y=ys, fill="toself", mode="lines", customdata=[code],
            **({"fillpattern": pattern} if pattern else {}),
            **({"hoverinfo": "skip"} if clickable else {"hoveron": "fills", "hoverinfo": "text", "text": hovers[code]}),
            name=group or name, showlegend=False, **look))
    # Click targets carry the hover and the selection; the label trace keeps one point per area.
    if clickable:
        grid, step = drawn["grid"], drawn["step"]
        minx, miny, maxx, maxy = drawn["bounds"]
        cell_px = step / max((maxx - minx) / width, (maxy - miny) / height)
        traces.append(dict(type="scatter", x=grid["x"].to_numpy(), y=grid["y"].to_numpy(), mode="markers", name="area",
                           marker=dict(size=cell_px * 1.05, symbol="square", color="rgba(0,0,0,0)"),
                           customdata=grid[key].to_numpy(), hovertext=grid[key].map(hovers).to_numpy(),
                           hoverinfo="text", showlegend=False))
    shown = drawn["labels"]
    xs = [shown[c][0] if c in shown else drawn["reps"][c][0] for c in df[key]]
    ys = [shown[c][1] if c in shown else drawn["reps"][c][1] for c in df[key]]
    # A name set beside the map is on white, with a line from it to its area.
    out = {c for c in df[key] if c in shown and getattr(shown[c], "to", None) is not None}
    if out:
        lx, ly = [], []
        minx, miny, maxx, maxy = drawn["bounds"]
        per_px = max((maxx - minx) / max(width, 1), (maxy - miny) / height)
        for c in df[key]:
            if c in out:
                lab = shown[c]
                lx += [lab.x + (-1 if lab.position == "middle right" else 1) * 2 * per_px, lab.to[0], None]
                ly += [lab.y, lab.to[1], None]
        traces.append(dict(type="scatter", x=lx, y=ly, mode="lines", name="leader", hoverinfo="skip",
                           showlegend=False, line=dict(color=LEADER_COLOR, width=0.8)))
        traces.append(dict(type="scatter", x=[shown[c].to[0] for c in df[key] if c in out],
                           y=[shown[c].to[1] for c in df[key] if c in out], mode="markers", name="leader_end",
                           hoverinfo="skip", showlegend=False, marker=dict(size=3, color=LEADER_COLOR)))
    traces.append(dict(
        type="scatter", x=xs, y=ys, mode="text", text=[shown[c][2] if c in shown else "" for c in df[key]],
        textposition=[shown[c].position if c in out else "middle center" for c in df[key]] if out else "middle center",
        hoverinfo="skip", showlegend=False, name="label", cliponaxis=False, customdata=df[key].tolist(),
        textfont=dict(size=label_size, shadow="auto", color=["#111111" if c in out or not _dark(fills[c]) else "#ffffff"
                                                             for c in df[key]])))
    # Names set beside the map go in margins of their own, the map drawn against the other side (its axes shrink to
    # keep its shape, not widen): names and map share the figure's width.
    west, east = beside_margins(shown, label_size) if out else (0, 0)
    fit_x = dict(constrain="domain", constraintoward="left" if not west else "right" if not east else "center") \
        if out else {}
    fit_y = dict(constrain="domain", constraintoward="top") if out else {}
    # A thick outline last, so that no neighbouring path covers half of it (a hatched vacant area is a trace, drawn
    # over every path).
    shapes.sort(key=lambda sh: sh["line"]["width"])
    # Not validated property by property: the traces are this function's own, checked once in the tests
    # (test_maps), and validation was half of a new map's time; no template: every style is set here.
    fig = go.Figure(_validate=False, data=traces, layout=dict(
        **({"shapes": shapes} if shapes else {}), height=height, margin=dict(l=west, r=east, t=10, b=0), plot_bgcolor="white", separators=fmt.PLOTLY_SEPARATORS[lang],
        showlegend=False, dragmode="pan", clickmode="event+select",
        hoverlabel=dict(bgcolor="white"), xaxis=dict(visible=False, **fit_x),
        yaxis=dict(visible=False, scaleanchor="x", scaleratio=1, **fit_y), template={}))
    scale_range = None if scaled.empty else (vmin, vmax)
    # A name left off is said under the map (Beranda's small map had no Indralaya Selatan, with no word).
    unlabelled = [str(names.get(c, c)) for c in df[key] if labels and c not in shown and names.get(c)]
    return AreaMap(fig, map_key(value_label, scale, scale_range, decimals, lang, specials, unlabelled, len(scaled)))


def swatch(colour: str, hatched: bool = False) -> str:
    """A small square of a map's colour, for a key in HTML (``hatched`` as a vacant post is drawn)."""
    fill = (f"repeating-linear-gradient(45deg,{VACANT_PATTERN['fgcolor']} 0 1.5px,{colour} 1.5px 5px)" if hatched
            else colour)
    return (f'<span style="display:inline-block;width:0.9em;height:0.9em;margin-right:0.3em;vertical-align:-0.1em;'
            f'border:1px solid #bbb;background:{fill}"></span>')


# More names than this left off a map are counted, not listed (a national layer).
UNLABELLED_NAMED = 6


def map_key(title: str, scale: str, scale_range: tuple[float, float] | None, decimals: int, lang: str,
            specials: dict[str, tuple[str, bool]], unlabelled: list[str] = (), valued: int | None = None) -> str:
    """The key under a map: what it measures, its colour scale from the lowest to the highest value on it (the ends
    of the scale; none when no area has a value on it), then one swatch for each colour off the scale (label ->
    colour, hatched)."""
    parts = ['<div class="tksk-map-key" style="font-size:0.8rem;line-height:1.5;margin:-0.25rem 0 0.25rem 0">',
             f'<div>{html.escape(title)}</div>']
    if scale_range:
        lo, hi = scale_range
        stops = ",".join(_sample(scale, [i / (KEY_STOPS - 1) for i in range(KEY_STOPS)]))
        ends = [fmt.number(lo, decimals, lang)] + ([fmt.number(hi, decimals, lang)] if hi != lo else [])
        if hi == lo:  # one colour on the map, the scale's middle: the key says so rather than show a gradient
            stops = ",".join(_sample(scale, [0.5, 0.5]))
            # Of the areas with a value: "every kecamatan the same" was said of one kecamatan with a log beside
            # fifteen grey ones (walk-through of 2026-12-06).
            ends = [t("map_one_valued" if valued == 1 else "map_all_equal", lang, value=ends[0])]
        parts.append(
            f'<div style="max-width:22rem;height:0.7rem;border:1px solid #bbb;background:linear-gradient(to right,{stops})">'
            f'</div><div style="max-width:22rem;display:flex;justify-content:space-between">'
            + "".join(f"<span>{e}</span>" for e in ends) + "</div>")
    if specials:
        parts.append('<div style="display:flex;flex-wrap:wrap;column-gap:1rem">'
                     + "".join(f"<span>{swatch(c, h)}{html.escape(label)}</span>" for label, (c, h) in specials.items())
                     + "</div>")
    if unlabelled:
        names = (", ".join(unlabelled) if len(unlabelled) <= UNLABELLED_NAMED
                 else t("map_unlabelled_many", lang, n=fmt.number(len(unlabelled), 0, lang)))
        parts.append(f'<div style="color:#555">{html.escape(t("map_unlabelled", lang, names=names))}</div>')
    return "".join(parts) + "</div>"
