"""The planner's settings (session state keys ``wisn_*``) and scenario save/load.

The settings outlive the page: Streamlit drops a widget's state on a run where the widget is not drawn, so
every value is also kept under ``wisn_settings`` (and the tables under ``wisn_*_base``) and put back when the
planner is drawn again. Other pages read the working time from there (``capacity``): one setting of the
capacity serves every page that compares work with available time.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tksk import assumptions, fmt, need, scenario, wisn
from tksk.scenario import LIMITS
from tksk.present import planner, planner_detail
from tksk.present.common import Table
from tksk.text import t as text
from ui import show
from ui.state import lang, t
from ui.store import data
from ui.widgets import decimal_input, expander, file_uploader, number_text, read_number, translated, whole_number

AWT_FIELDS = list(wisn.AWT_FIELDS)
DEFAULT_EXTRA = {"per_penduduk": assumptions.PEOPLE_PER_TKSK.value, "per_desa": assumptions.DESA_PER_TKSK.value,
                 "tali_asih": assumptions.MONTHLY_ALLOWANCE_RP.value}
EXTRA = ("per_penduduk", "per_desa", "tali_asih")
STORE = "wisn_settings"
WIDGETS = [f"wisn_awt_{f}" for f in AWT_FIELDS] + ["wisn_speed", "wisn_road", "wisn_round", "wisn_include_round",
                                                  "wisn_min_months"] + [f"wisn_{k}" for k in EXTRA]


def _bounds(name: str) -> dict:
    low, high = LIMITS[name]
    return {"min_value": low, "max_value": high}


def _state_defaults(params: wisn.Params, extra: dict) -> None:
    values = {f"wisn_awt_{f}": float(getattr(params.awt, f)) for f in AWT_FIELDS}
    values.update(wisn_speed=float(params.travel.speed_kmh), wisn_road=float(params.travel.road_factor),
                  wisn_round=float(params.travel.round_hours_per_desa), wisn_include_round=bool(params.travel.include_round),
                  wisn_min_months=int(params.min_active_months))
    values.update({f"wisn_{k}": float(extra.get(k, DEFAULT_EXTRA[k])) for k in EXTRA})
    st.session_state[STORE] = values
    for k, v in values.items():
        st.session_state[k] = v
    st.session_state["choice:wisn_basis"] = params.basis
    st.session_state["wisn_std_base"] = dict(params.standards)
    st.session_state["wisn_from_log"] = tuple(params.from_log)
    st.session_state["wisn_cas_base"] = dict(params.cas)
    st.session_state["wisn_ias_base"] = dict(params.ias)
    st.session_state["wisn_rates_base"] = dict(params.rates)
    st.session_state["wisn_editor_version"] = st.session_state.get("wisn_editor_version", 0) + 1


def _ensure() -> None:
    if STORE not in st.session_state:
        st.session_state["choice:wisn_preset"] = wisn.DEFAULT_PRESET
        _state_defaults(wisn.Params(), DEFAULT_EXTRA)


def _session() -> tuple[wisn.Params, dict]:
    """The settings as set in this session, valid or not."""
    _ensure()
    v, state = st.session_state[STORE], st.session_state
    awt = wisn.AWT(**{f: float(v[f"wisn_awt_{f}"]) for f in AWT_FIELDS})
    params = wisn.Params(awt=awt, standards=dict(state["wisn_std_base"]),
                         travel=wisn.Travel(speed_kmh=float(v["wisn_speed"]), road_factor=float(v["wisn_road"]),
                                            round_hours_per_desa=float(v["wisn_round"]),
                                            include_round=bool(v["wisn_include_round"])),
                         cas=dict(state["wisn_cas_base"]), ias=dict(state["wisn_ias_base"]),
                         min_active_months=int(v["wisn_min_months"]), basis=state["choice:wisn_basis"],
                         from_log=tuple(state["wisn_from_log"]), rates=dict(state["wisn_rates_base"]))
    return params, {k: float(v[f"wisn_{k}"]) for k in EXTRA}


# The table edit the planner refused (a TableRefused), while it stands (session state).
TABLE_REFUSED = "wisn_table_refused"


class TableRefused(ValueError):
    """A table edit the planner refused: kept as the reason and its fields (a field may be a function of the
    language), so every page that mentions it later says it in the language of that run, not of the refusal."""

    def __init__(self, key: str, **fields):
        self.key, self.fields = key, fields
        super().__init__(self.text())

    def text(self, language: str | None = None) -> str:
        language = language or lang()
        return text(self.key, language, **{k: v(language) if callable(v) else v for k, v in self.fields.items()})


def refused() -> scenario.ScenarioError | None:
    """Why the session's settings cannot be planned with (``scenario.problem`` decides), or None."""
    return scenario.problem(*_session())


