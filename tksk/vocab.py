"""Coded vocabularies of the TKSK activity log: the one place each code and its labels live.

Sources: Permensos No. 28/2018 (three functions), DOMAIN.md ("What they do, and how often",
"Words": the 26 Kemensos PPKS/PMKS categories as Waruwu 2024 lists them).
Each entry is ``code: (label_id, label_en)``; codes never change once published, labels may.
"""

from __future__ import annotations

FUNCTIONS: dict[str, tuple[str, str]] = {
    "koordinasi": ("Koordinasi", "Coordination"),
    "fasilitasi": ("Fasilitasi", "Facilitation"),
    "administrasi": ("Administrasi", "Administration"),
}

# activity code -> (label_id, label_en, function, partner met for koordinasi or None)
ACTIVITIES: dict[str, tuple[str, str, str, str | None]] = {
    "kunjungan_rumah": ("Kunjungan rumah / asesmen PPKS", "Home visit / PPKS assessment", "fasilitasi", None),
    "pendampingan_sembako": ("Pendampingan penyaluran BPNT/Sembako", "Assistance at a BPNT/Sembako distribution", "fasilitasi", None),
    "pendampingan_beras": ("Pendampingan bantuan pangan beras", "Assistance at a rice food-aid distribution", "fasilitasi", None),
    "rujukan": ("Rujukan ke Dinas/lembaga", "Referral to the Dinas or an institution", "fasilitasi", None),
    "penyaluran_bantuan": ("Penyaluran bantuan lansia/disabilitas", "Delivering aid to elderly or disabled people", "fasilitasi", None),
    "tanggap_bencana": ("Asesmen bencana bersama Tagana", "Disaster assessment with Tagana", "fasilitasi", None),
    "verifikasi_dtks": ("Verifikasi dan validasi DTKS/DTSEN", "DTKS/DTSEN verification", "administrasi", None),
    "usulan_dtks": ("Usulan keluarga baru DTKS/DTSEN", "DTKS/DTSEN proposal of new households", "administrasi", None),
    "usulan_rutilahu": ("Usulan/verifikasi Rutilahu", "Housing repair (Rutilahu) proposal or check", "administrasi", None),
    "laporan_bulanan": ("Laporan bulanan", "Monthly report", "administrasi", None),
    "rapat_desa": ("Koordinasi dengan pemerintah desa", "Coordination with the village office", "koordinasi", "desa"),
    "rapat_psks": ("Pembinaan PSKS (PSM, Karang Taruna)", "Guidance of PSKS (PSM, Karang Taruna)", "koordinasi", "psks"),
    "rapat_program": ("Koordinasi pendamping program (PKH dll.)", "Coordination with programme staff (PKH etc.)", "koordinasi", "program"),
    "rapat_kecamatan": ("Rapat dengan camat atau Dinas", "Meeting with the camat or the Dinas", "koordinasi", "kecamatan"),
}

# The function whose log rows record the people and households served (the log's completeness rule asks for them
# there only): elsewhere an empty or 0 count is "not recorded", a gap, never "nobody served".
PEOPLE_RECORDED_IN = "fasilitasi"

# Lookups derived from ACTIVITIES, for mapping whole columns at once.
FUNCTION_OF: dict[str, str] = {a: v[2] for a, v in ACTIVITIES.items()}
PARTNER_OF: dict[str, str | None] = {a: v[3] for a, v in ACTIVITIES.items()}

PARTNERS: dict[str, tuple[str, str]] = {
    "desa": ("Pemerintah desa", "Village office"),
    "psks": ("PSKS", "PSKS"),
    "program": ("Pendamping program", "Programme staff"),
    "kecamatan": ("Camat / Dinas", "Camat / Dinas"),
}

PROGRAMMES: dict[str, tuple[str, str]] = {
    "sembako": ("BPNT / Program Sembako", "BPNT / Sembako programme"),
    "beras": ("Bantuan pangan beras (Bapanas/Bulog)", "Rice food aid (Bapanas/Bulog)"),
    "pkh": ("PKH", "PKH (conditional cash transfer)"),
    "dtsen": ("DTKS/DTSEN", "DTKS/DTSEN register"),
    "rehsos": ("Rehabilitasi sosial", "Social rehabilitation"),
    "rutilahu": ("Rutilahu (bedah rumah)", "Housing repair (Rutilahu)"),
    "linjamsos": ("Perlindungan sosial korban bencana", "Social protection for disaster victims"),
    "pemberdayaan": ("Pemberdayaan sosial / PSKS", "Social empowerment / PSKS"),
    "umum": ("Umum / lainnya", "General / other"),
}

