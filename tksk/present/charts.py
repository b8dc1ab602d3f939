"""Plotly charts (bars, lines, heatmaps, scatter) drawn with no outside request; maps are in ``maps``.

Numbers in hover text and on axes use the reader's format (``layout.separators``). Every figure has
``template=None``: Streamlit draws charts in its own theme, so plotly's default template (6 KB) would be
sent to the browser for nothing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from tksk import fmt, poverty
from tksk.present.maps import VACANT_COLOR

# Charts keep a band this high above the plot for Plotly's toolbar, so it never covers a bar, a point or a label.
TOOLBAR_BAND = 36
# Charts over months or years: room on the left for the y-axis title.
LINE_MARGIN = dict(l=70, r=0, t=TOOLBAR_BAND, b=0)


# A chart's note: small grey lines in the band above the plot that say where its figures come from, and DATA CONTOH
# where they are the demo log's. A saved image (Plotly's camera) keeps them; the key and captions under a chart stay
# on the page. Lines of at most NOTE_CHARS characters: about 300 pixels at this size, what a chart in a column of
# 1024 pixels has.
NOTE_SIZE = 9
NOTE_COLOR = "#888"
NOTE_CHARS = 58
NOTE_LINE = 11  # pixels per line
# Plotly's toolbar takes the top 28 pixels of a chart's right side while the pointer is on it, 226 pixels wide: it
# covered the note's last words in a chart of half a page (ux31 #10), and nearly all of it at 1024 pixels. The note
# starts under that row.
MODEBAR_ROW = 30


def _units(part: str, width: int) -> list[str]:
    """The words of ``part``, a bracket kept whole with the word before it where that fits a line ("CONTOH (demo,
    sintetis)."): a line break inside it read "CONTOH (demo," over "sintetis).", and "DEMO" over "(synthetic)"."""
    units: list[str] = []
    opened = False
    for w in part.split(" "):
        if units and (opened or w.startswith("(")) and len(units[-1]) + 1 + len(w) <= width:
            units[-1] += " " + w
        else:
            units.append(w)
        opened = units[-1].count("(") > units[-1].count(")")
    return units


def note_lines(note: str, width: int = NOTE_CHARS) -> list[str]:
    """``note`` in lines of at most ``width`` characters, broken between words and never inside a bracket; its parts
    (joined by " · ") share a line only where they fit whole, so the sources begin a line of their own."""
    lines: list[str] = []
    for part in note.split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) <= width:
            lines[-1] += " · " + part
            continue
        lines.append("")
        for w in _units(part, width):
            if lines[-1] and len(lines[-1]) + 1 + len(w) > width:
                lines.append(w)
            else:
                lines[-1] = f"{lines[-1]} {w}".strip()
    return lines


def with_note(fig: go.Figure, note: str) -> go.Figure:
    """A copy of ``fig`` carrying ``note`` at its top left, under the row of Plotly's toolbar, in the band kept above
    the plot (made taller for it). Presenters' figures are shared between sessions: the copy leaves theirs as it
    was. Without a note the figure itself is returned."""
    if not note:
        return fig
    out = go.Figure(fig)
    lines = note_lines(note)
    top = out.layout.margin.t if out.layout.margin.t is not None else 0
    # Above whatever the band already holds (a median's label), as high as the toolbar's row and the lines need.
    held = top - TOOLBAR_BAND if top > TOOLBAR_BAND else 0
    band = held + max(TOOLBAR_BAND, MODEBAR_ROW + NOTE_LINE * len(lines) + 4)
    if band != top:
        # A figure of a set height grows by what its band grew: the plot keeps the size its presenter gave it.
        out.update_layout(margin_t=band, height=out.layout.height + band - top if out.layout.height else None)
    # Each line ends in a space: the lines are text pieces of their own in the page, and a copied note (or a screen
    # reader) read "Desember 2024Sumber" and "(demo,sintetis)".
    out.add_annotation(text=" <br>".join(lines), xref="paper", yref="paper", x=0, y=1, xanchor="left",
                       yanchor="top", yshift=band - MODEBAR_ROW, showarrow=False, align="left", name="note",
                       font=dict(size=NOTE_SIZE, color=NOTE_COLOR))
    return out


