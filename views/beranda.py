"""Beranda: what the dashboard is, for whom, the data period, demo or real, and the kecamatan table."""

import streamlit as st

from tksk.present import home
from ui import frame, show
from ui.store import present

s = frame.settings()
head = present(home.headline, s)
frame.page_start(head["title"])
st.write(head["intro"])
for col, (label, value) in zip(st.columns([1, 1, 1.3, 2]), head["metrics"]):
    col.metric(label, value)
st.caption(head["status"])

title, table, caption = present(home.kecamatan_table, s)
st.subheader(title)
show.table(table, key="home_kec")
st.caption(caption)
