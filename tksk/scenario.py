"""Saved planning scenarios: a JSON file with its format, version and every parameter.

A file from another version, or one edited by hand into something invalid, is refused with a
message naming the field and the problem (Indonesian / English), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import math

from tksk import wisn

FORMAT = "tksk-wisn-scenario"
VERSION = 1


class ScenarioError(ValueError):
    pass


def dump(params: wisn.Params, extra: dict) -> str:
    """The scenario as JSON text: parameters, scenario settings (N, allowance, period) and provenance."""
    doc = {"format": FORMAT, "version": VERSION,
           "dibuat": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
           "parameter": wisn.params_to_dict(params), "skenario": extra}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _number(value, where: str, minimum: float | None = None, strict: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (isinstance(value, float) and not math.isfinite(value)):
        raise ScenarioError(f"{where}: bukan angka ({value!r}) / not a number")
    if minimum is not None and (value <= minimum if strict else value < minimum):
        raise ScenarioError(f"{where}: harus {'>' if strict else '≥'} {minimum:g} ({value!r}) / must be "
                            f"{'>' if strict else '≥'} {minimum:g}")
    return float(value)


def _need(d: dict, key: str, where: str):
    if not isinstance(d, dict) or key not in d:
        raise ScenarioError(f"{where}{key}: tidak ada / missing")
    return d[key]


def load(text: str | bytes) -> tuple[wisn.Params, dict]:
    """Parse and check a scenario file; returns (Params, scenario settings)."""
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"bukan JSON yang sah (baris {getattr(exc, 'lineno', '?')}) / not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ScenarioError("bukan berkas skenario TKSK (kolom 'format') / not a TKSK scenario file ('format')")
    version = doc.get("version")
    if version != VERSION:
        raise ScenarioError(f"berkas skenario versi {version!r} tidak didukung; versi yang didukung: {VERSION} / "
                            f"scenario file version {version!r} is not supported; supported: {VERSION}")
    p = _need(doc, "parameter", "")
    awt = _need(p, "awt", "parameter.")
    fields = ["working_days", "holidays", "annual_leave", "sick_leave", "other_absence", "hours_per_day"]
    a = {f: _number(_need(awt, f, "parameter.awt."), f"parameter.awt.{f}", 0) for f in fields}
    if a["hours_per_day"] <= 0 or wisn.AWT(**a).days <= 0:
        raise ScenarioError("parameter.awt: waktu kerja tersedia harus lebih dari 0 / available working time must be above 0")
    std = _need(p, "standards", "parameter.")
    unknown = sorted(set(std) - set(wisn.STANDARDS))
    if unknown:
        raise ScenarioError(f"parameter.standards: kegiatan tidak dikenal {unknown} / unknown activities")
    missing = sorted(set(wisn.STANDARDS) - set(std))
    if missing:
        raise ScenarioError(f"parameter.standards: tidak ada {missing} / missing")
    standards = {k: _number(v, f"parameter.standards.{k}", 0, strict=True) for k, v in std.items()}
    tr = _need(p, "travel", "parameter.")
    travel = wisn.Travel(
        speed_kmh=_number(_need(tr, "speed_kmh", "parameter.travel."), "parameter.travel.speed_kmh", 0, strict=True),
        road_factor=_number(_need(tr, "road_factor", "parameter.travel."), "parameter.travel.road_factor", 1),
        round_hours_per_desa=_number(_need(tr, "round_hours_per_desa", "parameter.travel."),
                                     "parameter.travel.round_hours_per_desa", 0),
        include_round=bool(tr.get("include_round", True)))
    cas = {str(k): _number(v, f"parameter.cas.{k}", 0) for k, v in _need(p, "cas", "parameter.").items()}
    try:
        wisn.caf(cas)
    except ValueError as exc:
        raise ScenarioError(f"parameter.cas: {exc}") from None
    ias = {str(k): _number(v, f"parameter.ias.{k}", 0) for k, v in _need(p, "ias", "parameter.").items()}
    months = int(_number(p.get("min_active_months", 6), "parameter.min_active_months", 1))
    extra = doc.get("skenario", {})
    if not isinstance(extra, dict):
        raise ScenarioError("skenario: harus objek / must be an object")
    return wisn.Params(awt=wisn.AWT(**a), standards=standards, travel=travel, cas=cas, ias=ias,
                       min_active_months=months), extra