# The reader's own regency among the province's: a darker bar than the others' orange.
HIGHLIGHT_COLOR = "#7f2704"


def bar_ranking(df: pd.DataFrame, label_col: str, value_col: str, *, value_label: str, lang: str = "id",
                decimals: int = 0, vacant_col: str | None = None, vacant_label: str = "Pos kosong",
                median: float | None = None, height: int | None = None,
                reference: tuple[float, str] | None = None, highlight: str | None = None) -> go.Figure:
    """Horizontal bars, largest on top; vacant rows drawn as a labelled grey stub, not a number; the bar labelled
    ``highlight`` in a colour of its own."""
    # Bottom to top as the table beside it reads top to bottom: vacant posts at the top (their families have no TKSK
    # at all; the table lists them first and the chart drew them at the bottom), a gap at the bottom.
    vacant = df[vacant_col].fillna(False).astype(bool) if vacant_col else pd.Series(False, index=df.index)
    d = df.assign(_end=np.select([vacant, df[value_col].isna()], [2, 0], 1)).sort_values(
        ["_end", value_col], ascending=True, kind="stable").drop(columns="_end")
    vac = vacant.reindex(d.index)
    vals = d[value_col]
    fig = go.Figure(go.Bar(
        y=d[label_col], x=vals.where(~vac), orientation="h",
        marker_color=[HIGHLIGHT_COLOR if n == highlight else "#d95f02" for n in d[label_col]] if highlight else "#d95f02",
        # Level, never turned: a value that did not fit its bar was written sideways inside it (walk-through
        # 2026-12-06); level it shrinks or goes outside the bar.
        text=[fmt.number(v, decimals, lang) for v in vals.where(~vac)], textposition="auto", textangle=0,
        hovertext=[f"{n}: {fmt.number(v, decimals, lang)}" for n, v in zip(d[label_col], vals)], hoverinfo="text",
        name=value_label, showlegend=False,
    ))
    if vac.any():
        stub = (np.nanmax(vals.to_numpy(dtype=float)) if vals.notna().any() else 1) * 0.04
        # No legend: each stub is labelled beside it, and a legend of a few pixels' plot (one kecamatan chosen) ran
        # into the x-axis title (ux31 #10).
        fig.add_trace(go.Bar(y=d.loc[vac, label_col], x=[stub] * int(vac.sum()), orientation="h",
                             marker_color=VACANT_COLOR, marker_pattern_shape="/", name=vacant_label, showlegend=False,
                             text=[vacant_label] * int(vac.sum()), textposition="outside", hoverinfo="text",
                             hovertext=[f"{n}: {vacant_label}" for n in d.loc[vac, label_col]]))
    if median is not None and not pd.isna(median):
        reference = (median, f"median {fmt.number(median, decimals, lang)}")
    if reference is not None:
        fig.update_layout(
            # Under the bars: the value written in each bar stays readable where the line crosses it.
            shapes=[dict(type="line", xref="x", yref="paper", x0=reference[0], x1=reference[0], y0=0, y1=1,
                         line=dict(dash="dash", color="#333"), layer="below")],
            annotations=[dict(x=reference[0], y=1, xref="x", yref="paper", text=reference[1], showarrow=False,
                              yanchor="bottom")])
    fig.update_layout(height=height or max(260, 26 * len(d) + 86),
                      margin=dict(l=0, r=10, t=TOOLBAR_BAND + 16, b=0),  # + the median's label
                      xaxis_title=value_label, separators=fmt.PLOTLY_SEPARATORS[lang], template=None, barmode="overlay",
                      legend=dict(orientation="h", y=-0.15), plot_bgcolor="white")
    fig.update_xaxes(gridcolor="#eee", tickformat=",~f")
    return fig