def current() -> tuple[wisn.Params, dict]:
    """The settings the planner is at in this session (its defaults until someone changes them), without drawing
    anything: other pages give the same answer as the planner. While the planner refuses them (working days that
    add up to nothing), the defaults: a page shows no figure from settings the planner will not use."""
    params, extra = _session()
    if scenario.problem(params, extra) is not None:
        return wisn.Params(), dict(DEFAULT_EXTRA)
    return params, extra


def fallback_note(tables: bool = True) -> str | None:
    """Said beside figures from ``current()`` while it holds the defaults in place of refused settings, or the last
    accepted values of a table whose edit the planner refused (a refused table is not kept). ``tables=False`` for
    figures that use no table (the working time alone): a refused table does not change them."""
    problem = refused()
    if problem is not None:
        return t("wisn_fallback", reason=problem.text(lang(), in_file=False))
    table = st.session_state.get(TABLE_REFUSED)
    return None if table is None or not tables else t("wisn_table_fallback", reason=table.text(lang()).rstrip("."))


def capacity() -> wisn.AWT:
    """The available working time of ``current()``: one setting of the capacity for every page."""
    return current()[0].awt


def _apply_preset() -> None:
    awt = wisn.PRESETS[st.session_state["choice:wisn_preset"]][0]
    for f in AWT_FIELDS:
        st.session_state[f"wisn_awt_{f}"] = float(getattr(awt, f))


def _load_file() -> None:
    f = st.session_state.get("wisn_upload")
    if f is None:  # the file was removed: so is what was said about it
        st.session_state.pop("wisn_load_error", None)
        st.session_state.pop("wisn_loaded", None)
        return
    try:
        params, extra = scenario.load(f.getvalue(), kecamatan=data().names())
    except scenario.ScenarioError as exc:
        st.session_state["wisn_load_error"] = exc  # said in the language of the run that shows it
        return
    st.session_state.pop("wisn_load_error", None)
    _state_defaults(params, extra)
    st.session_state["wisn_loaded"] = (f.name, extra.get("versi_berkas"))


def _edited(base: dict, new: dict, key: str) -> None:
    """Keep a table's edits beyond this page; a changed base restarts its editor from the base next run."""
    if new != base:
        st.session_state[key] = new
        st.session_state["wisn_editor_version"] += 1


def _headers(frame: pd.DataFrame, numbers: tuple[str, ...] = ()) -> dict:
    """An editor's short headers (``planner_detail.editor_headers``), each column's full name its tooltip; the text
    columns of ``numbers`` aligned right, as numbers are."""
    out = {c: st.column_config.Column(label=h, help=c) for c, h in planner_detail.editor_headers(lang()).items()
           if c in frame.columns}
    for c in numbers:
        out[c] = st.column_config.TextColumn(label=out[c]["label"] if c in out else None,
                                             help=out[c].get("help") if c in out else None, alignment="right")
    return out


def _numbers(values, bounds: str) -> list[float | None]:
    """The numbers of an editor's text column (``number_text``), each within ``LIMITS[bounds]``; a cell that is no
    number or is out of bounds refuses the table's edit, naming the value."""
    low, high = LIMITS[bounds]
    out = []
    for typed in values:
        try:
            x = read_number(typed, lang())
        except fmt.NotANumber:
            raise TableRefused("not_a_number", value=str(typed)[:40]) from None
        if x is not None and not low <= x <= high:
            raise TableRefused("out_of_bounds", value=lambda la, x=x: fmt.number_short(x, 6, la),
                               low=lambda la: fmt.number_short(low, 6, la), high=lambda la: fmt.number_short(high, 6, la))
        out.append(x)
    return out


