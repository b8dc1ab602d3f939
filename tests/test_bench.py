"""The benchmark's own parts, untimed: the bare app renders what it is compared as, and the load client's
requests are the BackMsgs a browser sends."""

from __future__ import annotations

from bench import bare, load
from helpers import ROOT


def test_bare_app_shows_a_title_a_16_row_table_a_chart_and_the_two_widgets(tmp_path):
    from streamlit.testing.v1 import AppTest

    script = bare.write(tmp_path / "app", ROOT / ".streamlit" / "config.toml")
    assert (script.parent / ".streamlit" / "config.toml").is_file()
    at = AppTest.from_file(str(script), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == bare.TITLES[bare.ORIGIN]
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == 16
    assert len(at.get("plotly_chart")) == 1
    assert at.selectbox(key=bare.SELECT_KEY).label == bare.SELECT_LABEL
    before = at.dataframe[0].value["nilai"].sum()
    at.number_input(key=bare.NUMBER_KEY).increment().run()
    assert at.dataframe[0].value["nilai"].sum() > before


def test_rerun_request_names_the_page_by_path_then_by_hash():
    from streamlit.proto.BackMsg_pb2 import BackMsg

    first = BackMsg.FromString(load.rerun_request("peta"))
    assert first.WhichOneof("type") == "rerun_script"
    assert (first.rerun_script.page_name, first.rerun_script.page_script_hash) == ("peta", "")
    later = BackMsg.FromString(load.rerun_request("kinerja", "abc123", ("h1", "h2")))
    assert (later.rerun_script.page_name, later.rerun_script.page_script_hash) == ("", "abc123")
    assert list(later.rerun_script.cached_message_hashes) == ["h1", "h2"]
    assert later.rerun_script.context_info.timezone == "Asia/Jakarta"


def test_the_reference_bare_page_runs_as_streamlit_does_out_of_the_box(tmp_path):
    """The goals compare with "a bare Streamlit page": its copy of the config keeps the client settings and
    leaves out how the dashboard's server runs scripts; the second copy keeps those too."""
    import tomllib

    config = ROOT / ".streamlit" / "config.toml"
    ours = tomllib.loads(config.read_text(encoding="utf-8"))
    assert ours["runner"]["postScriptGC"] is False
    plain = bare.write(tmp_path / "plain", config, streamlit_runner=True).parent / ".streamlit" / "config.toml"
    same = bare.write(tmp_path / "same", config).parent / ".streamlit" / "config.toml"
    plain_cfg = tomllib.loads(plain.read_text(encoding="utf-8"))
    assert "runner" not in plain_cfg and plain_cfg["client"] == ours["client"] and plain_cfg["theme"] == ours["theme"]
    assert tomllib.loads(same.read_text(encoding="utf-8")) == ours


def _clean_log_csv(demo_store, path, rows: int = 400):
    from bench.__main__ import _log_rows

    frame = _log_rows(demo_store.read("kecamatan"), demo_store.read("desa"), rows)
    frame.to_csv(path, index=False)
    return frame


def test_the_least_checking_import_aggregates_as_the_import_does(demo_store, tmp_path):
    import pandas as pd

    from bench.least import least_import
    from etl import aggregate
    from tksk import schema

    frame = _clean_log_csv(demo_store, tmp_path / "log.csv")
    least_import(tmp_path / "log.csv", tmp_path / "least", demo_store.read("kecamatan"), demo_store.read("desa"))
    assert pd.read_parquet(tmp_path / "least" / "log.parquet")["id_log"].tolist() == frame["id_log"].tolist()
    aggregate.write_partitioned(schema.log_table(frame.assign(
        **{c: pd.to_datetime(frame[c]) for c in ("tanggal", "tanggal_hasil")})), tmp_path / "logs")
    expected = aggregate.aggregate(tmp_path / "logs")
    assert len(expected["agg_kec_bulan"]) and len(expected["agg_desa_bulan"])
    for name in aggregate.AGG_SQL:
        got = pd.read_parquet(tmp_path / "least" / f"{name}.parquet")
        assert len(got) == len(expected[name]), name
        assert got.select_dtypes("number").sum().round(6).to_dict() == \
            expected[name].select_dtypes("number").sum().round(6).to_dict(), name


def test_the_least_checking_import_refuses_an_unknown_code_and_a_repeated_id(demo_store, tmp_path):
    import pytest

    from bench.least import least_import

    frame = _clean_log_csv(demo_store, tmp_path / "log.csv", rows=50)
    refs = demo_store.read("kecamatan"), demo_store.read("desa")
    frame.assign(kode_kec=["16.10.99"] + frame["kode_kec"].tolist()[1:]).to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(ValueError, match="kode_kec holds a value outside its list"):
        least_import(tmp_path / "bad.csv", tmp_path / "out", *refs)
    frame.assign(id_log=["B-0000000"] * len(frame)).to_csv(tmp_path / "twice.csv", index=False)
    with pytest.raises(ValueError, match="an id repeats"):
        least_import(tmp_path / "twice.csv", tmp_path / "out", *refs)