def heatmap(matrix: pd.DataFrame, *, value_label: str, lang: str = "id", decimals: int = 0, zmin=0, zmax=100,
            gap_label: str = "Tidak ada data", gap_labels: pd.DataFrame | None = None, height: int | None = None,
            colorscale: str = "RdYlGn") -> go.Figure:
    """Rows × columns of values (e.g. kecamatan × month); a missing cell stays blank and says so (``gap_labels``,
    of the same shape, says why cell by cell where gaps differ; ``gap_label`` where it has no word)."""
    values = matrix.to_numpy()
    why = gap_labels.reindex(index=matrix.index, columns=matrix.columns).to_numpy() if gap_labels is not None else None
    # In the cell a gap is a dash (the full words would not fit); the hover spells it out.
    text = [["–" if fmt.is_gap(v) else fmt.number(v, decimals, lang) for v in row] for row in values]
    hover = [[(why[i][j] if why is not None and isinstance(why[i][j], str) else gap_label) if fmt.is_gap(v)
              else fmt.number(v, decimals, lang) for j, v in enumerate(row)] for i, row in enumerate(values)]
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(dtype=float), x=list(matrix.columns), y=list(matrix.index), zmin=zmin, zmax=zmax,
        colorscale=colorscale, text=text, customdata=hover, texttemplate="%{text}", textfont=dict(size=9),
        hoverongaps=True, hovertemplate="%{y} · %{x}<br>" + value_label + ": %{customdata}<extra></extra>",
        xgap=1, ygap=1,
        colorbar=dict(title=dict(text=value_label, side="right"), thickness=12),
    ))
    fig.update_layout(height=height or 28 * len(matrix) + 90, margin=dict(l=0, r=0, t=10, b=0),
                      separators=fmt.PLOTLY_SEPARATORS[lang], template=None, plot_bgcolor="#f5f5f5")
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(side="top", tickangle=-45)
    return fig