def _text_column(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """``frame`` with ``column``'s numbers as text in the reader's format (``number_text``)."""
    return frame.assign(**{column: pd.Series(number_text(frame[column], lang()), index=frame.index, dtype="object")})


def _standards(log_std: pd.DataFrame, v: int) -> None:
    base, from_log = st.session_state["wisn_std_base"], st.session_state["wisn_from_log"]
    params = wisn.Params(standards=base, from_log=from_log)
    hours, use = t("wisn_hours_unit"), t("std_col_use_log")
    frame = _text_column(planner_detail.standards_frame(params, log_std, lang()), hours)
    edit = st.data_editor(frame, key=f"wisn_std_{v}", hide_index=True, width="stretch", height=35 * (len(frame) + 1) + 3,
                          column_config={**_headers(frame, (hours,)), "kode": None},
                          disabled=[c for c in frame.columns if c not in (hours, use)])
    st.caption(t("std_log_help"))
    show.short_table(planner_detail.standards_notes(lang()))
    standards, chosen = {}, []
    for k, h, u in zip(edit["kode"], _numbers(edit[hours], "standards"), edit[use]):
        median = log_std.loc[k, "median"]
        if u and not fmt.is_gap(median):
            standards[k], chosen = float(median), chosen + [k]
        elif k in from_log:  # just unticked: back to the default standard
            standards[k] = wisn.STANDARDS[k].hours
        else:
            standards[k] = h
    bad = [k for k, x in standards.items() if fmt.is_gap(x) or float(x) <= 0]
    if bad:
        raise TableRefused("wisn_err_std", keys=lambda la: ", ".join(text(f"standard:{k}", la) for k in bad))
    standards = {k: float(x) for k, x in standards.items()}
    _edited(base, standards, "wisn_std_base")
    if tuple(chosen) != from_log:
        st.session_state["wisn_from_log"] = tuple(chosen)
        st.session_state["wisn_editor_version"] += 1


def _rates(drivers: pd.DataFrame, v: int) -> None:
    base = st.session_state["wisn_rates_base"]
    value = t("rates_col_value")
    frame = _text_column(planner_detail.rates_frame(wisn.Params(rates=base), drivers, lang()), value)
    edit = st.data_editor(frame, key=f"wisn_rates_{v}", hide_index=True, width="stretch", height=35 * (len(frame) + 1) + 3,
                          column_config={**_headers(frame, (value,)), "kode": None},
                          disabled=[c for c in frame.columns if c != value])
    st.caption(t("rates_help"))
    show.short_table(planner_detail.rates_notes(lang()))
    rates = dict(zip(edit["kode"], _numbers(edit[value], "rates")))
    bad = [need.RATES[k].label for k, x in rates.items() if fmt.is_gap(x) or float(x) < 0]
    if bad:
        raise TableRefused("wisn_err_rate", keys=lambda la: ", ".join(text(k, la) for k in bad))
    rates = {k: float(x) for k, x in rates.items()}
    _edited(base, rates, "wisn_rates_base")


def _support(names: dict[str, str], v: int) -> None:
    cas_base = st.session_state["wisn_cas_base"]
    # Typed columns: built from empty lists pandas would make the names a float column, and a row added in the
    # editor would come back without its kecamatan.
    cas_df = pd.DataFrame({t("wisn_activity"): pd.Series([planner_detail.cas_name(k, lang()) for k in cas_base],
                                                         dtype="object"),
                           "%": pd.Series(number_text(cas_base.values(), lang()), dtype="object")})
    cas_edit = st.data_editor(cas_df, key=f"wisn_cas_{v}", hide_index=True, num_rows="dynamic", width="stretch",
                              column_config=_headers(cas_df, ("%",)))
    st.caption(t("wisn_cas_help"))
    ias_base = st.session_state["wisn_ias_base"]
    ias_df = pd.DataFrame({"Kecamatan": pd.Series([names.get(k, k) for k in ias_base], dtype="object"),
                           t("wisn_ias_hours"): pd.Series(number_text(ias_base.values(), lang()), dtype="object")})
    ias_edit = st.data_editor(ias_df, key=f"wisn_ias_{v}", hide_index=True, num_rows="dynamic", width="stretch",
                              column_config={**_headers(ias_df, (t("wisn_ias_hours"),)),
                                             "Kecamatan": st.column_config.SelectboxColumn(
                                                 options=sorted(names.values()), required=True)})
    st.caption(t("wisn_ias_help"))
    # A row without a name or a percentage is no activity (an added row starts with neither).
    cas: dict[str, float] = {}
    for a, b in zip(cas_edit[t("wisn_activity")], _numbers(cas_edit["%"], "cas")):
        if b is not None and not fmt.is_gap(a) and str(a).strip():
            # An activity named twice counts twice, as a kecamatan's extra hours do below (a dict kept the last).
            key = planner_detail.cas_key(str(a).strip(), lang())
            cas[key] = cas.get(key, 0.0) + float(b)
    if (total := sum(cas.values())) >= 100:
        raise TableRefused("wisn_err_cas_total", total=lambda la: fmt.number(total, 1, la))
    code_of = {n: c for c, n in names.items()}
    ias: dict[str, float] = {}
    for n, h in zip(ias_edit["Kecamatan"], _numbers(ias_edit[t("wisn_ias_hours")], "ias")):
        if n in code_of and h is not None:
            ias[code_of[n]] = ias.get(code_of[n], 0.0) + h
    _edited(cas_base, cas, "wisn_cas_base")
    _edited(ias_base, ias, "wisn_ias_base")


def controls(names: dict[str, str], log_std: pd.DataFrame, drivers: pd.DataFrame) -> tuple[wisn.Params, dict] | None:
    """Draw the settings; return (Params, scenario settings) or None with the error shown."""
    _ensure()
    for k in WIDGETS:  # put back what a run of another page dropped
        if k not in st.session_state:
            st.session_state[k] = st.session_state[STORE][k]
    v = st.session_state["wisn_editor_version"]
    state = st.session_state
    try:
        # Each expander draws its widgets only when open; closed, its settings are the values kept in session state
        # (every edit is kept there as it is made, and current() reads them), so a change elsewhere does not redraw
        # five editors.
        exp = expander(t("wisn_awt_title"), "wisn_exp_awt", ":material/schedule:")
        with exp:
            if exp.open:
                preset = translated(st.selectbox, t("wisn_preset"), wisn.PRESETS, key="wisn_preset",
                                    on_change=_apply_preset, index=list(wisn.PRESETS).index(wisn.DEFAULT_PRESET),
                                    format_func=lambda p: planner_detail.preset_name(p, lang()))
                # Every edit of A to F is in session state by now (the boxes' callbacks ran before this run).
                st.caption(planner_detail.working_time_text(
                    preset, wisn.AWT(**{f: float(state[f"wisn_awt_{f}"]) for f in AWT_FIELDS}), lang()))
                for col, f in zip(st.columns(6), AWT_FIELDS):
                    hours = f == "hours_per_day"
                    decimal_input(t(f"awt:{f}"), f"wisn_awt_{f}", default=getattr(wisn.Params().awt, f),
                                  **_bounds(f"awt.{f}"), decimals=3 if hours else 1, container=col)
            awt = wisn.AWT(**{f: float(state[f"wisn_awt_{f}"]) for f in AWT_FIELDS})
            if exp.open and awt.hours > 0:  # no working time is refused below, with every other refusal
                st.caption(t("wisn_awt_result", hours=fmt.number(awt.hours, 0, lang()),
                             month=fmt.number_short(wisn.monthly_hours(awt), 1, lang())))
                # Under the boxes too: said only above the answer, out of view of the box being typed in.
                if note := planner.implausible_time_note(wisn.Params(awt=awt), lang()):
                    st.warning(note, icon=":material/warning:")
        exp = expander(t("wisn_rates_title"), "wisn_exp_rates", ":material/groups:")
        with exp:
            if exp.open:
                translated(st.radio, t("basis_label"), wisn.BASES, key="wisn_basis", help=t("basis_help"),
                           format_func=lambda b: t(f"basis_{b}"))
                _rates(drivers, v)
        exp = expander(t("wisn_std_title"), "wisn_exp_std", ":material/timer:")
        with exp:
            if exp.open:
                _standards(log_std, v)
                c1, c2, c3, c4 = st.columns(4)
                decimal_input(t("wisn_speed"), "wisn_speed", default=wisn.Travel().speed_kmh,
                              **_bounds("travel.speed_kmh"), decimals=1, container=c1)
                decimal_input(t("wisn_road"), "wisn_road", default=wisn.Travel().road_factor,
                              **_bounds("travel.road_factor"), decimals=2, container=c2)
                decimal_input(t("wisn_round"), "wisn_round", default=wisn.Travel().round_hours_per_desa,
                              **_bounds("travel.round_hours_per_desa"), decimals=2, container=c3)
                c4.checkbox(t("wisn_include_round"), key="wisn_include_round")
                st.caption(t("wisn_travel_model"))
                whole_number(t("wisn_min_months"), "wisn_min_months", low=int(LIMITS["min_active_months"][0]),
                             high=int(LIMITS["min_active_months"][1]), default=wisn.Params().min_active_months)
        exp = expander(t("wisn_cas_title"), "wisn_exp_cas", ":material/group_work:")
        with exp:
            if exp.open:
                _support(names, v)
        exp = expander(t("wisn_rules_title"), "wisn_exp_rules", ":material/rule:")
        with exp:
            if exp.open:
                r1, r2, r3 = st.columns(3)
                typed = {"per_penduduk": decimal_input(t("wisn_per_population"), "wisn_per_penduduk",
                                                       default=DEFAULT_EXTRA["per_penduduk"], **_bounds("per_penduduk"),
                                                       decimals=0, container=r1),
                         "per_desa": decimal_input(t("wisn_per_desa"), "wisn_per_desa", default=DEFAULT_EXTRA["per_desa"],
                                                   **_bounds("per_desa"), decimals=1, container=r2),
                         "tali_asih": decimal_input(t("wisn_allowance"), "wisn_tali_asih",
                                                    default=DEFAULT_EXTRA["tali_asih"], **_bounds("tali_asih"),
                                                    decimals=0, container=r3)}
                for (key, value), column in zip(typed.items(), (r1, r2, r3)):
                    if note := planner.rule_note(key, value, lang()):
                        column.warning(note, icon=":material/warning:")
                st.caption(" ".join(t(f"default_source:{k}") for k in ("people_per_tksk", "desa_per_tksk",
                                                                       "monthly_allowance_rp")))
    except TableRefused as exc:
        # The table's edit is not kept: the figures here stop, other pages go on with its last accepted values
        # and say so (fallback_note), as does the message.
        st.session_state[TABLE_REFUSED] = exc.with_traceback(None)  # kept without the frames of the edited tables
        st.error(f"{exc.text(lang()).rstrip('.')}. {t('wisn_table_refused')}")
        return None
    finally:
        st.session_state[STORE].update({k: st.session_state[k] for k in WIDGETS if k in st.session_state})
    st.session_state.pop(TABLE_REFUSED, None)
    # Every value drawn or edited above is kept in session state by now: the settings are those current() reads,
    # refused here for the reason they are replaced by the defaults elsewhere.
    if (problem := refused()) is not None:
        st.error(problem.text(lang(), in_file=False))
        return None
    return current()


def save_and_load(params: wisn.Params, extra: dict, table: Table, period_label: str) -> None:
    c1, c2 = st.columns(2)
    with c1:
        doc, name = planner.scenario_file(params, {**extra, "periode": period_label}, data().is_demo, lang())
        st.download_button(t("wisn_save_json"), doc, name, "application/json", key="wisn_save", on_click="ignore",
                           icon=":material/save:")
        show.downloads(table, key="wisn_table_dl")
    with c2:
        file_uploader(t("wisn_load"), type=["json"], key="wisn_upload", on_change=_load_file)
        if st.session_state.get("wisn_load_error"):
            st.error(t("wisn_load_error") + " " + st.session_state["wisn_load_error"].text(lang()))
        elif st.session_state.get("wisn_loaded"):
            name, version = st.session_state["wisn_loaded"]
            st.success(t("wisn_loaded", file=name))
            if version == 1:
                st.info(t("wisn_loaded_v1"))
