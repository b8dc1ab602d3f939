"""Home: what the dashboard is, for whom, the data period, demo or real, and the kecamatan table."""

import streamlit as st

import ui
from tksk import fmt, metrics

lang = ui.lang()
s = ui.store()
region = ui.region_name()
ui.page_start("app_title", region=region)
st.write(ui.t("home_intro", region=region))

summary = metrics.home_summary(ui.table("kecamatan"), ui.table("pos_bulan"))
period = s.manifest.get("log_period")
c1, c2, c3, c4 = st.columns([1, 1, 1.3, 2])
c1.metric(ui.t("n_kecamatan"), fmt.number(summary["kecamatan"], lang=lang))
c2.metric(ui.t("n_desa"), fmt.number(summary["desa"], lang=lang))
c3.metric(ui.t("n_posts"), fmt.number(summary["posts_last_month"], lang=lang))
c4.metric(ui.t("data_period"), f"{fmt.month_short(period[0], lang)} – {fmt.month_short(period[1], lang)}" if period else "—")
mode = {"demo": ui.t("log_demo"), "real": ui.t("log_real"), "none": ui.t("log_none")}[s.manifest["log_mode"]]
st.caption(f"{ui.t('log_status')}: **{mode}** · {ui.t('store_built')}: {fmt.timestamp(s.manifest['built_at'], lang)}")

st.subheader(ui.t("kecamatan_table", region=region))
shown = metrics.kecamatan_overview(ui.only(ui.table("kecamatan"), ui.kecamatan_filter()), lang)
ui.show_table(shown, decimals={shown.columns[5]: 1})
st.caption(ui.t("caption_kecamatan", year=s.manifest["estimate"]["tahun"]))
ui.downloads(shown, "kecamatan_ogan_ilir", key="home_kec")