def month_trend(df: pd.DataFrame, value_col: str, *, value_label: str, lang: str = "id", decimals: int = 1,
                shade_months=(), shade_label: str = "", vacant_label: str = "Pos kosong", height: int = 340,
                month_label=fmt.month_short) -> go.Figure:
    """A monthly line on a month-index axis with the reader's month names; vacant months are a
    labelled grey band and a gap in the line, never a zero; ``shade_months`` are marked bands."""
    d = df.sort_values("bulan").reset_index(drop=True)
    x = list(range(len(d)))
    labels = [month_label(m, lang) for m in d["bulan"]]
    y = d[value_col].where(~d["kosong"])
    fig = go.Figure()
    shade = set(pd.to_datetime(list(shade_months)))
    # Bands as plain shape dicts set once: add_vrect per month validates the whole figure every time.
    # A month without a TKSK is that alone: a distribution band under it made a darker grey no legend names.
    shapes = [dict(type="rect", xref="x", yref="paper", x0=i - 0.45, x1=i + 0.45, y0=0, y1=1, fillcolor="#c6dbef",
                   opacity=0.6, line_width=0, layer="below")
              for i, (m, vac) in enumerate(zip(d["bulan"], d["kosong"])) if m in shade and not vac]
    shapes += [dict(type="rect", xref="x", yref="paper", x0=i - 0.5, x1=i + 0.5, y0=0, y1=1, fillcolor=VACANT_COLOR,
                    opacity=0.35, line_width=0, layer="below") for i, vac in enumerate(d["kosong"]) if vac]
    if shade and shade_label and any(m in shade and not vac for m, vac in zip(d["bulan"], d["kosong"])):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", marker=dict(size=12, color="#c6dbef", symbol="square"),
                                 name=shade_label))
    if d["kosong"].any():
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", marker=dict(size=12, color=VACANT_COLOR, symbol="square"),
                                 name=vacant_label))
    fig.update_layout(shapes=shapes)
    hover = [f"{lab}: " + (vacant_label if vac else fmt.number(v, decimals, lang))
             for lab, v, vac in zip(labels, d[value_col], d["kosong"])]
    fig.add_trace(go.Scatter(x=x, y=y, mode="lines+markers", connectgaps=False, name=value_label,
                             line=dict(color="#d95f02", width=2), hovertext=hover, hoverinfo="text"))
    step = max(1, len(x) // 12)
    fig.update_xaxes(tickvals=x[::step], ticktext=labels[::step], range=[-0.6, len(x) - 0.4])
    fig.update_yaxes(title=value_label, rangemode="tozero", gridcolor="#eee", tickformat=",~f")
    fig.update_layout(height=height, margin=LINE_MARGIN, plot_bgcolor="white",
                      separators=fmt.PLOTLY_SEPARATORS[lang], template=None, legend=dict(orientation="h", y=-0.2))
    return fig


# At most this many figures in a series: each is written on its point.
FEW_POINTS = 3


def poverty_line(best: pd.DataFrame, others: pd.DataFrame | None = None, *, value_label: str, lang: str = "id", decimals: int = 2,
                 labels: dict | None = None, height: int = 360) -> go.Figure:
    """A yearly series with gaps as gaps; every point's source and flags in its hover; other sources as
    open markers beside the preferred line; truncated or derived figures drawn with their own symbol."""
    labels = labels or {}

    def hover_text(r):
        flags = []
        if r.turunan:
            flags.append(labels.get("derived", "turunan"))
        if r.terpotong:
            flags.append(labels.get("truncated", "dibulatkan ke bawah oleh sumber"))
        if r.induk_pemekaran:
            flags.append(labels.get("split", "sebelum pemekaran"))
        period = labels.get(r.periode, r.periode)
        text = f"<b>{int(r.tahun)}</b> ({period}): {fmt.number(r.nilai, decimals, lang)}<br>{r.sumber[:90]}"
        return text + (f"<br><i>{'; '.join(flags)}</i>" if flags else "")

    fig = go.Figure()
    full = poverty.with_gaps(best)  # every year between the first and the last; a year without a figure stays empty
    years = [int(y) for y in full["tahun"]]
    gap = full["nilai"].isna().tolist()
    hv = [f"<b>{y}</b>: {labels.get('gap', 'tidak ada data')}" if g else hover_text(r)
          for y, g, r in zip(years, gap, full.itertuples())]
    symbols = ["circle" if g else ("diamond" if (r.turunan or r.terpotong) else "circle")
               for g, r in zip(gap, full.itertuples())]
    # A series of a few points carries its figures on them: one dot for 2025 on a full-width axis showed its value
    # only on hover, and a line of two points read as a slope with no numbers.
    few = full["nilai"].notna().sum() <= FEW_POINTS
    fig.add_trace(go.Scatter(x=years, y=full["nilai"], mode="lines+markers+text" if few else "lines+markers",
                             connectgaps=False, name=labels.get("main", value_label),
                             text=[fmt.number(v, decimals, lang) if pd.notna(v) else "" for v in full["nilai"]]
                             if few else None, textposition="top center", cliponaxis=False,
                             marker=dict(symbol=symbols, size=8, color="#08519c"), line=dict(color="#08519c"),
                             hovertext=hv, hoverinfo="text", legendgroup="main", showlegend=False))
    # The legend draws each series with its plain symbol: Plotly takes a trace's first marker, and "sumber lain" was
    # a diamond, the symbol the caption gives to derived or rounded-down figures (walk-through of 2026-12-06).
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines+markers", name=labels.get("main", value_label),
                             marker=dict(symbol="circle", size=8, color="#08519c"), line=dict(color="#08519c"),
                             legendgroup="main", hoverinfo="skip"))
    if others is not None and not others.empty:
        fig.add_trace(go.Scatter(
            x=others["tahun"], y=others["nilai"], mode="markers", name=labels.get("others", "sumber lain"),
            marker=dict(symbol=["diamond-open" if (t or d) else "circle-open" for t, d in
                                zip(others["terpotong"], others["turunan"])], size=10, color="#e6550d"),
            hovertext=[hover_text(r) for r in others.itertuples()], hoverinfo="text", legendgroup="others",
            showlegend=False))
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=labels.get("others", "sumber lain"),
                                 marker=dict(symbol="circle-open", size=10, color="#e6550d"), legendgroup="others",
                                 hoverinfo="skip"))
    fig.update_xaxes(dtick=2 if len(years) > 12 else 1, gridcolor="#eee")
    fig.update_yaxes(title=value_label, gridcolor="#eee", rangemode="tozero", tickformat=",~f")
    if len(years) == 1 and (others is None or others.empty):
        # One year alone: Plotly's autorange put a half-year tick either side ("2023" with nothing there) and cut
        # the marker at the top of the plot.
        fig.update_xaxes(tickvals=years, range=[years[0] - 1, years[0] + 1])
        if pd.notna(full["nilai"].iloc[0]):
            fig.update_yaxes(range=[0, float(full["nilai"].iloc[0]) * 1.15])
    fig.update_layout(height=height, margin=LINE_MARGIN, plot_bgcolor="white",
                      separators=fmt.PLOTLY_SEPARATORS[lang], template=None, legend=dict(orientation="h", y=-0.15))
    return fig


