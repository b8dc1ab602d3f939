"""The planner's settings panel: WISN parameters as widgets, and saved scenarios in and out.

Parameters live in session_state under ``wisn_*`` keys. Loading a scenario file writes those keys
in the uploader's callback (before the widgets are drawn again) and bumps the editors' version so
the tables start from the loaded values.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tksk import assumptions, fmt, scenario, wisn
from tksk.present.common import Table
from ui import show
from ui.state import t
from ui.widgets import file_uploader, translated

AWT_FIELDS = list(wisn.AWT_FIELDS)
DEFAULT_EXTRA = {"per_penduduk": 25_000, "per_desa": 12, "tali_asih": assumptions.MONTHLY_ALLOWANCE_RP.value}


def _state_defaults(params: wisn.Params, extra: dict) -> None:
    for f in AWT_FIELDS:
        st.session_state[f"wisn_awt_{f}"] = float(getattr(params.awt, f))
    st.session_state["wisn_speed"] = float(params.travel.speed_kmh)
    st.session_state["wisn_road"] = float(params.travel.road_factor)
    st.session_state["wisn_round"] = float(params.travel.round_hours_per_desa)
    st.session_state["wisn_include_round"] = bool(params.travel.include_round)
    st.session_state["wisn_min_months"] = int(params.min_active_months)
    st.session_state["wisn_std_base"] = dict(params.standards)
    st.session_state["wisn_cas_base"] = dict(params.cas)
    st.session_state["wisn_ias_base"] = dict(params.ias)
    for k in ("per_penduduk", "per_desa", "tali_asih"):
        st.session_state[f"wisn_{k}"] = float(extra.get(k, DEFAULT_EXTRA[k]))
    st.session_state["wisn_editor_version"] = st.session_state.get("wisn_editor_version", 0) + 1


def _apply_preset() -> None:
    awt = wisn.PRESETS[st.session_state["choice:wisn_preset"]][0]
    for f in AWT_FIELDS:
        st.session_state[f"wisn_awt_{f}"] = float(getattr(awt, f))


def _load_file() -> None:
    f = st.session_state.get("wisn_upload")
    if f is None:
        return
    try:
        params, extra = scenario.load(f.getvalue())
    except scenario.ScenarioError as exc:
        st.session_state["wisn_load_error"] = str(exc)
        return
    st.session_state.pop("wisn_load_error", None)
    _state_defaults(params, extra)
    st.session_state["wisn_loaded"] = f.name


def init() -> None:
    if "wisn_std_base" not in st.session_state:
        st.session_state["choice:wisn_preset"] = wisn.DEFAULT_PRESET
        _state_defaults(wisn.Params(), DEFAULT_EXTRA)


def controls(names: dict[str, str]) -> tuple[wisn.Params, dict] | None:
    """Draw the settings; return (Params, scenario settings) or None with an error shown."""
    init()
    v = st.session_state["wisn_editor_version"]
    with st.expander(t("wisn_awt_title"), icon=":material/schedule:", expanded=False):
        preset = translated(st.selectbox, t("wisn_preset"), wisn.PRESETS, key="wisn_preset",
                            on_change=_apply_preset, index=list(wisn.PRESETS).index(wisn.DEFAULT_PRESET),
                            format_func=lambda p: t(f"preset:{p}").split(":")[0])
        st.caption(t(f"preset:{preset}"))
        cols = st.columns(6)
        for col, f in zip(cols, AWT_FIELDS):
            hours = f == "hours_per_day"
            col.number_input(t(f"awt:{f}"), min_value=0.0, max_value=400.0, step=0.25 if hours else 1.0,
                             format="%.4g" if hours else "%.0f", key=f"wisn_awt_{f}")
    with st.expander(t("wisn_std_title"), icon=":material/timer:"):
        base = st.session_state["wisn_std_base"]
        std_df = pd.DataFrame({
            "kode": list(wisn.STANDARDS), t("activities"): [t(f"standard:{k}") for k in wisn.STANDARDS],
            t("wisn_hours_unit"): [float(base[k]) for k in wisn.STANDARDS],
            t("wisn_in_desa"): [s.in_desa for s in wisn.STANDARDS.values()],
            t("why"): [t(f"standard_why:{k}") for k in wisn.STANDARDS]})
        std_edit = st.data_editor(std_df, key=f"wisn_std_{v}", hide_index=True, width="stretch",
                                  disabled=[c for c in std_df.columns if c != t("wisn_hours_unit")])
        c1, c2, c3, c4 = st.columns(4)
        c1.number_input(t("wisn_speed"), min_value=1.0, max_value=120.0, step=5.0, key="wisn_speed")
        c2.number_input(t("wisn_road"), min_value=1.0, max_value=3.0, step=0.1, key="wisn_road")
        c3.number_input(t("wisn_round"), min_value=0.0, max_value=8.0, step=0.25, key="wisn_round")
        c4.checkbox(t("wisn_include_round"), key="wisn_include_round")
        st.caption(t("wisn_travel_model"))
        st.number_input(t("wisn_min_months"), min_value=1, max_value=24, step=1, key="wisn_min_months")
    with st.expander(t("wisn_cas_title"), icon=":material/group_work:"):
        cas_df = pd.DataFrame({t("wisn_activity"): list(st.session_state["wisn_cas_base"]),
                               "%": [float(x) for x in st.session_state["wisn_cas_base"].values()]})
        cas_edit = st.data_editor(cas_df, key=f"wisn_cas_{v}", hide_index=True, num_rows="dynamic", width="stretch")
        st.caption(t("wisn_cas_help"))
        ias_base = st.session_state["wisn_ias_base"]
        ias_df = pd.DataFrame({"Kecamatan": [names.get(k, k) for k in ias_base],
                               t("wisn_ias_hours"): [float(x) for x in ias_base.values()]})
        ias_edit = st.data_editor(ias_df, key=f"wisn_ias_{v}", hide_index=True, num_rows="dynamic", width="stretch",
                                  column_config={"Kecamatan": st.column_config.SelectboxColumn(
                                      options=sorted(names.values()), required=True)})
        st.caption(t("wisn_ias_help"))
    with st.expander(t("wisn_rules_title"), icon=":material/rule:"):
        r1, r2, r3 = st.columns(3)
        r1.number_input(t("wisn_per_population"), min_value=1000.0, max_value=500_000.0, step=1000.0,
                        key="wisn_per_penduduk")
        r2.number_input(t("wisn_per_desa"), min_value=1.0, max_value=100.0, step=1.0, key="wisn_per_desa")
        r3.number_input(t("wisn_allowance"), min_value=0.0, max_value=20_000_000.0, step=50_000.0, key="wisn_tali_asih")
        st.caption(t("wisn_rules_help") + " " + t("default_source:monthly_allowance_rp"))
    # Collect and check.
    try:
        awt = wisn.AWT(**{f: float(st.session_state[f"wisn_awt_{f}"]) for f in AWT_FIELDS})
        if awt.days <= 0 or awt.hours <= 0:
            raise ValueError(t("wisn_err_awt"))
        standards = dict(zip(std_edit["kode"], std_edit[t("wisn_hours_unit")]))
        bad = [k for k, x in standards.items() if fmt.is_gap(x) or float(x) <= 0]
        if bad:
            raise ValueError(t("wisn_err_std", keys=", ".join(bad)))
        cas = {str(a): float(b) for a, b in zip(cas_edit[t("wisn_activity")], cas_edit["%"])
               if not fmt.is_gap(b) and str(a).strip()}
        wisn.caf(cas)
        code_of = {n: c for c, n in names.items()}
        ias: dict[str, float] = {}
        for n, h in zip(ias_edit["Kecamatan"], ias_edit[t("wisn_ias_hours")]):
            if n in code_of and not fmt.is_gap(h):
                ias[code_of[n]] = ias.get(code_of[n], 0.0) + float(h)
        travel = wisn.Travel(speed_kmh=float(st.session_state["wisn_speed"]), road_factor=float(st.session_state["wisn_road"]),
                             round_hours_per_desa=float(st.session_state["wisn_round"]),
                             include_round=bool(st.session_state["wisn_include_round"]))
        params = wisn.Params(awt=awt, standards={k: float(x) for k, x in standards.items()}, travel=travel, cas=cas,
                             ias=ias, min_active_months=int(st.session_state["wisn_min_months"]))
    except ValueError as exc:
        st.error(str(exc))
        return None
    extra = {k: float(st.session_state[f"wisn_{k}"]) for k in ("per_penduduk", "per_desa", "tali_asih")}
    return params, extra


def save_and_load(params: wisn.Params, extra: dict, table: Table, period_label: str) -> None:
    c1, c2 = st.columns(2)
    with c1:
        st.download_button(t("wisn_save_json"), scenario.dump(params, {**extra, "periode": period_label}).encode("utf-8"),
                           "skenario_tksk.json", "application/json", key="wisn_save", on_click="ignore",
                           icon=":material/save:")
        show.downloads(table, key="wisn_table_dl")
    with c2:
        file_uploader(t("wisn_load"), type=["json"], key="wisn_upload", on_change=_load_file)
        if st.session_state.get("wisn_load_error"):
            st.error(t("wisn_load_error") + " " + st.session_state["wisn_load_error"])
        elif st.session_state.get("wisn_loaded"):
            st.success(t("wisn_loaded", file=st.session_state["wisn_loaded"]))