# The 26 Kemensos PPKS (PMKS) categories, in the order DOMAIN.md lists them.
PPKS: dict[str, tuple[str, str]] = {
    "P01": ("Anak balita terlantar", "Neglected child under five"),
    "P02": ("Anak terlantar", "Neglected child"),
    "P03": ("Keluarga bermasalah sosial psikologis", "Family with psycho-social problems"),
    "P04": ("Penyandang disabilitas", "Person with disability"),
    "P05": ("Tuna susila", "Sex worker"),
    "P06": ("Gelandangan", "Homeless person"),
    "P07": ("Pengemis", "Beggar"),
    "P08": ("Pemulung", "Scavenger"),
    "P09": ("Etnis minoritas", "Ethnic minority"),
    "P10": ("Bekas warga binaan pemasyarakatan (BWBP)", "Former prisoner"),
    "P11": ("Penderita HIV/AIDS (ODHA)", "Person living with HIV/AIDS"),
    "P12": ("Korban penyalahgunaan NAPZA", "Victim of drug abuse"),
    "P13": ("Korban perdagangan manusia", "Victim of human trafficking"),
    "P14": ("Korban kekerasan", "Victim of violence"),
    "P15": ("Pekerja migran bermasalah sosial (PMBS)", "Migrant worker with social problems"),
    "P16": ("Korban bencana alam", "Natural disaster victim"),
    "P17": ("Korban bencana sosial", "Social disaster victim"),
    "P18": ("Perempuan rawan sosial ekonomi", "Economically vulnerable woman"),
    "P19": ("Fakir miskin", "Poor person"),
    "P20": ("Keluarga di rumah tidak layak huni", "Family in uninhabitable housing"),
    "P21": ("Anak yang membutuhkan perlindungan khusus", "Child needing special protection"),
    "P22": ("Anak berhadapan dengan hukum", "Child in conflict with the law"),
    "P23": ("Anak jalanan", "Street child"),
    "P24": ("Lanjut usia terlantar", "Neglected elderly person"),
    "P25": ("Penyandang disabilitas dengan HIV/AIDS", "Person with disability living with HIV/AIDS"),
    "P26": ("Komunitas adat terpencil", "Remote indigenous community"),
}

OUTCOMES: dict[str, tuple[str, str]] = {
    "selesai": ("Selesai ditangani", "Handled"),
    "dirujuk": ("Dirujuk", "Referred"),
    "bantuan_diterima": ("Bantuan diterima", "Aid received"),
    "menunggu": ("Menunggu / dalam proses", "Pending"),
    "ditolak": ("Ditolak / tidak memenuhi syarat", "Rejected"),
}

POST_STATUS: dict[str, tuple[str, str]] = {
    "aktif": ("Aktif", "Active"),
    "kosong": ("Kosong (lowong)", "Vacant"),
}

# Activities that handle one case and so must name its PPKS category; the others (a distribution, a disaster
# assessment) may name one.
CATEGORY_REQUIRED = frozenset({"kunjungan_rumah", "rujukan"})
# Activities for one household: a row's counts are a family's (``tksk.logs.rules``, a note above a few).
ONE_HOUSEHOLD = CATEGORY_REQUIRED

# Activities that happen in one desa and so must name it; the others happen at the kecamatan.
DESA_REQUIRED = frozenset(
    {"kunjungan_rumah", "pendampingan_sembako", "pendampingan_beras", "penyaluran_bantuan",
     "verifikasi_dtks", "rapat_desa", "tanggap_bencana"}
)



def code_by_label(table: str) -> dict[str, str]:
    """A vocabulary's labels in both languages, in lower case, with their code: a clerk who copies the label
    ("Kunjungan rumah / asesmen PPKS") from the template's list means the code."""
    pairs = {(label.strip().lower(), code) for code, v in globals()[table].items() for label in v[:2]
             if isinstance(label, str)}
    out = dict(pairs)
    # One label, one code: a label two codes shared would make a guess of the import.
    assert len(out) == len(pairs), table
    return out