def share_bars(df: pd.DataFrame, label_col: str, value_col: str, *, value_label: str, lang: str = "id",
               decimals: int = 0, height: int | None = None, color: str = "#3182bd") -> go.Figure:
    d = df.sort_values(value_col)
    fig = go.Figure(go.Bar(y=d[label_col], x=d[value_col], orientation="h", marker_color=color,
                           text=[fmt.number(v, decimals, lang) for v in d[value_col]], textposition="auto",
                           hovertext=[f"{a}: {fmt.number(b, decimals, lang)}" for a, b in zip(d[label_col], d[value_col])],
                           hoverinfo="text"))
    fig.update_layout(height=height or max(220, 24 * len(d) + 86), margin=dict(l=0, r=10, t=TOOLBAR_BAND, b=0),
                      xaxis_title=value_label, plot_bgcolor="white", separators=fmt.PLOTLY_SEPARATORS[lang], template=None)
    fig.update_xaxes(gridcolor="#eee", tickformat=",~f")
    return fig


# A white halo round a point's name, wide enough to fill the gaps between its letters: a median line that still passes
# under a name (no clear place beside its point) stops at it instead of striking it out.
NAME_HALO = ", ".join(f"{x}px {y}px 0 #fff" for x in range(-2, 3) for y in range(-3, 4) if x or y)

# Where a point's name may go, in order of preference: (plotly position, direction along x, along y); the corners
# only for a name moved off a median line.
LABEL_SPOTS = (("top center", 0, 1), ("bottom center", 0, -1), ("middle right", 1, 0), ("middle left", -1, 0),
               ("top right", 1, 1), ("bottom right", 1, -1), ("top left", -1, 1), ("bottom left", -1, -1))


def _placed_labels(xs, ys, names: list[str], width_px: float = 800, height_px: float = 420, size: int = 10,
                   lines_x=(), lines_y=()):
    """Each point's name beside it where it does not cover another name (above, below, right, left), or left out
    (the point keeps its hover): names piled on each other read as a blot. Then each name a line drawn across the
    plot at ``lines_x`` / ``lines_y`` (the medians, in the data's units) goes through moves where it is clear of
    lines and names, if there is such a place: a dotted line through "Indralaya Selatan" and "Rambang Kuang" struck
    them out (ux31 #10); no name is left out for a line. Boxes in pixels of a plot about ``width_px`` wide,
    estimated from the font size."""
    if not len(xs):
        return [], []
    span_x = (xs.max() - xs.min()) or 1.0
    span_y = (ys.max() - ys.min()) or 1.0
    # The plot area is the figure less its margins, axis titles and Plotly's padding; the estimate is rough, so
    # each name keeps a few pixels clear around it.
    px = (xs - xs.min()) / span_x * (width_px - 120)
    py = (ys - ys.min()) / span_y * (height_px - 110)
    vertical = [(v - xs.min()) / span_x * (width_px - 120) for v in lines_x]
    horizontal = [(v - ys.min()) / span_y * (height_px - 110) for v in lines_y]
    pad = 4

    def box(i, dx, dy):
        w, h = len(names[i]) * size * 0.6, size * 1.4
        cx, cy = px[i] + dx * (w / 2 + 8), py[i] + dy * (h / 2 + 6)
        return cx - w / 2 - pad, cy - h / 2 - pad, cx + w / 2 + pad, cy + h / 2 + pad

    def clear(b, others, slack=0):
        return not any(b[0] + slack < o[2] and o[0] < b[2] - slack and b[1] + slack < o[3] and o[1] < b[3] - slack
                       for o in others)

    def crossed(b):
        return any(b[0] < v < b[2] for v in vertical) or any(b[1] < v < b[3] for v in horizontal)

    placed: dict[int, tuple] = {}
    texts, positions = [""] * len(xs), ["top center"] * len(xs)
    for i in sorted(range(len(xs)), key=lambda j: -py[j]):  # from the top of the chart down
        # The sides a line does not cross first, then the others: a name is never left out for a line.
        for where, dx, dy in sorted(LABEL_SPOTS[:4], key=lambda spot: crossed(box(i, *spot[1:]))):
            if clear(b := box(i, dx, dy), placed.values()):
                placed[i] = b
                texts[i], positions[i] = names[i], where
                break
    # A name still crossed may go closer to the others: a line through a name is worse than two names close (the
    # boxes' pad is a margin of the rough estimate, not of the drawing).
    for i in [i for i in placed if crossed(placed[i])]:
        others = [b for j, b in placed.items() if j != i]
        for where, dx, dy in LABEL_SPOTS:
            if not crossed(b := box(i, dx, dy)) and clear(b, others, 2 * pad):
                placed[i], positions[i] = b, where
                break
    return texts, positions


