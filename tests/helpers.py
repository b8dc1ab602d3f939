"""What the tests share: the repository root, a fixed \"today\", builders of log files, readers of pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
# Every validation runs "today" on this date, so a test never depends on the day it is run.
TODAY = dt.date(2026, 11, 24)

GOOD = {
    "id_log": "T-0001", "tanggal": "2024-03-05", "kode_kec": "16.10.04", "id_pos": "TKSK-161004-1",
    "fungsi": "fasilitasi", "jenis_kegiatan": "kunjungan_rumah", "program": "rehsos", "kategori_ppks": "P24",
    "kode_desa": "16.10.04.2005", "jumlah_orang": "2", "jumlah_kk": "1", "jam": "2.5", "hasil": "dirujuk",
    "tanggal_hasil": "", "bulan_laporan": "", "kendala": "Jalan rusak",
}


def rows(n: int = 3, **changes) -> list[dict]:
    out = []
    for i in range(n):
        r = dict(GOOD, id_log=f"T-{i + 1:04d}", tanggal=f"2024-03-{i + 5:02d}")
        out.append(r)
    for k, v in changes.items():
        out[1][k] = v
    return out


def imported_log(root: Path) -> pd.DataFrame:
    """Every log row imported into the store at ``root`` (cleaned, as the importer kept it)."""
    from tksk.store import visible_files

    files = visible_files(root / "imports" / "logs")
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True) if files else pd.DataFrame()


def write_csv(path: Path, records: list[dict], sep: str = ",", encoding: str = "utf-8") -> Path:
    pd.DataFrame(records).to_csv(path, index=False, sep=sep, encoding=encoding)
    return path


def write_xlsx(path: Path, records: list[dict]) -> Path:
    df = pd.DataFrame(records)
    for c in ("jumlah_orang", "jumlah_kk", "jam"):
        if c in df:  # a test may drop a column or leave its title empty
            df[c] = pd.to_numeric(df[c].replace("", None))
    df.to_excel(path, index=False, sheet_name="log")
    return path


def plotly_array(value):
    """A plotly JSON array as a list: plotly writes numeric arrays as base64 typed arrays ("bdata")."""
    import base64

    import numpy as np

    if isinstance(value, dict) and "bdata" in value:
        arr = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        if "shape" in value:
            arr = arr.reshape([int(n) for n in str(value["shape"]).split(",")])
        return [None if (isinstance(v, float) and np.isnan(v)) else v for v in arr.tolist()]
    return list(value) if value is not None else []


def chart_spec(at, key: str) -> dict:
    """The plotly figure of the chart with widget key ``key``."""
    import json

    [c] = [c for c in at.get("plotly_chart") if c.key == key]
    return json.loads(c.proto.spec)


def open_tab(at, key: str, label: str):
    """Open the tab ``label`` of the tabs keyed ``key`` (tabs run only their open tab) and run the page."""
    at.session_state[key] = label
    # Under AppTest every run starts from the address it last wrote, and the tabs are bound to it: the label set in
    # session state alone lost to the tab named there (a browser sends the address on loading a page only).
    at.query_params[key] = label
    at.run()
    assert not at.exception, at.exception
    assert at.session_state[key] == label, f"no tab {label!r} in {key}: {at.session_state[key]!r} is open"
    return at


def open_page(root, monkeypatch, page: str | None = None, timeout: int = 90):
    """The dashboard under AppTest on the store at ``root``, switched to ``page`` and run once."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TKSK_STORE", str(root))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def shown_tables(at) -> list[pd.DataFrame]:
    """Every plain HTML table the page shows (``ui.show.short_table``), each cell as the reader sees its text."""
    from html.parser import HTMLParser

    class Cells(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows, self.cell = [], None

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self.rows.append([])
            elif tag in ("td", "th"):
                self.cell = ""

        def handle_endtag(self, tag):
            if tag in ("td", "th"):
                self.rows[-1].append(self.cell)
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell += data

    out = []
    for el in at.get("html"):
        if 'class="tksk-table"' in el.proto.body:
            p = Cells()
            p.feed(el.proto.body)
            out.append(pd.DataFrame(p.rows[1:], columns=p.rows[0]))
    return out


def map_areas(spec) -> dict[str, str]:
    """Each area a map draws (tksk.present.maps.area_map) and its fill, whether drawn as a trace (its code in
    ``customdata``) or, on a clickable map, as a path in the layout (its code as the shape's ``name``)."""
    if not isinstance(spec, dict):
        spec = spec.to_plotly_json()
    out = {t["customdata"][0]: t["fillcolor"] for t in spec["data"] if t.get("fill") == "toself"}
    shapes = [sh for sh in (spec.get("layout") or {}).get("shapes", ()) if sh.get("type") == "path"]
    assert not set(out) & {sh["name"] for sh in shapes}, "an area drawn twice"
    return out | {sh["name"]: sh["fillcolor"] for sh in shapes}
