"""Beranda: what the dashboard is, the data period, demo or real, and the kecamatan table."""

from __future__ import annotations

from tksk import fmt, metrics
from tksk.present.common import Data, Settings, Table, caption, log_mode_label, only
from tksk.text import t

KECAMATAN_SOURCES = ("kemendagri_2025", "batas_desa", "podes_2021", "penduduk_desa_sp2010", "perkiraan_dashboard")


def headline(data: Data, s: Settings) -> dict:
    """Title, introduction, the four key figures and the log status line."""
    lang, region = s.lang, data.region_name()
    summary = metrics.home_summary(data["kecamatan"], data["pos_bulan"])
    period = data.manifest.get("log_period")
    span = f"{fmt.month_short(period[0], lang)} – {fmt.month_short(period[1], lang)}" if period else "—"
    return {
        "title": t("app_title", lang, region=region),
        "intro": t("home_intro", lang, region=region),
        "metrics": [(t("n_kecamatan", lang), fmt.number(summary["kecamatan"], lang=lang)),
                    (t("n_desa", lang), fmt.number(summary["desa"], lang=lang)),
                    (t("n_posts", lang), fmt.number(summary["posts_last_month"], lang=lang)),
                    (t("data_period", lang), span)],
        "status": f"{t('log_status', lang)}: **{log_mode_label(data, lang)}** · {t('store_built', lang)}: "
                  f"{fmt.timestamp(data.manifest['built_at'], lang)}",
    }


def kecamatan_table(data: Data, s: Settings) -> tuple[str, Table, str]:
    """(title, the reference table of every kecamatan with labelled columns, its caption)."""
    shown = metrics.kecamatan_overview(only(data["kecamatan"], s.kecamatan), s.lang)
    return (t("kecamatan_table", s.lang, region=data.region_name()),
            Table(shown, "kecamatan", decimals={shown.columns[5]: 1}),
            caption(data, s, KECAMATAN_SOURCES, logs=False))