def need_vs_capacity(df: pd.DataFrame, x: str, y: str, label: str, *, x_label: str, y_label: str, lang: str = "id",
                     height: int = 420) -> go.Figure:
    """Structural need (x) against logged work (y) per kecamatan, each point named clear of the median lines."""
    d = df.dropna(subset=[x, y])
    hover = [f"<b>{n}</b><br>{x_label}: {fmt.number(a, 0, lang)}<br>{y_label}: {fmt.number(b, 1, lang)}"
             for n, a, b in zip(d[label], d[x], d[y])]
    medians = (float(d[x].median()), float(d[y].median())) if len(d) else None
    texts, positions = _placed_labels(d[x].to_numpy(float), d[y].to_numpy(float), d[label].astype(str).tolist(),
                                      height_px=height, lines_x=medians[:1] if medians else (),
                                      lines_y=medians[1:] if medians else ())
    fig = go.Figure(go.Scatter(x=d[x], y=d[y], mode="markers+text", text=texts, textposition=positions,
                               textfont=dict(size=10, shadow=NAME_HALO), marker=dict(size=11, color="#d95f02"),
                               hovertext=hover, hoverinfo="text", customdata=d[label].astype(str).tolist()))
    # The points again over the names: a name's halo hid a point it lay on (Lubuk Keliat under "Pemulutan Selatan").
    fig.add_trace(go.Scatter(x=d[x], y=d[y], mode="markers", marker=dict(size=11, color="#d95f02"), hoverinfo="skip",
                             showlegend=False, name="points"))
    if medians:
        # Under the points and their names.
        fig.add_vline(x=medians[0], line_dash="dot", line_color="#888", layer="below")
        fig.add_hline(y=medians[1], line_dash="dot", line_color="#888", layer="below")
    fig.update_xaxes(title=x_label, gridcolor="#eee", tickformat=",.0f")
    fig.update_yaxes(title=y_label, gridcolor="#eee", tickformat=",.0f")
    fig.update_layout(height=height, margin=LINE_MARGIN, plot_bgcolor="white",
                      separators=fmt.PLOTLY_SEPARATORS[lang], template=None)
    return fig


def lines_by_month(frames: dict[str, pd.DataFrame], column: str, *, value_label: str, lang: str = "id",
                   decimals: int = 1, target: float | None = None, vacant_label: str = "Pos kosong",
                   height: int = 340, month_label=fmt.month_short) -> go.Figure:
    """One line per named frame (columns bulan, ``column``, kosong); gaps stay gaps; optional target line."""
    fig = go.Figure()
    colours = ["#08519c", "#d95f02", "#1b9e77", "#7570b3"]
    first = next(iter(frames.values()))
    months = list(first["bulan"])
    x = list(range(len(months)))
    labels = [month_label(m, lang) for m in months]
    for (name, df), colour in zip(frames.items(), colours):
        d = df.set_index("bulan").reindex(months)
        vac = d["kosong"].fillna(False).astype(bool)
        y = d[column].where(~vac)
        hover = [f"{name} · {lab}: " + (vacant_label if v else fmt.number(val, decimals, lang))
                 for lab, val, v in zip(labels, d[column], vac)]
        fig.add_trace(go.Scatter(x=x, y=y, mode="lines+markers", name=name, connectgaps=False,
                                 line=dict(color=colour), hovertext=hover, hoverinfo="text"))
    if target is not None:
        fig.add_hline(y=target, line_dash="dash", line_color="#555", annotation_text=f"target {fmt.number(target, decimals, lang)}")
    step = max(1, len(x) // 12)
    fig.update_xaxes(tickvals=x[::step], ticktext=labels[::step])
    fig.update_yaxes(title=value_label, gridcolor="#eee", rangemode="tozero", tickformat=",~f")
    fig.update_layout(height=height, margin=LINE_MARGIN, plot_bgcolor="white",
                      separators=fmt.PLOTLY_SEPARATORS[lang], template=None, legend=dict(orientation="h", y=-0.2))
    return fig


def paired_bars(df: pd.DataFrame, label_col: str, first_col: str, second_col: str, marker_col: str, *,
                names: tuple[str, str, str], value_label: str, lang: str = "id", decimals: int = 1,
                height: int | None = None) -> go.Figure:
    """Two horizontal bars per row (e.g. need-based and log-based requirement) and a marker for a third value
    (e.g. the TKSK there today), rows in the order given, first row on top."""
    d = df.iloc[::-1]
    fig = go.Figure()
    for col, name, colour in ((second_col, names[1], "#9ecae1"), (first_col, names[0], "#d95f02")):
        fig.add_trace(go.Bar(y=d[label_col], x=d[col], orientation="h", name=name, marker_color=colour,
                             hovertext=[f"{n} · {name}: {fmt.number(v, decimals, lang)}" for n, v in zip(d[label_col], d[col])],
                             hoverinfo="text"))
    fig.add_trace(go.Scatter(y=d[label_col], x=d[marker_col], mode="markers", name=names[2],
                             marker=dict(symbol="line-ns-open", size=16, line=dict(width=3), color="#222"),
                             hovertext=[f"{n} · {names[2]}: {fmt.number(v, 0, lang)}" for n, v in zip(d[label_col], d[marker_col])],
                             hoverinfo="text"))
    fig.update_layout(barmode="group", height=height or max(300, 30 * len(d) + 110), plot_bgcolor="white",
                      margin=dict(l=0, r=10, t=TOOLBAR_BAND, b=0), xaxis_title=value_label,
                      separators=fmt.PLOTLY_SEPARATORS[lang], legend=dict(orientation="h", y=-0.12), bargap=0.25)
    fig.update_xaxes(gridcolor="#eee", tickformat=",~f", rangemode="tozero")
    return fig


def tornado(df: pd.DataFrame, label_col: str, low_col: str, high_col: str, central: float, *, value_label: str,
            low_name: str, high_name: str, central_label: str, lang: str = "id", decimals: int = 1,
            height: int | None = None) -> go.Figure:
    """A sensitivity (tornado) chart: per row, a bar from the central total to the total with the row's
    assumption at its low end and one to its high end; rows in the order given, first on top."""
    d = df.iloc[::-1]
    fig = go.Figure()
    for col, name, colour in ((low_col, low_name, "#4393c3"), (high_col, high_name, "#d6604d")):
        fig.add_trace(go.Bar(y=d[label_col], x=d[col] - central, base=central, orientation="h", name=name,
                             marker_color=colour,
                             hovertext=[f"{n} · {name}: {fmt.number(v, decimals, lang)}" for n, v in zip(d[label_col], d[col])],
                             hoverinfo="text"))
    fig.update_layout(barmode="overlay", height=height or max(260, 28 * len(d) + 110), plot_bgcolor="white",
                      margin=dict(l=0, r=10, t=TOOLBAR_BAND + 16, b=0), xaxis_title=value_label,
                      separators=fmt.PLOTLY_SEPARATORS[lang], legend=dict(orientation="h", y=-0.15),
                      shapes=[dict(type="line", xref="x", yref="paper", x0=central, x1=central, y0=0, y1=1,
                                   line=dict(color="#333", dash="dash"))],
                      annotations=[dict(x=central, y=1, xref="x", yref="paper", text=central_label, showarrow=False,
                                        yanchor="bottom")])
    fig.update_xaxes(gridcolor="#eee", tickformat=",~f")
    return fig
