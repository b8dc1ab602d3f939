"""Personal data in text: what is recognised, how it is masked, and how a header is named by its kind.

What is caught (in every free-text column, every problem message, the last-import record and the audit log):

* NIK and KK numbers: 16 digits, written together or with spaces, dots, dashes (of any kind: "–", "—", "‑"), middle
  dots, slashes or underscores between digits (commas after a card's name: ``NIK 1610,0412,…``), alone or with a
  space either side (``1610012345678901``, ``1610 0123 4567 8901``, ``16.1001.2345.678901``,
  ``1610 - 0123 - 4567 - 8901``, ``1610/0123/4567/8901``);
* mobile numbers in the ``+62``, ``62`` and ``0`` forms, with or without spaces, dots, dashes or a bracketed
  prefix (``+62 812-3456-7890``, ``0812 3456 7890``, ``0812 - 3456 - 7890``, ``(0812) 3456789``,
  ``+62 (812) 3456-7890``), and without the 0 as a number cell of Excel keeps one (``81234567890``);
* e-mail addresses;
* a name written after a form of address, "KPM"/"penerima" or "atas nama": ``Bapak``/``Bpk``/``Bp``/``Pak``,
  ``Ibu``/``Bu``, ``Sdr``/``Sdri``/``Saudara``/``Saudari``, ``Tn``/``Ny``/``Nn``, ``Mbak``/``Mas``, ``Kak``/``Kakak``,
  ``Mbah``, ``Nenek``/``Kakek``, ``H``/``Hj``/``Haji`` (haji), ``Almarhum``/``Alm``, the everyday forms of Palembang
  Malay spoken in Ogan Ilir (``Mang``, ``Bik``, ``Nek``, ``Wak``/``Uwak``, ``Cek``/``Cik``, ``Yai``, ``Nyai``,
  ``Ayuk``, ``Mak``), ``Pakde``/``Bude``, ``Datuk``, ``Abah``/``Umi``, ``Ust.``/``Ustadz``/``Ustadzah``, ``Kyai``,
  followed by a space, a dot or a colon (``Bpk.Joko``, ``Ibu: Siti``, ``nek Ijah``); up to six following words that
  start with a capital letter (``Ibu Siti Aminah``), less the ordinary words among them (``QUALIFIERS``,
  ``ORDINARY``: "Cek Data DTKS", "KPM PKH", "Kakak Beradik" hold no name, "KPM PKH Siti" does); after ``a.n.``,
  ``a.n``, ``a/n``, ``an.`` or ``atas nama`` up to three words in any case; the capitalised words on both sides of
  ``bin``/``binti`` (``Siti Aminah binti Ahmad``);
* addresses: a street after ``Jl.``/``Jln.``/``Gg.``/``Lr.``/``Gang``/``Lorong`` with its number, after ``Jalan`` only
  with a house or kilometre number (``Jalan Lintas Timur No 12``; "Jalan Lintas Timur rusak" is a road), and RT/RW
  numbers (``RT 02/RW 03``, ``RT.02/RW.03``, ``RT 002 RW 001``, ``RT/RW 02/03``). A dusun is kept (see ``ADDRESS``);
* a given name common in South Sumatra (``GIVEN_NAMES``, any case; ``CAPITALISED_NAMES`` only capitalised) with the
  capitalised words next to it, up to a stop word (``Siti Aminah belum terima BPNT``, ``rumah siti rusak``); after
  ``Desa``/``Dusun``/``Kecamatan``, ``Masjid``, ``RS``/``RSUP``, ``Yayasan``, ``Hari`` or ``Tugu`` it is a place or a
  day (``Desa Sri Kembang``, ``RS Siti Khadijah``, ``Hari Kartini``), and ``Sri`` before a place word too (``Sri
  Mulya``); after an office (``OFFICES``: camat, kades, lurah, …) a registered area name is the office's area (``Pak
  Camat Indralaya Utara``), a name after it masked;
* a first name shortened (``Muh.``, ``Moh.``, ``Abd.``, ``M.``) or after ``Bang``/``Om``/``Tante``/``Mbok``/``Atok``/
  ``janda``/``ayah``, with the capitalised words after it; the names that follow a masked one in a list (``KPM:
  Rosnah, Yusni dan Marlena``); capitalised words before an age (``Nurmala, 68 th``, ``(Rosidin, 35 th)``);
  dates of birth after ``lhr``/``kelahiran`` or with ``di`` before the place; a street in lower case when a house
  number follows (``jln. merdeka no 12``). Category, office and role words (``KPM Miskin Ekstrem``, ``Kasi Rehsos``,
  ``Karang Taruna``), nouns in ke-/pe-…-an after ``Cek`` (``Cek Keaktifan KIS``) and trunk roads without a number
  (``Jl. Lintas Timur rusak``) are kept.

Any Unicode space (a no-break space pasted from the web or a chat) counts as a space and zero-width characters are
dropped before anything is looked for (``normalise``), in the masker and in the column check alike.

In notes only (``mask_note``; a message must quote a mistyped header or code as written): a word that no dictionary
of Indonesian roots holds (``tksk.words``) and no report or place word, when it is capitalised ("Ngatiyem belum
terima"), the first of a note, a line, a list item or after a colon or comma, or in lower case after a form of
address, a word that says whose, a verb of meeting or a masked name ("ibu warsini", "rumah tukinem", "ketemu
warsinah", "[nama disamarkan] lubis"); a name that is also a word after a form of address ("bu indah"). Everywhere:
landlines, a year of birth alone, a name before an age in brackets or after "umur", housing estates and blocks.

What is not caught: a name that is also a word, outside the lists and without a form of address ("Melati", "Untung"),
a house or village described without a street or RT ("rumah panggung dekat masjid"), and NIKs with a digit missing. Free text should not hold personal data at all; the
template says so. The patterns stay within RE2 syntax so Arrow can run the same detection over whole columns (the
stop lists are applied in Python, so Arrow sends "Cek DTKS" to the masker, which keeps it).
"""

from __future__ import annotations

import functools
import re
import time
import unicodedata

from tksk import words

NIK_MASK = "[NIK/KK disamarkan]"
NUMBER_MASK = "[nomor disamarkan]"
BIRTH_MASK = "[tanggal lahir disamarkan]"
PHONE_MASK = "[telepon disamarkan]"
NAME_MASK = "[nama disamarkan]"
EMAIL_MASK = "[surel disamarkan]"
ADDRESS_MASK = "[alamat disamarkan]"
PLATE_MASK = "[nopol disamarkan]"

# Between two digits of a number: nothing, one space, a dot, dash, slash or underscore (a file name's space), or
# such a mark with a space either side. Not a comma: it ends a number ("1610 0123 4567 8901,1610 …" is two NIKs; "jam
# 08.00-12.00, 13.00-16.00" no number at all). A dash of any kind (a word processor turns "-" into "–", a phone
# keyboard offers "—" and "‑") and a middle dot are marks too; they are matched as typed, so that a note is stored as
# the clerk wrote it ("Senin – Jumat") and Arrow looks for them in the same pattern.
_MARKS = ".\\-/_\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d\u00b7\u2027\u2219\u30fb\uff0e"
# Its groups may stand apart by up to three spaces (a tab is a space: ``normalise``). A line break or a bar between
# them only after the number's name (``CARD``): a list of years one per line is sixteen digits too.
_SEP = r"(?:[ " + _MARKS + r"]| ?[" + _MARKS + r"] ?| {2,3})?"
# Where a number ends: at the text's end, a character that is no digit nor a mark between digits, or such a mark
# with no digit after it ("…7890, 1610…" is two numbers; "…7890,1610…" one run, too long for either).
# An underscore ends one too: a file name's number and a counter after it ("…8901_1", "…8901_2"); so does a slash
# before another number that starts with 0, a second phone ("0812…/0711…").
_END = (r"($|[^0-9 " + _MARKS.replace("_", "") + r"]|[ " + _MARKS + r"]$|[ " + _MARKS.replace("_", "")
        + r"][^0-9]|/0)")
# Or after an item's number at a line's start ("#1 6013 0104 7788 1100", "2\t1610…" in a pasted table): the number
# and the card's digits stood apart by a space, and neither was read (pii24).
NIK = (r"(^|^[ " + _MARKS + r"]|[^0-9 " + _MARKS + r"]|[^0-9][ " + _MARKS + r"]|(?:^|\n)[ \t]*#?[0-9]{1,3}[ \t]+)([0-9](?:"
       + _SEP + r"[0-9]){15})" + _END)
# The mobile prefix 8xx is required (in brackets after +62 too): without it any 0 and six digits would be a phone.
# Or the 8 set apart from its next digits, as people group a number: two or three groups of three or four digits
# ("08-123-456-789", "08 1234 5678"); a time or a date after "08" has groups of two ("08.00-12.00", "08-11-2024
# 13.30"). "0062" is the international prefix dialled from abroad.
PHONE = (r"(^|[^0-9+])((?:\+62 ?\(8[0-9]{1,2}\)|(?:\+62|0062|62|\(\+?62\)|\(0|0)" + _SEP + r"\(?8[0-9]{1,2}\)?)"
         r"(?:" + _SEP + r"[0-9]){6,10})" + _END)
# The 8 set apart: not after digits and a mark, as NIK's start is read. "1610-08-2025-0001" (the template's id of
# kecamatan 08) is a code, and every file of Indralaya Selatan was refused as holding a phone number.
# The prefix's next digit or two may stand apart as well ("08-22-7788-9911" was stored whole; pii21): still two
# groups of three or four after them, which a date and a time ("08-11-2024 13.30") do not have.
PHONE_GROUPED = (r"(^|^[ " + _MARKS + r"]|[^0-9+ " + _MARKS + r"]|[^0-9][ " + _MARKS + r"])((?:\+62|0062|62|0)" + _SEP
                 + r"8(?:[ \-.][0-9]{1,2})?(?:[ " + _MARKS + r"][0-9]{3,4}){2,3})" + _END)
# A mobile number without its 0, as a number cell of Excel keeps "0812…" ("81234567890"): ten to twelve digits in
# one run that begin as a mobile prefix does (an amount after "Rp" is kept: ``_bare_phone_sub``).
PHONE_BARE = r"(^|[^0-9+.,])(8[1-9][0-9]{8,10})($|[^0-9.,]|[.,]$|[.,][^0-9])"
# A landline: an area code (02x to 07x and 09xx; mobile numbers begin 08) and five to eight digits, the code in
# brackets or not ("0711 580123", "(0711) 580-123", "021-5551234").
LANDLINE = (r"(^|[^0-9+])(\(?0[2-79][0-9]{1,2}\)?(?:[ .\-/]| ?[.\-/] ?|\) ?)?[0-9](?:[ .\-]?[0-9]){4,7})"
            + _END)
# Typed loosely too: spaces around "@" or a dot, "[at]" for "@", a full-width "＠", or a known provider's name
# without its ending ("ngatiyem@gmail").
# Bounded, and the local part starting where a word starts: unbounded runs either side of an optional space took 10 s
# on a 20 KB note. The domain ends in letters ("3 paket @ Rp.50.000" is a price, "@" read "each").
_AT = r"(?:[ \t]{0,3}[@" + "\uff20" + r"][ \t]{0,3}|[ \t]{0,3}[\[(](?i:at)[\])][ \t]{0,3})"
_PROVIDERS = r"(?i:gmail|yahoo|ymail|hotmail|outlook|icloud|live|rocketmail)"
EMAIL = (r"()((?<![A-Za-z0-9._%+\-'])[A-Za-z0-9._%+\-']{1,64}" + _AT
         + r"(?:[A-Za-z0-9\-]{1,63}(?: ?\. ?[A-Za-z0-9\-]{1,63}){0,4} ?\. ?[A-Za-z]{2,6}(?![A-Za-z0-9])|"
         + _PROVIDERS + r"(?:[.,]? ?[A-Za-z]{2,3})?(?![A-Za-z0-9])))()")
# A card's or an account's number, or a phone number, after its name, however long and however its digits are grouped ("BPJS
# 0001234567891", "no rek BRI 0123-01-012345-50-1", "NPWP 12.345.678.9-012.000", "NIK 1610,0412,3456,0005"), and a
# bare run of 13 digits or more (a NIK a digit short or long, two written together, a BPJS number).
# After its name a number may be grouped any way a clerk finds ("NIK 1610:0123:4567:8901", "(1610) 0123 …"), and up
# to three words may stand between ("rekening Bank Sumsel Babel 1234509876", "no peserta PKH 161001234567").
_CARD_WORDS = (r"(?i:bpjs|kis|kip|kks|npwp|nik|nkk|kk|no\.?\s*rek|rek|rekening|norek|hp|wa|telp|tlp|telepon|kontak|"
               # a programme's, a participant's or a card's number ("peserta PKH 161001234567"); a list of years after
               # them is no number ("PKH 2021, 2022, 2023": a comma and a space part them, see _CARD_SEP)
               r"whatsapp|atm|nisn|npsn|pkh|peserta|kartu|sim|paspor|tabungan|jkn|"
               # a household's number in a programme or a register, a utility's customer number
               r"bpnt|dtsen|dtks|pln|pelanggan|"
               # an account's number after its bank alone, without "rek" ("transfer ke BRI 0123 01 012345 50 1",
               # "ke BSI 7123456789"; pii34): nine digits or more, so "BRI 2024 tahap 3" stays
               r"bri|bni|bsi|btn|bca|mandiri|bank)")
# Between its groups a comma alone ("1610,0412,…"), not a comma and a space: "KK 12, 15, 20, 33" is a list of counts.
_CARD_SEP = r"(?:,|[ \n|*+~:;()" + _MARKS + r"]|[ \n]?[|*+~:;()" + _MARKS + r"][ \n]?| {2,3})?"
CARD = (r"(^|[^A-Za-z])(" + _CARD_WORDS + r"\.?(?:\s+[A-Za-z]{2,10}){0,3}\s*[.:]?\s*\(?)([0-9](?:" + _CARD_SEP
        + r"[0-9]){8,40})"
        r"|(^|[^0-9])([0-9]{13,})()")
_CARD_LEFTOVER = re.compile(r"(^|[^A-Za-z])(" + _CARD_WORDS + r"\.?(?:\s+[A-Za-z]{2,10}){0,3}\s*[.:]?\s*\(?)[0-9](?:"
                            # eight digits or more: a year beside a phone is no part of it ("KIS 2024 0711 …")
                            + _CARD_SEP + r"[0-9]){7,}\s*\[(?:telepon|nomor|NIK/KK) disamarkan\]", re.ASCII)
# A date after "lahir", "TTL" or "tanggal lahir", with the place before it where there is one ("TTL Palembang,
# 12 Mei 1950", "lahir 12-05-1950").
# A whole date, or a year alone ("kelahiran 1950", "lahir thn 1950"): with an age or a desa a year of birth is enough
# to find a person.
_FULL_DATE = r"[0-9]{1,2}\s*[-/. ]\s*(?:[0-9]{1,2}|[A-Za-z]{3,9})\s*[-/. ]\s*[0-9]{2,4}"
_ISO_DATE = r"(?:19|20)[0-9]{2}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}"
# A birthplace of up to four words ("Tanjung Batu Timur", "Sungai Pinang III"), before a date or a year.
_BIRTH_PLACE = r"(?:(?:(?i:di)\s+)?(?:[A-Za-z]+(?:\s+[A-Za-z]+){0,3}\s*[,/]?\s*)?)"
# A bare year after a place too when "di" says it is one ("lahir di Sungai Pinang 1956": the year went out only as a
# PIN, "Pinang" read "pin"; pii21). Without "di" a word before a year is no place ("lahir 1950 cair 2024").
_BIRTH_DATE = (r"(?:" + _BIRTH_PLACE + r"(?:" + _ISO_DATE + r"|" + _FULL_DATE + r"|(?:(?i:thn|tahun|th)\.?\s*)['’]?(?:19|20)?[0-9]{2})"
               + r"|(?:(?i:di)\s+[A-Za-z]+(?:\s+[A-Za-z]+){0,3}\s*(?:,\s*)?)?(?:19|20)[0-9]{2})")
# After "lahir", "TTL" or "tanggal lahir" (and "lahirnya", "lahir tgl", "lahir pd"): a date with the place before it
# where there is one ("TTL Palembang, 12 Mei 1950", "ttl indralaya 12-05-1950"), or a year ("lahir th 52").
# "lahirnyo" is Palembang's "lahirnya": read as "lahir", it lost its "nyo" and the date's space (pii21). A year may
# be written with an apostrophe ("lahir tahun '48"; pii23).
BIRTH = (r"(^|[^A-Za-z])((?i:(?:ke)?lahir(?:an|nya|nyo)?|lhr|ttl|dob|tgl\.?\s*(?:lahir|lhr)(?:nya)?|tanggal\s+lahir(?:nya)?)"
         r"\s*[.:,]?\s*(?:(?i:tgl|tanggal|pd|pada)\.?\s+)?)(" + _BIRTH_DATE + r")")

# A second date, or one a few words after the key word ("Tgl lahir berbeda: KTP 12-05-1950, KK 15-06-1952"): a date
# within the clause after it is a date of birth too.
BIRTH_LATER = (r"(^|[^A-Za-z])((?i:lahir(?:nya)?|lhr|ttl|dob)[^0-9\n.;]{0,25}?)(" + _ISO_DATE + r"|" + _FULL_DATE + r")")


def _alternation(words) -> str:
    """``words`` as one alternation factored by shared prefixes ("ba(?:pak|...)"): Python's engine tries the
    branches of an alternation one by one at every position, and a flat list of sixty titles took twice as long
    as this. Plain RE2 syntax; matches exactly the words given."""
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node):
        branches = [re.escape(c) + emit(node[c]) for c in sorted(c for c in node if c)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(tree)


# Forms of address, in lower case (matched in any case): Indonesian, Javanese and Islamic ones, and the everyday
# ones of Palembang Malay spoken in Ogan Ilir (Mang, Bik, Nek, Wak, Cek, Cik, Yai, Nyai, Ayuk, Mak, Uwak), with "KPM"
# and "penerima" (the person served, named after them).
TITLES = ("bapak bpk bp pak ibu bu sdr sdri saudara saudari tn ny nn nyonya tuan mbak mas kak kakak mbah nenek kakek "
          "almarhumah almarhum alm almh hj h haji hajah hajjah mang bik bibi nek wak uwak cek cik yai nyai ayuk mak "
          "abah umi pakde pakdhe bude budhe datuk ust ustad ustadz ustadzah ustaz ustazah kyai kiai kpm penerima "
          # a name said as one ("Nama: Siti", "KPM bernama Juleha", "KPM an Samsiah"), a person's family ("anak
          # Maimunah", "Kepala keluarga Ahmad"), and academic titles ("drs. Karto")
          "nama bernama an anak istri suami cucu adik keluarga drs dra dr ir prof "
          # whose kin ("suaminya Darwis", "Istrinya Lela"): a name that is also a word, capitalised after them
          "namanya suaminya istrinya anaknya cucunya adiknya kakaknya ibunya bapaknya ayahnya menantunya "
          # the Palembang nobility's hereditary titles, written before a given name (Kemas, Kiagus, Masagus, Nyimas,
          # Nyayu, Raden and their short forms)
          "kms kemas kgs kiagus mgs masagus nyimas nyayu raden rd "
          "muh moh mhd moch abd bang abang om tante mbok atok janda duda ayah mertua si lek paklik bulik "
          # Palembang's own words for mother and father, and the Chinese-Indonesian forms of address
          "umak ebak koh engkoh cici encik cece ce ci "
          # Palembang's elder brother ("Dang Firman", "Kakdang Rusli")
          "dang kakdang "
          # English, in a note written in English ("Mr. Untung needs a wheelchair"; pii34)
          "mr mrs mdm madam "
          # as typed in a chat ("buk", "pk"), and the kin and elders of Palembang and Java a note names people by
          "buk dek adek yuk mamak makcik pakcik paman eyang inang amang uak ninik nyak mamang apak alias "
          # the Palembang forms of "namanya", "bernama" and whose kin ("namonyo Jalil", "bininyo Jalil sakit": a
          # name that is also a word, kept after them; pii34)
          "namonyo bernamo suaminyo lakinyo istrinyo bininyo anaknyo cucunyo adeknyo kakaknyo umaknyo bapaknyo "
          "menantunyo"
          ).split()

# Given names common in South Sumatra, found without a form of address before them ("Siti Aminah belum terima
# BPNT", "rumah siti rusak"): in any case, none of them an Indonesian word or a place name of Ogan Ilir (a test
# checks the place names). Not a census of names: a name that is not here is caught only after a form of address.
GIVEN_NAMES = tuple("""
    siti aminah fatimah fatmawati aisyah aisah asiah khadijah maimunah juleha zulaikha zubaidah zaleha saleha salmah
    rohaya rohimah rohmah romlah rosmawati rosmiati rosidah rosita nurhayati nurjanah nurjannah nurlela
    nurbaiti nuraini nursiah sumiati suryani yanti yuliana yulianti yusnani yusnita marlina ernawati asmawati
    mardiah hamidah halimah salamah saodah komariah jamilah rukiah mariam maryam zainab hasanah masitoh mahmudah
    munawaroh rahmawati susanti sulastri suharti sumarni sukarni sartini painem tukiyem wagiyem ponirah rusmini
    rusmiati kartini mulyani herawati darmawati misnah minah ijah wati dewi sri rina rini rita yeni
    muhammad mohammad mohamad muhamad muhammed ahmad achmad abdul abdullah abdurrahman agus joko slamet
    bambang hendra hendri iwan rudi dedi edi heri andri dodi hasan husin husein ismail ibrahim yusuf usman umar
    hamid hamzah ridwan rahman zainal zainudin zainuddin arifin syamsul samsul sulaiman sulaeman rivai rifai saman
    sahrul syahrul syahril sahril sarkowi jumadi junaidi firdaus herman darmawan suparman suparno sutrisno sugianto
    supriadi suherman sukirman sumarno mulyadi hamdani ramli rusli syarifudin syarifuddin nasrul zulkifli
    zulkarnain efendi effendi irawan kurniawan setiawan gunawan hidayat nurdin jamaludin jamaluddin kamaludin
    syahrudin amirudin bahrudin burhanudin saipul saiful syaiful udin ujang dolah somad anwar ansori anshori mansur
    marzuki tarmizi tamrin thamrin yahya yunus yusri zakaria daud idris ilyas harun ishak sofyan sopian apriadi
    karto rosnah mardiana nurmala sarinah rosidin jumari samsudin yusnaini yusni marlena rasyid nur'aini ma'ruf
    pardi parman tarno darto sumi asep tono anto komar juned yati tuti susi yuni desi inah onah butet togar acong
    erwin yakub lukas musa nina lina tina lusi
    darmi santi karni parmi tarmi sarni hasni salma irma fadli bakri basri sapri sabri hamdan rahmi
    """.split())
# Given names that are also ordinary words or parts of them (budi pekerti, nur, arif, ayu, eka, dwi, tri), or too
# short to stand alone in lower case: names only when capitalised.
CAPITALISED_NAMES = tuple("budi nur arif ani ali amir ayu putri lestari rahmat eka dwi tri makmur rahim rizki rohani "
                          "fitri ilham mahmud karim ratna dian purnama wulan sinta intan melati fajar bagas sukma "
                          # names that are also words of the dictionary (red-team of 2026-12-05)
                          "taufik maria ucok gani "
                          # (red-team of 2026-12-05, second round)
                          "kadir jamal halim hafiz muslimin mursyid samad syarifah lela galih gilang rani nia tika "
                          "lili beni indra amin bayu wahyu akbar satria malik salim candra endang tegar sandi wahid"
                          .split())
WORD_NAMES = frozenset("indah sari teguh ratna fitri ilham mahmud karim untung slamet rahmat putri dewi intan melati "
                       "bunga mulya jaya cahaya iman ayu budi sukma fajar bagas sinta tari wulan bulan bintang mega "
                       "kartika permata mutiara mawar melur lestari kasih rahayu rahmah syarifah aini ardi harapan "
                       "nugraha pratama wijaya kurnia rizki rezeki sejahtera setia suci murni "
                       # (red-team of 2026-12-05, second round: "pak amin", "Pak Hari Wibowo")
                       "amin indra kadir bayu wahyu yoga candra rani nia tika adi salim malik jamal halim "
                       "galih santi salma ida endang satria putra sandi tegar akbar rahmi lela nila irma "
                       # words of Ogan Ilir's desa names that are names after a form of address ("pak kamal")
                       "kamal beti sakti bujang dayang gading "
                       # common names of South Sumatra that are KBBI roots, typed small after a title ("pak jalil",
                       # "bu meri", "mang seman", "wak peri", "nek sumo", "pak mamat"; pii34)
                       "jalil mamat meri seman peri sumo".split())
# A name that is also a word, first in a note or a line and followed by what the person is ("Sabar suami KPM
# sakit paru", "Berlian Sari hamil", "Untung buruh tani"): with no form of address before it, it read as the word.
# The word after it is one that only a person is; "Untung hujan reda", "Harapan warga" stay words.
_PERSON_AFTER = r"(?i:suami|istri|isteri|anak|ybs|kpm|lansia|janda|duda|buruh|petani|hamil|meninggal|sakit|odgj|tukang|korban)"
_WORD_NAME = (r"(?:" + _alternation([w.capitalize() for w in sorted(WORD_NAMES | {"sabar", "embun", "berlian", "ramadhan",
                                                                                   "ramadan", "rajab", "syawal", "muharram", "mei"})])
              + r")(?:[ \t]+[A-Z][a-z]+)?")
_WORD_NAME_FIRST = _WORD_NAME + r"[ \t]+" + _PERSON_AFTER + r"(?:$|[^A-Za-z\-])"  # "anak-anak" are children
_DETECT_WORD_NAME_FIRST = r"(?:^|\n)[ \t]*(?:[0-9]{1,3}[.)][ \t]*)?" + _WORD_NAME_FIRST
# Or first in a sentence and set apart by whose kin the person is ("Pak Darto. Untung, anaknya, sedang sakit"): read
# as the word once a name no longer ran on across the full stop (pii24).
_KIN_APPOSITION = (r",[ \t]+(?i:anak|istri|isteri|suami|cucu|adik|kakak|ibu|bapak|ayah|menantu|keponakan|ponakan|mertua)"
                   r"(?i:nya|nyo)?,")
_DETECT_WORD_NAME_APPOSITION = r"(?:^|\n|[A-Za-z0-9]\.[ \t]+)" + _WORD_NAME + _KIN_APPOSITION
_CAP_WORD = r"[A-Z][A-Za-z'.\-]*"
_MASKED_NAME = NAME_MASK.replace("[", r"\[").replace("]", r"\]")
_SEP_TITLE = r"(?:\s+|\s*[.:]\s*)"
_AN = r"a\.\s?n\.?|a/n|an\.|atas\s+nama"
# Up to six capitalised words: a qualifier may stand between the title and the name ("KPM PKH Siti Aminah", "Pak
# Kades Tanjung Raja Budi Santoso"); which of them is a name is decided in Python (``_name_sub``), against the stop
# lists below.
# Between the words of one name a space or a tab, never a line break: a list of names one per line ("Wak Rasidin /
# Nek Saodah / Yai Sulaiman") was read as one name and its lines were lost in the marker.
_WS = r"[ \t]+"
# A form's or a table's name field written with "=" ("Nama=Suryani"; pii24): only "nama", as "KPM = Rp 56.250.000" is
# a sum.
_NAME_EQUALS = r"(?i:nama|namanya)\s*=\s*"
NAME = (r"(^|[^A-Za-z\-])((?:(?i:" + _alternation(TITLES) + r")" + _SEP_TITLE + r"|" + _NAME_EQUALS + r"|M\s*\.\s*))(" + _CAP_WORD + r"(?:" + _WS
        + _CAP_WORD + r"){0,5})"
        r"|(^|[^A-Za-z])((?i:" + _AN + r")\s*:?\s*)([A-Za-z][A-Za-z'.\-]*(?:" + _WS + r"[A-Za-z][A-Za-z'.\-]*){0,2})"
        # "Siti Aminah binti Ahmad": the words on both sides (on the left, a name already masked too).
        r"|(^|[^A-Za-z])(" + _CAP_WORD + r"(?:" + _WS + _CAP_WORD + r"){0,2}|" + _MASKED_NAME + r")(\s+(?i:bin(?:ti)?)\s+)("
        + _CAP_WORD + r"(?:" + _WS + _CAP_WORD + r"){0,2})")

# Addresses: a street with its house number, and RT/RW numbers. "Jl."/"Jln."/"Gg."/"Lr." and "Gang"/"Lorong"
# before a capitalised name are an address however short; "Jalan" is also the everyday word for the road a report
# is about ("Jalan Lintas Timur rusak"), so it is an address only with a house or kilometre number after the name.
# A dusun (Dusun II) is kept: it is a part of the desa whose code every row holds, hundreds of households, and
# where a road is cut off is what an obstacle report is for; the RT/RW numbers after it are masked.
_RTRW = (r"(?i:rt)\s*/\s*(?i:rw)\s*[.:]?\s*[0-9]+\s*[/.\-]\s*[0-9]+"
         r"|(?i:rt)\s*[.:]?\s*[0-9]+\s*/\s*[0-9]+"  # "rt 4/2": the RW after the slash
         r"|(?i:rt|rw)\s*[.:]?\s*[0-9]+(?:\s*[/,.\-]?\s*(?i:rw)\s*[.:]?\s*[0-9]+)?")
_STREET_WORD = r"[A-Z0-9][A-Za-z0-9'\-]*\.?"
_STREET_NAME = _STREET_WORD + r"(?:\s+" + _STREET_WORD + r"){0,3}"
# The number after a street written short ("jln kenanga 12", "Gg. Mawar No. 3", "blok c2 no 5").
_HOUSE_NO = r"(?:\s*,?\s*(?i:no|nomor|km)\s*\.?\s*[0-9]+[A-Za-z]?|\s+[0-9]{1,4}[A-Za-z]?(?:$|[\s,;)]))"
# After "Jalan" a kilometre mark is where on a road a report is ("Jalan Nasional KM 32 longsor"), not a home,
# unless an RT follows it.
_JALAN_NO = r"\s*,?\s*(?i:no|nomor)\s*\.?\s*[0-9]+[A-Za-z]?"
_JALAN_KM = r"\s*,?\s*(?i:km)\s*\.?\s*[0-9]+[A-Za-z]?"
_RTRW_TAIL = r"(?:\s*,?\s*(?:" + _RTRW + r"))?"
# Streets, and housing estates with their blocks ("Perum Griya Indah Blok C2 No. 5", "Komp. Pemda").
_STREET_ABBR = (r"(?i:" + _alternation(["jl", "jln", "gg", "lr", "lrg", "perum", "komp", "komplek", "kompleks", "blok"])
                + r")(?:\s*\.\s*|\s+)")
# With a house number the street's words may be typed in lower case ("jln. merdeka no 12"): the number keeps it an
# address ("gang sempit" alone is no street).
_STREET_NAME_ANY_CASE = r"[A-Za-z0-9][A-Za-z0-9'\-]*\.?(?:\s+[A-Za-z0-9][A-Za-z0-9'\-]*\.?){0,3}"
# A home's street said as one ("alamat Jalan Kenanga 12"), or an estate or barracks with a house number ("Perumahan
# Griya Sejahtera No 12"): without the number "Dinas Perumahan Rakyat" is an office.
_HOMES = (r"(?:(?i:alamat(?:nya)?)\s*:?\s*(?i:jalan)\s+|(?i:perumahan|asrama)\s+)" + _STREET_NAME_ANY_CASE + _HOUSE_NO)
# In the masker a street's words stop at "RT"/"RW": "Gg. Damai RT.003/RW.001" took "RT." as a street word and left
# "003" (the detection pattern, in RE2 without lookahead, keeps the plain words: it only decides a look).
_NOT_RTRW = r"(?!(?i:rt|rw)\b)"
_M_STREET_WORD = _NOT_RTRW + _STREET_WORD
_M_STREET_NAME = _M_STREET_WORD + r"(?:\s+" + _M_STREET_WORD + r"){0,3}"
_M_ANY_WORD = _NOT_RTRW + r"[A-Za-z0-9][A-Za-z0-9'\-]*\.?"
_M_STREET_NAME_ANY_CASE = _M_ANY_WORD + r"(?:\s+" + _M_ANY_WORD + r"){0,3}"
_M_HOMES = (r"(?:(?i:alamat(?:nya)?)\s*:?\s*(?i:jalan)\s+|(?i:perumahan|asrama)\s+)" + _M_STREET_NAME_ANY_CASE + _HOUSE_NO)
# A house by its number alone ("rumah no 23 sebelah warung").
_HOUSE = r"(?i:rumah|rmh)\s+(?i:no|nomor|nmr)\s*\.?\s*[0-9]{1,4}"
ADDRESS = (r"(^|[^A-Za-z])(" + _HOUSE + r"[A-Za-z]?(?:$|[\s,;)])|(?:" + _STREET_ABBR + r"|(?i:gang|lorong)\s+)(?:" + _M_STREET_NAME_ANY_CASE + _HOUSE_NO + r"|"
           + _M_STREET_NAME + r")" + _RTRW_TAIL
           + r"|(?i:jalan)\s+" + _M_STREET_NAME + r"(?:" + _JALAN_NO + _RTRW_TAIL + r"|" + _JALAN_KM + r"\s*,?\s*(?:"
           + _RTRW + r"))"
           # with "no" and a house number the street's words may be typed in lower case after "jalan" too, as after
           # "jln" ("jalan merdeka no 12" was stored as typed; pii34)
           + r"|(?i:jalan)\s+" + _M_STREET_NAME_ANY_CASE + _JALAN_NO + _RTRW_TAIL
           + r"|" + _M_HOMES + r"|" + _RTRW + r")")

# Whether a text holds any of them, as one pattern (for Arrow over a whole column): the patterns above, each cut to
# what decides that there is one (a title and a capital letter after it, a character before "@"). It cannot read
# the stop lists below: "Cek DTKS" is found, and kept by the masker.
_DETECT_NAME = (r"(?:^|[^A-Za-z])(?:(?:(?i:" + _alternation(TITLES) + r")" + _SEP_TITLE + r"|" + _NAME_EQUALS
                + r"|M\s*\.\s*)[A-Z]|" + _STREET_ABBR
                + r"[A-Z0-9]|(?:" + _STREET_ABBR + r"|(?i:gang|lorong)\s+)" + _STREET_NAME_ANY_CASE + _HOUSE_NO + r"|" + _HOMES + r"|(?i:gang|lorong)\s+[A-Z0-9]|(?i:jalan)\s+" + _STREET_NAME_ANY_CASE + _JALAN_NO + r"|(?i:" + _AN
                + r")\s*:?\s*[A-Za-z]|(?:" + _RTRW + r")|(?:[A-Z][A-Za-z'.\-]*|" + _MASKED_NAME
                + r")\s+(?i:bin(?:ti)?)\s+[A-Z]|" + _HOUSE + r")")
_DETECT_EMAIL = r"[A-Za-z0-9._%+\-']" + _AT + r"[A-Za-z0-9\-]"
# An address spelled out so that no machine reads it ("juleha123 at gmail dot com"): only before a mail provider's
# name, as "at" is also an English word.
EMAIL_SPELLED = (r"(^|[^A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]{2,64}[ \t]+(?i:at)[ \t]+" + _PROVIDERS
                 + r"(?:[ \t]*(?:\.|(?i:dot|titik))[ \t]*[A-Za-z]{2,3}){0,2})")
_DETECT_EMAIL_SPELLED = r"[A-Za-z0-9._%+\-][ \t]+(?i:at)[ \t]+" + _PROVIDERS
# A given name of the lists above, as a word of its own ("Sitinah" is another name, "Bangsiti" none).
_GIVEN = (r"(?:(?i:" + _alternation(GIVEN_NAMES) + r")|" + _alternation([n.capitalize() for n in CAPITALISED_NAMES]
                                                                         + [n.upper() for n in CAPITALISED_NAMES]) + r")")
_DETECT_GIVEN = r"(?:^|[^A-Za-z'])" + _GIVEN + r"(?:$|[^A-Za-z'])"
# Any one of them: for a vectorised "does this cell hold personal data" over a column.
# A capitalised word and an age after it ("Nurmala, 68 th", "(Rosidin, 35 th)").
# An age after a name: "Nurmala, 68 th", "Tan Sui Kim umur 74 thn", "Ramlah (68)".
_AGE = r"\s*,?\s*(?:(?i:umur|usia|umurnya)\s*[.:]?\s*[0-9]{1,3}|\(?[0-9]{1,3}\s*(?i:th|thn|tahun)|\(\s*[0-9]{1,3}\s*\))"
_DETECT_AGED = r"(?:^|[^A-Za-z'\-])[A-Z][A-Za-z'.\-]*" + _AGE + r"(?:$|[^A-Za-z0-9])"
# A vehicle's plate (South Sumatra's BG and its neighbours' letters): whether a household owns a motorbike decides
# its place in the DTKS, so clerks write it down ("motor BG 1234 XY dijual"); a plate finds its owner. Limited to
# those letters: any two letters, digits and letters would take "RT 05 RW".
PLATE = (r"(^|[^A-Za-z0-9])((?:BG|bg|Bg|B[AEHNDLKMP])[ \-]?[0-9]{1,4}[ \-]?[A-Za-z]{1,3}"
         # Jakarta's B alone, with three or four digits and its letters in capitals ("B 1234 KZT"): a child's car
         # in Jakarta is still the household's
         r"|B[ \-]?[0-9]{3,4}[ \-]?[A-Z]{1,3}"
         # and the other regions' one letter, in capitals with three or four digits, spaced as on the plate ("motor
         # D 4455 ABC" bought in Bandung, "F 1234 XY"): "RT 05", "Kelas 1B" are none, nor an id ("T-0001B")
         r"|[DEFGHKLNPRSTWZ] [0-9]{3,4} [A-Z]{1,3})($|[^A-Za-z0-9])")
# A card's or a certificate's number written with letters in it ("KIP 5K9H7Q", "akta lahir 1610-LT-12052019-0034"):
# after the card's name, a token of letters and at least three digits. (The detection, in RE2 for Arrow, is looser:
# the card's name and a token with two digits; ``mask`` decides.)
_CARD_CODE_WORDS = r"(?i:kip|kis|kks|bpjs|jkn|kartu|akta(?:\s+(?:lahir|kelahiran|kematian|nikah|cerai))?)"
_CARD_CODE_LEAD = r"(^|[^A-Za-z])(" + _CARD_CODE_WORDS + r"\.?\s*(?:(?i:no|nomor|nomer)\.?\s*)?[.:]?\s*)"
CARD_CODE = (_CARD_CODE_LEAD + r"((?=[A-Za-z0-9\-/.]*[A-Za-z])(?=(?:[A-Za-z\-/.]*[0-9]){3})"
             # not an amount ("BPJS 42.000/bln") nor a date with its month in letters ("akta lahir 05-Mar-2024")
             r"(?![0-9]{1,3}(?:\.[0-9]{3})+)(?![0-9]{1,2}[-/. ][A-Za-z]{3,9}[-/. ][0-9]{2,4}(?![A-Za-z0-9]))"
             r"[A-Za-z0-9][A-Za-z0-9\-/.]{4,39}[A-Za-z0-9])(?![A-Za-z0-9])")
_DETECT_CARD_CODE = _CARD_CODE_LEAD + r"[A-Za-z0-9\-/.]*[0-9][A-Za-z\-/.]*[0-9]"
# A card's PIN, a few digits after its word ("PIN KKS 123456").
# "pin" a word of its own: as the start of one, "Sungai Pinang 2025" and "pindah 2024" lost their years as "PIN ang"
# and "PIN dah" (pii21). RE2 too (it is part of ``ANY``): no look-around.
PIN = r"(^|[^A-Za-z])((?i:pin)(?:[\s.:]+(?:[A-Za-z]{2,10}[\s.:]*)?)?)([0-9]{4,8})($|[^0-9])"
# A whole date before 2010 with no "lahir" before it ("Indralaya, 12-05-1950", "Kayuagung, 17 Agustus 1945"): a
# TKSK's log starts in 2019 and reports on its own days; a day, month and year that old is a birth date.
# Not a part of a longer code (a desa's 16.10.05.2004 holds "10.05.2004"): no digit and separator before it, none
# after, written for RE2 too (no look-behind there), as Arrow's first look reads ids with the same pattern.
OLD_DATE = (r"(^|[^0-9./\-]|[^0-9][./\-])([0-9]{1,2}\s*[-/. ]\s*(?:[0-9]{1,2}|[A-Za-z]{3,9})\s*[-/. ]\s*"
            r"(?:19[0-9]{2}|200[0-9]))($|[^0-9./\-]|[./\-]$|[./\-][^0-9])")
ANY_PARTS = (NIK, PHONE, PHONE_GROUPED, PHONE_BARE, LANDLINE, _DETECT_EMAIL, _DETECT_NAME, _DETECT_GIVEN, _DETECT_AGED, CARD,
             BIRTH, BIRTH_LATER, PLATE, _DETECT_CARD_CODE, PIN, OLD_DATE, _DETECT_EMAIL_SPELLED, _DETECT_WORD_NAME_FIRST,
             _DETECT_WORD_NAME_APPOSITION)
ANY = "|".join(f"(?:{p})" for p in ANY_PARTS)


def holds_any(cells, *extra):
    """Per cell of an Arrow string array, whether ``ANY`` (or one of the ``extra`` patterns) finds something in it, as
    ``pc.match_substring_regex(cells, ANY | extra)`` says (a null is False), one pattern of ``ANY_PARTS`` at a time:
    the whole alternation is more than RE2's automaton holds in its memory and it falls back to its slow engine on
    long text (100.000 notes of 97 characters took 4,5 s; the parts one after another 0,4 s)."""
    import numpy as np
    import pyarrow.compute as pc

    hits = np.zeros(len(cells), dtype=bool)
    for pattern in (*ANY_PARTS, *extra):
        hits |= pc.match_substring_regex(cells, pattern).fill_null(False).to_numpy(zero_copy_only=False)
    return hits

# Unicode spaces read as a space, zero-width characters as nothing: "Ibu\u00a0Siti" is "Ibu Siti".
_SPACES = {**dict.fromkeys([0x00A0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000], " "),
           **dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD], None),
           # every script's digits (full-width from a phone's keyboard in CJK mode, Arabic-Indic, Persian,
           # mathematical…) are the digits they stand for: a NIK typed in them was stored as written
           **{cp: str(unicodedata.digit(chr(cp))) for cp in range(0x80, 0x20000)
              if unicodedata.category(chr(cp)) == "Nd"},

           # a phone keyboard's apostrophes ("Jum’at", "Nur’aeni") are the one the patterns know
           **dict.fromkeys([0x2018, 0x2019, 0x02BC, 0x00B4], "'"),
           # control characters pasted from a terminal or a chat (ESC, BEL, form feed) and the marks that turn text
           # right to left: nothing a reader sees, and a right-to-left override shows a note reversed on screen
           # (as a space: deleted, they joined "Bu\x01Sukijah" into one word that no rule reads as a name)
           **dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x200E, 0x200F,
                            *range(0x202A, 0x202F), *range(0x2066, 0x206A)], " ")}
_SPACES[0x09] = " "  # a tab between a number's groups, or a name's words, is a space to every pattern
SPACE_TABLE = str.maketrans(_SPACES)
# The same characters as an RE2 class, so that a column is looked at in Arrow and only its few cells holding one are
# normalised in Python (a million ids translated one by one took half a second of an import).
def _ranges(codes) -> str:
    """An RE2 class of ``codes``, runs of neighbours as ranges (the digits of every script are some 700)."""
    runs, out = [], []
    for c in sorted(codes):
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    for a, b in runs:
        out.append(f"\\x{{{a:04X}}}" if a == b else f"\\x{{{a:04X}}}-\\x{{{b:04X}}}")
    return "[" + "".join(out) + "]"


UNUSUAL_SPACE = _ranges(_SPACES)

_NIK_RE = re.compile(NIK)
_PHONE_RE = re.compile(PHONE)
_PHONE_GROUPED_RE = re.compile(PHONE_GROUPED)
_PHONE_BARE_RE = re.compile(PHONE_BARE)
_LANDLINE_RE = re.compile(LANDLINE)
# A bank account in BRI's groups (0123-01-045678-50-3), masked whole before the phone patterns: a landline's pattern
# took its tail ("045678-50-3") and six digits were kept under the wrong marker.
_ACCOUNT_RE = re.compile(r"(?<![0-9])[0-9]{4}[-. ][0-9]{2}[-. ][0-9]{6}[-. ][0-9]{2}[-. ][0-9](?![0-9])")
_EMAIL_RE = re.compile(EMAIL)
# Letters in ASCII only (a Kelvin sign is no "k"), as the words looked for below are read.
_NAME_RE = re.compile(NAME, re.ASCII)
_CARD_RE = re.compile(CARD, re.ASCII)
_BIRTH_RE = re.compile(BIRTH, re.ASCII)
_BIRTH_LATER_RE = re.compile(BIRTH_LATER, re.ASCII)
_ADDRESS_RE = re.compile(ADDRESS, re.ASCII)
_ANY_RE = re.compile(ANY, re.ASCII)
_PLATE_RE = re.compile(PLATE, re.ASCII)
_CARD_CODE_RE = re.compile(CARD_CODE, re.ASCII)
_PIN_RE = re.compile(PIN, re.ASCII)
_EMAIL_SPELLED_RE = re.compile(EMAIL_SPELLED, re.ASCII)
_OLD_DATE_RE = re.compile(OLD_DATE, re.ASCII)
_WORDS_RE = re.compile(f"{_DETECT_NAME}|{_DETECT_GIVEN}|{_DETECT_AGED}", re.ASCII)
_WORD_NAME_APPOSITION_RE = re.compile(r"(^|\n|[A-Za-z0-9]\.[ \t]+)" + _WORD_NAME + r"(?=" + _KIN_APPOSITION + ")", re.ASCII)
_WORD_NAME_FIRST_RE = re.compile(r"(?m)^([ \t]*(?:[0-9]{1,3}[.)][ \t]*)?)" + _WORD_NAME + r"(?=[ \t]+" + _PERSON_AFTER
                                 + r"(?:$|[^A-Za-z\-]))", re.ASCII)
# A given name with the capitalised words on either side of it that may be the rest of the name ("Rosmala Dewi
# Sartika"); which of them are is decided in Python (``_given_sub``), against the stop lists below.
# A word glued to another by a dot is part of an account or a domain ("operator.siti"), not a name in a sentence.
# Unless the word before the dot is a form of address typed without a space ("bu.nurjanah", "nek.rohaya"; pii23).
_GLUED_TITLES = "bu ibu buk pak bpk bp nek wak mbah cik kak dek bik mang yai sdr sdri ny tn hj alm almh ust mak".split()
_AFTER_GLUED_TITLE = "|".join(
    r"(?<=(?<![A-Za-z])(?i:" + "|".join(t for t in _GLUED_TITLES if len(t) == n) + r")\.)"
    for n in sorted({len(t) for t in _GLUED_TITLES}))
_GIVEN_RE = re.compile(r"(?<![A-Za-z'])(?:(?<![A-Za-z0-9]\.)|" + _AFTER_GLUED_TITLE + r")((?:" + _CAP_WORD + _WS + r"){0,2})(" + _GIVEN + r")(?![A-Za-z'])((?:"
                       + _WS + _CAP_WORD + r"){0,3})", re.ASCII)
_NAMES_IN_A_ROW = re.compile(re.escape(NAME_MASK) + r"(?:" + _WS + re.escape(NAME_MASK) + r")+")

# The masker's first look, on every text cell of an import: the same answer as ``_ANY_RE``, found in a fraction of
# the time. A NIK or a phone number has nine digits or more and an e-mail address an "@"; without them only a name or
# an address can be there, and each of those begins with one of a few words (a form of address, a street word,
# "a.n", "bin", "RT"), so a text none of whose words is one of them holds nothing.
_NINE_DIGITS = re.compile(r"[0-9](?:[^0-9]*+[0-9]){8}")
_DIGIT = re.compile(r"[0-9]")
# Words, and words with their apostrophe ("Ma'ruf", "Nur'aini": key words of their own, which "ma" and "ruf" are
# not; "Bu'Siti" still holds "bu").
_LETTERS = re.compile(r"(?=([A-Za-z]+(?:'[A-Za-z]+)+))|[A-Za-z]+")
_KEY_WORDS = frozenset(TITLES + ["perum", "komp", "komplek", "kompleks", "blok", "m", "jl", "jln", "gg", "lr", "lrg", "gang", "lorong", "a", "an", "atas", "bin", "binti"]
                       + list(GIVEN_NAMES) + list(CAPITALISED_NAMES))
# These are an address or a date of birth only before a number.
_KEY_WORDS_WITH_DIGITS = _KEY_WORDS | {"jalan", "alamat", "alamatnya", "perumahan", "asrama", "rt", "rw", "lahir", "lahirnya", "ttl", "dob", "lhr", "kelahiran", "rumah", "rmh"}
_AT_WORD = re.compile(r"[\[(](?i:at)[\])]")


def _numbers_or_email(text: str) -> bool:
    return ("@" in text or "\uff20" in text or _NINE_DIGITS.search(text) is not None
            or ("at" in text or "AT" in text or "At" in text)
            and (_AT_WORD.search(text) is not None or _EMAIL_SPELLED_RE.search(text) is not None))


def _holds(text: str) -> bool:
    """Whether the normalised ``text`` holds anything ``ANY`` finds."""
    if _numbers_or_email(text):
        return _any_found(text)
    digits = _DIGIT.search(text) is not None
    if digits and (_PLATE_RE.search(text) is not None
                   or _CAN["CARD_CODE"](text) and _CARD_CODE_RE.search(text) is not None
                   or _CAN["PIN"](text) and _PIN_RE.search(text) is not None
                   or _CAN["OLD_DATE"](text) and _OLD_DATE_RE.search(text) is not None):
        return True
    words = _KEY_WORDS_WITH_DIGITS if digits else _KEY_WORDS
    if digits and _AGED_HINT.search(text) and _words_found(text):
        return True
    if _WORD_NAME_FIRST_RE.search(text) is not None or _WORD_NAME_APPOSITION_RE.search(text) is not None:
        return True
    if words.isdisjoint(w.lower() for m in _LETTERS.finditer(text) for w in (m.group(1), m.group()) if w):
        return False
    return _words_found(text) or (digits and _CAN["BIRTH"](text) and (_BIRTH_RE.search(text) is not None
                                                                     or _BIRTH_LATER_RE.search(text) is not None))


# Capitalised words after a form of address that are no name: the verb "cek" and what is checked, programmes and
# cards, the people served, roles, places, and the words that start a report's sentence. A word of ``QUALIFIERS``
# may stand between the title and the name ("KPM PKH Siti", "Pak RT Budi", "Cek Data Ibu Siti") and is kept; at a
# word of ``ORDINARY`` the name ends (or there is none: "KPM Desa Tanjung Raja", "Cek Ulang", "Kakak Beradik",
# and what a person's kin does, in a note written in title case: "Suaminya Bekerja Di Kebun", "Anaknya Pergi Merantau").
# Compared in lower case, without a final dot: "CEK DATA", "Kec." too.
# The last line's offices and "fakir" were masked as names ("Pak Sekcam minta laporan", "Keluarga Fakir Miskin"; pii21).
QUALIFIERS = frozenset("""
    data nama berkas dokumen status saldo rekening kartu usulan laporan daftar jadwal bantuan bansos manfaat sosial
    pkh bpnt blt bst sembako pbi kis kip kks ktp kk nik dtks dtsen siks ng bpjs sktm kpm ppks tksk psm lksa rtlh atensi
    baru lama lansia disabilitas terlantar miskin graduasi aktif non ganda double calon hamil menyusui balita dd
    rt rw kades kadus camat lurah sekdes kepala ketua kadis kasi kabid bidan guru dokter dr perangkat pendamping
    bupati wakil sekda kapolsek kapolres danramil babinsa bhabinkamtibmas operator kader bendahara sekretaris imam
    drs dra ir prof penerima pemilik lengkap anggota koordinator petugas pelapor tp kabag rehsos linjamsos dayasos
    miskin ekstrem ekstrim desil netra rungu wicara daksa grahita mental odgj tunggal hamil kek
    peserta hadirin sekalian undangan jk
    sekcam kadinsos kadisos sekdis fakir
    pip
    """.split())
ORDINARY = frozenset("""
    januari februari pebruari maret agustus september oktober november nopember desember senin selasa rabu kamis
    jumat sabtu
    di ke dari yang dan atau untuk dengan karena agar belum sudah tidak tdk blm sdh akan masih sedang telah ini itu
    tersebut juga harus perlu mohon segera ada dalam pada oleh sebagai bersama tapi namun kita kami saya mereka semua
    desa dusun kecamatan kec kabupaten kab kelurahan kel kota provinsi prov ogan ilir sumsel kantor balai pasar
    sungai puskesmas rumah masjid sekolah jalan jl jln gang gg lorong lr no nomor
    lapangan ulang kembali lagi langsung lokasi kondisi keberadaan hadir terima menerima meninggal pindah sakit
    kesehatan administrasi kelengkapan persyaratan domisili identitas kebutuhan sinyal jaringan aplikasi
    dukcapil disdukcapil kependudukan foto validasi verifikasi mandiri tahap tua
    beradik adik kandung anak cucu keluarga
    program harapan dana penyaluran pencairan pembagian distribusi kelayakan pendataan pengecekan pemeriksaan
    pemantauan monitoring survei survey kunjungan rapat musyawarah musdes sosialisasi koordinasi pelatihan pembinaan
    rutilahu bedah renovasi perbaikan pembangunan banjir bencana kebakaran longsor kekeringan listrik air kegiatan
    lapangan pasca awal akhir bulan tahun minggu hari berkala rutin tunai pangan beras uang terlambat telat cair
    dicairkan diterima menunggu proses tertunda ditunda batal gagal
    dinas pkk posyandu risiko tinggi iuran kuliah fisik yatim piatu putus jalanan kawin moyang
    dua tiga empat lima enam tujuh delapan sembilan sepuluh duo tigo limo
    gizi buruk stunting berkebutuhan khusus asuh berencana karang taruna koramil polsek kodim tagana
    rs rsu rsud rsup rsj rsmh yayasan tugu musala mushola langgar ponpes pondok
    usia umur sejak selama sekitar lebih kurang hampir baru
    sd smp sma smk slb sltp slta tk mts
    tki tkw pmi petani nelayan buruh pedagang ojek honorer pns
    warga penduduk jiwa orang bayi total jumlah
    bekerja kerja pergi pulang tinggal berangkat merantau ikut berjualan jualan bertani berdagang dagang mengurus
    merawat dirawat menikah cerai hilang wafat mondok sendiri sendirian menumpang numpang menetap
    minta jual mantan napi eks paud tpa tpq
    nasional internasional sedunia ket keterangan
    """.split())
_WORDS = re.compile(r"\S+")
# What a message or a list puts around a word ("'KPM PKH', …"): a word is looked up without it.
_PUNCTUATION = ".,;:'\"()"


# Offices of an area: the capitalised words after one are its area when they name a place ("Pak Camat Indralaya
# Utara", "Ibu Kades Tanjung Raja"), not a person.
OFFICES = frozenset("camat kades lurah kadus sekdes kapolsek danramil babinsa bhabinkamtibmas bupati".split())
# The people of an area are named by it as an office is ("KPM Rambang Kuang", "Penerima Tanjung Batu").
_OF_AN_AREA = OFFICES | {"kpm", "penerima", "warga", "peserta"}
_PLACES: set[tuple[str, ...]] = set()
_PLACE_NAME_WORDS: set[str] = set()


def known_places(names) -> None:
    """Register area names (kecamatan, desa): after an office they are its area, kept (see ``OFFICES``), and their
    words are no names in a note (``mask_note``)."""
    _PLACES.update(tuple(w.lower() for w in str(n).split()) for n in names if str(n).strip())
    _PLACE_NAME_WORDS.update(w for place in _PLACES for w in place)
    # Written joined too, as in a file's name or an id ("log_tanjungraja.csv").
    _PLACE_NAME_WORDS.update("".join(place) for place in _PLACES if len(place) > 1)


def _place_at(spans: list, i: int) -> int:
    """How many of the words from ``i`` on name a registered place (the longest such name), or 0."""
    words = tuple(w for _, _, w in spans[i:i + 4])
    return next((k for k in range(len(words), 0, -1) if words[:k] in _PLACES), 0)


_NAMING = frozenset("alias als si nama bernama namanya an atas".split())
# Report words that open no name after a group's word: listed, not derived from prefixes ("KPM Permadi" is a name
# that reads as per + madi). The grades a PPKS is counted by too ("lansia Potensial", "ODGJ Berat"): a root after a
# person's word is read as a name (``_unlisted_mid``; pii21).
_REPORT_WORDS = frozenset("sangat sejahtera lah dapet dapat sudah belum tidak masih agak kurang paling rentan berhadapan "
                          "berumah terlantar tersisih berkebutuhan bermasalah rawan graduasi "
                          "potensial produktif berat ringan sedang".split())


# Months of the Islamic year and May, given names too ("a.n. Gilang Ramadhan", "Cece Mei Ling"): inside a name they
# ended it, and its last part was kept.
_NAME_MONTHS = frozenset("ramadhan ramadan syawal muharram rajab mei".split())
_DIGIT_NEXT = re.compile(r"[\s,]*[0-9]")


# An age after a name ("a.n. Rizky Ramadhan, 12 tahun"): the number is no day of the month (pii24).
_AGE_NEXT = re.compile(r"[\s,]*\(?[0-9]{1,3}\s*(?i:th|thn|tahun)(?![A-Za-z])")


def _month_name_in(text: str, word: re.Match, offset: int) -> bool:
    """Whether ``word`` (of a name run starting at ``offset`` of ``text``) is a month that is a given name there."""
    w = word.group().strip(_PUNCTUATION)
    return (w.lower() in _NAME_MONTHS and w[:1].isupper()
            and (word.group()[-1:] not in ",;." and not _DIGIT_NEXT.match(text, offset + word.end())
                 or _AGE_NEXT.match(text, offset + word.end()) is not None))


# The days of the week, Javanese given names too ("Pak Senin", "Mbah Jumat", "Bu Minggu"; pii23), and the words
# after a day that make it a day ("Bu Senin depan", "siap pak Senin sy antar").
_WEEKDAYS = frozenset("senin senen selasa rabu kamis jumat jum'at sabtu minggu".split())
_DAY_AFTER = frozenset("""depan ini lalu kemarin kemaren kmrn besok bsk pagi siang sore malam nanti tgl tanggal jam pukul
    sy saya aku kami kito kita ya yg insyaallah ok ke di sdh sudah blm belum bisa ado ada libur ni tu dan s/d sd
    sampai hingga atau""".split())
_FIRST_WORD = re.compile(r"[ \t]+([A-Za-z/']+)")


def _day_is_a_name(title_part: str, spans: list, words: str, after: str) -> bool:
    """Whether a day of the week right after a person's form of address is a name: a word follows it (in the run of
    capitalised words or after it) that is no word of time, and no mark or number ends it."""
    if title_part.strip(" .:").lower() not in _PERSON_TITLES or not spans or spans[0][2] not in _WEEKDAYS \
            or words[spans[0][1] - 1:spans[0][1]] in (",", ".", ":", ";"):
        return False
    nxt = spans[1][2] if len(spans) > 1 else ((m := _FIRST_WORD.match(after)) and m.group(1).lower())
    return bool(nxt) and nxt not in _DAY_AFTER and nxt not in QUALIFIERS


# Short forms of four letters or more written with a dot inside a name ("Moch. Ridwan", "Muhd. Nur").
_LONG_SHORT_FORMS = frozenset("moch mochd muhd mohd muham".split())
_SENTENCE_WORD = re.compile(r"[A-Za-z'\-]{4,}\.")


def _ends_sentence(word: str) -> bool:
    """Whether ``word`` (as written, with its marks) is a word of four letters or more with a full stop after it,
    the end of a sentence: the capitalised word after it begins the next one ("Nek Jubaidah. Rujukan ke LKSA" lost
    "Rujukan", "Syahrul dan Markonah. Satu orang" lost "Satu"; pii24). An initial or a short form ("M.", "Moh.",
    "Abd.") and a degree with dots inside ("S.Sos.") go on with the name."""
    return _SENTENCE_WORD.fullmatch(word) is not None and word[:-1].lower() not in _LONG_SHORT_FORMS


def _name_part(title_part: str, words: str, after: str = "") -> str:
    """The capitalised ``words`` after a form of address with the name among them masked (see ``QUALIFIERS``)."""
    # A name ends with its sentence: what follows a full stop is read again ("Bu Masitoh. Prioritas 2: …").
    cut = next((w.end() for w in _WORDS.finditer(words) if _ends_sentence(w.group()) and w.end() < len(words)), None)
    if cut is not None:
        return (_name_part(title_part, words[:cut - 1], words[cut - 1:cut + 24]) + "."
                + _NAME_RE.sub(_name_sub, words[cut:]))
    if _ends_sentence(words.rsplit(None, 1)[-1] if words.strip() else ""):
        return _name_part(title_part, words[:-1], "." + after) + "."  # the full stop is the sentence's
    # A word is looked up without the punctuation a message or list puts around it ("'KPM PKH', …").
    spans = [(w.start(), w.end(), w.group().lower().strip(_PUNCTUATION)) for w in _WORDS.finditer(words)]
    i = _place_at(spans, 0) if title_part.strip(" .:").lower() in _OF_AN_AREA else 0
    while i < len(spans) and (spans[i][2] in QUALIFIERS or spans[i][2] in _TITLE_SET):
        i += 1
        if spans[i - 1][2] in _OF_AN_AREA:
            i += _place_at(spans, i)
    j = i
    # After a group's word (KPM, anak, keluarga), not a person's form of address, a report's word opens no name:
    # "KPM Sangat Miskin", "Anak Berhadapan Hukum", "Keluarga Berumah Tidak Layak Huni" (PPKS categories) were masked.
    if i < len(spans) and title_part.strip(" .:").lower() not in _PERSON_TITLES | _NAMING and spans[i][2] in _REPORT_WORDS:
        return title_part + words
    # A name that is also a word is a name right after a form of address ("Pak Harapan Sembiring", not "Program
    # Keluarga Harapan").
    if i == 0 and i < len(spans) and title_part.strip(" .:").lower() in _PERSON_TITLES and (
            spans[0][2] in WORD_NAMES
            # "Pak Hari Wibowo": a day is a name when a name follows it ("Bu Hari Ini" is today)
            or spans[0][2] == "hari" and len(spans) > 1 and spans[1][2] not in ORDINARY and spans[1][2] not in QUALIFIERS
            or _day_is_a_name(title_part, spans, words, after)):
        j = 1
    while j < len(spans) and (spans[j][2] not in QUALIFIERS and spans[j][2] not in ORDINARY
                              and not _NOUN.fullmatch(spans[j][2]) and not _verb_like(spans[j][2])
                              # a month that is a given name goes on a name begun, unless a date follows it
                              or j > i and spans[j][2] in _NAME_MONTHS and not _DIGIT_NEXT.match(words, spans[j][1])):
        j += 1
    if j == i:  # no name here: what follows is read again ("Cek Ulang Data Ibu Siti")
        rest = words[spans[i][0]:] if i < len(spans) else ""
        head = words[:spans[i][0]] if i < len(spans) else words
        return title_part + head + (_NAME_RE.sub(_name_sub, rest) if rest else "")
    tail = words[spans[j - 1][1]:]
    return title_part + words[:spans[i][0]] + NAME_MASK + (_NAME_RE.sub(_name_sub, tail) if tail else "")


# A short note in brackets may follow a name, and an item's number may stand before the next ("Naufal (TK), Kirana
# (SD kelas 2)", "(1) Arya, (2) Nabila, (3) Rafi" kept Kirana and Rafi; pii24).
# ", dan" before the last item, and an item's number alone between two ("1. MARYAM (janda) 2. KASIM (lansia)"; pii24).
_LIST_NEXT = re.compile(r"(" + re.escape(NAME_MASK) + r"(\s*\([^()\n]{1,40}\))?(?:\s*(?:[,;][ \t]*(?:(?i:dan)[ \t]+|&[ \t]*)?|/|&|"
                        r"(?i:dan))\s*(\(?[0-9]{1,2}[.)][ \t]*)?|[ \t]*([0-9]{1,2}[.)][ \t]*)))(" + _CAP_WORD + r"(?:\s+"
                        + _CAP_WORD + r"){0,2})", re.ASCII)


_COMMA_AND = re.compile(r",[ \t]*(?:(?i:dan)|&)")


def _list_sub(m: re.Match) -> str:
    words = m.group(5).split()
    # A place of the store after a name is where, not a second name: "Bu Siti, Indralaya Utara lancar" (pii34).
    if any(tuple(w.lower().strip(_PUNCTUATION) for w in words[:n]) in _PLACES for n in range(len(words), 0, -1)):
        return m.group(0)
    k = next((i for i, w in enumerate(words) if _stop(w)), len(words))
    if k == 0 or (m.group(2) or m.group(3) or m.group(4) or _COMMA_AND.search(m.group(1))) and _plain_word(words[0]):
        # after a bracket or an item's number only a word that may be a name: "[nama] (lansia), Kasah dan Palu"
        return m.group(0)
    # A name ends with its sentence ("Syahrul dan Markonah. Satu orang" lost "Satu"; pii24).
    if (e := next((i for i, w in enumerate(words[:k - 1]) if _ends_sentence(w)), None)) is not None:
        return m.group(1) + NAME_MASK + m.group(5)[len(" ".join(words[:e + 1])) - 1:]
    return m.group(1) + NAME_MASK + m.group(5)[len(" ".join(words[:k])):]


# An item of a list written one per line ("1. Suharni", "- Bakri", "• Nuraini"), and what an item that is a name
# holds: one to three capitalised words.
# (The item's end is taken greedily and its trailing marks stripped in Python: a pattern for them took the
# length squared on a long line.)
_LINE_ITEM = re.compile(r"^([ \t]*(?:[0-9]{1,3}[.)]|[-\u2022*\u00b7])[ \t]*)([^\n]*)$", re.M)
_TITLED_MASK = re.compile(r"(?:(?i:" + _alternation(TITLES) + r")\.?[ \t]+)?" + re.escape(NAME_MASK), re.ASCII)
_NAME_ITEM = re.compile(_CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){0,2}", re.ASCII)


def _mask_line_lists(text: str) -> str:
    """In a list one item per line whose items are mostly names already masked, the other items that are
    capitalised words and nothing else are names too: "1. Suharni / 2. Mukhlis / 3. Samiun" kept Mukhlis, a word
    of the dictionary ("sincere") whom no list of names holds."""
    if "\n" not in text or NAME_MASK not in text:
        return text
    items = [(m, m.group(2).rstrip(" \t.,;")) for m in _LINE_ITEM.finditer(text)]
    # A list of names when half its items or more are names found already, with their title or not ("1. Ibu
    # [nama disamarkan]"): "1. Siti / 2. Gula / 3. Beras" is a list of goods with one name in it.
    if len(items) < 2 or 2 * sum(_TITLED_MASK.fullmatch(body) is not None for _, body in items) < len(items):
        return text
    out, at = [], 0
    for m, body in items:
        if _NAME_ITEM.fullmatch(body) and not any(_plain_word(w) for w in body.split()):
            out += [text[at:m.start(2)], NAME_MASK]
            at = m.start(2) + len(body)
    return "".join(out) + text[at:]


# A person's own name before "bin" or "binti" and a father's name masked ("darwis bin [nama disamarkan]").
_BEFORE_BIN = re.compile(r"(?<![A-Za-z'\-])([A-Za-z][A-Za-z']+)(\s+(?i:bin|binti)\s+" + re.escape(NAME_MASK) + ")", re.ASCII)


def _before_bin_sub(m: re.Match) -> str:
    return m.group(0) if _plain_word(m.group(1)) else NAME_MASK + m.group(2)


# Words a note writes beside a name that are no name: kinship, a disability, a condition, a standing, the words
# before a certificate's name ("ahli waris binti …", "Ibu Siti (Lumpuh)").
_BESIDE_NAMES = frozenset("""
ahli waris wali menantu mertua ponakan keponakan tetangga cucu cicit istri suami anak adik kakak ayah ibu bapak nenek
kakek paman bibi saudara sepupu janda duda yatim piatu dhuafa lansia almarhum almarhumah alm almh mendiang
lumpuh tunanetra tunarungu tunawicara tunadaksa tunagrahita disabilitas penyandang odgj stroke buta tuli bisu sakit
pemulung pengemis gelandangan sebatang kara
tertulis tercatat akta nik kk yaitu yakni surat nama
""".split())


def _plain_word(word: str) -> bool:
    """A word beside a masked name that is no name: a stop word, an everyday word, a place's or ``_BESIDE_NAMES``."""

    w = word.lower().strip(_PUNCTUATION)
    return (not w or w.startswith("[") or _stop(w) or w in words.EVERYDAY or w in _PLACE_NAME_WORDS
            or w in _BESIDE_NAMES)


def _beside_names(text: str) -> str:
    """The names a masked name shows: the next items of its list, inline or one per line, and a person's own name
    before "bin" or "binti" and the father's."""
    if NAME_MASK not in text:
        return text
    return _ALIAS.sub(_alias_sub, _BEFORE_BIN.sub(_before_bin_sub, _mask_line_lists(_mask_lists(text))))


# A name in brackets after a name masked: the other name a person goes by ("si [nama disamarkan] (Ramadhan)").
_ALIAS = re.compile("(" + re.escape(NAME_MASK) + r"\s*\(\s*)(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2})(\s*\))",
                    re.ASCII)


def _alias_sub(m: re.Match) -> str:
    if any(_plain_word(w) for w in m.group(2).split()):
        return m.group(0)
    return m.group(1) + NAME_MASK + m.group(3)


def _mask_lists(text: str) -> str:
    """``_list_sub`` along each list, one item after another, in one pass: each name masked is the start of the
    next match. Repeated substitution over the whole text (``_sub_all``) cost a pass per item, the length squared on
    a long list ("Ibu Siti, Aa, Aa, …")."""
    done, pos = [], 0
    while m := _LIST_NEXT.search(text, pos):
        new = _list_sub(m)
        if new == m.group(0):
            pos = m.start(5)
            continue
        done.append(text[:m.start()] + m.group(1))
        text = new[len(m.group(1)):] + text[m.end():]  # starts with the mask just written
        pos = 0
    return "".join(done) + text


# A capitalised word (or two) followed by an age: "Rahim, 65 th", "(Rosidin, 35 th)".
_AGED = re.compile(r"(?<![A-Za-z'\-])(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2})(" + _AGE + r"(?![A-Za-z0-9]))",
                   re.ASCII)


def _not_a_name_before_age(word: str, bracket: bool) -> bool:
    """A word before an age that is no name: a stop word, a place of the store or a report word; before a bare
    number in brackets, which is as often a count ("Pemulutan (12)", "Januari (2)"), any Indonesian word that is no
    given name."""

    w = word.lower().strip(_PUNCTUATION)
    return (_stop(w) or w in _PLACE_NAME_WORDS or w in words.EVERYDAY
            or bracket and w not in _GIVEN_SET and words.is_word(w))


_BRACKET_ONLY = re.compile(r"\s*,?\s*\(\s*[0-9]{1,3}\s*\)")


def _aged_sub(m: re.Match) -> str:
    words = m.group(1).split()
    k = len(words)
    bracket = _BRACKET_ONLY.fullmatch(m.group(2)) is not None
    while k and not _not_a_name_before_age(words[k - 1], bracket):
        k -= 1
    if k == len(words):
        return m.group(0)
    keep = " ".join(words[:k])
    return m.group(1)[:len(keep)] + (" " if keep else "") + NAME_MASK + m.group(2)


_RS_BEFORE = re.compile(r"(?i:\brs[a-z]{0,2}|rumah\s+sakit)\s*$")


def _is_everyday(word: str) -> bool:

    return word.lower().strip(_PUNCTUATION) in words.EVERYDAY


# A verb's prefix: a word that begins with one and is an Indonesian root with its affixes ("dirujuk", "MENINGGAL",
# "dipulangkan", "Meminta", "BERHASIL") is what the person does or undergoes, never the rest of a name. In a note typed
# in capitals or title case it went into the marker ("ODGJ [nama disamarkan] DI BELAKANG RUMAH" lost "DIPASUNG",
# "a.n. [nama disamarkan] ke RSJ" lost "dirujuk"; pii23). Only such words: a root or a word with a suffix alone
# may be a name ("Harapan", "Sopian", "Helmi").
_VERB_PREFIX = re.compile(r"(?:di|ter|ber|be|me|mem|men|meng|meny|menge|memper|diper|dipe)[a-z]{3,}")
_ME_VOWEL = re.compile(r"me[aeiou]")


def _verb_like(word: str) -> bool:

    w = word.lower().strip(_PUNCTUATION)
    # "me" before a vowel is no prefix (that is "meng-"): "Meiling" is a name
    return (_VERB_PREFIX.fullmatch(w) is not None and not _ME_VOWEL.match(w) and w not in _GIVEN_SET and w not in words.roots()
            and w not in words.EVERYDAY and words.is_word(w))


_AMOUNT_BEFORE = re.compile(r"[0-9]\s*$")
# Titles of honour a street or a mosque carries in its name, unlike a form of address ("Jalan Ibu Siti" is rare).
_HONOURS = frozenset("h hj haji kh dr drs prof ir raden rd kms kemas kgs kiagus mgs masagus".split())
# Who an account or a card is in the name of, by kin or office rather than by name ("KKS a.n. menantu", "a/n ahli
# waris", "dialihkan a.n. pengurus kelompok"): who holds it is what the clerk needs, and it was masked as a name
# (pii21). Compared in lower case, without punctuation.
_KIN_OR_ROLE = frozenset("""
    menantu menantunya menantunyo anak anaknya anaknyo istri istrinya istrinyo suami suaminya suaminyo cucu cucunya
    cucunyo ipar keponakan ponakan ahli waris wali murid ybs kandung pengurus kelompok ketua sekretaris bendahara
    kadinsos kadis sekdis camat kades lurah kepala keluarga ibu bapak ayah nenek kakek adik kakak orang tua ortu
    """.split())


# Forms of address written short with a dot before a name ("Bpk. Joko", "Ny. Sartika", "Hj. Rosmawati"); after the
# others ("ibu", "anak", "pak") a full stop and a space end a sentence when an Indonesian word follows.
_SHORT_TITLES = frozenset("bpk bp pk sdr sdri tn ny nn hj h alm almh ust ustd drs dra dr ir prof kms kgs mgs rd muh "
                          "moh mhd moch abd an mr mrs mdm".split())
_SENTENCE_AFTER_TITLE = re.compile(r"\.\s")


def _a_word(word: str) -> bool:

    w = word.lower().strip(_PUNCTUATION)
    return w not in _GIVEN_SET and w not in WORD_NAMES and (_stop(w) or w in words.EVERYDAY or words.is_word(w))


def _name_sub(m: re.Match) -> str:
    if m.group(3) is not None:
        if m.group(2).strip().rstrip(".").strip() == "M" and _AMOUNT_BEFORE.search(m.string, 0, m.start(2)):
            return m.group(0)  # "Rp 2 M. Sisa anggaran": M is a million

        if m.group(2)[:2].lower() == "dr" and _RS_BEFORE.search(m.string, 0, m.start(2)):
            return m.group(0)  # "RSUP Dr. Mohammad Hoesin": a hospital
        if m.group(2).strip().lower() == "dr" and _is_everyday(m.group(3).split()[0]):
            return m.group(0)  # "pulang dr Batam": "dr" is "dari" in a chat, before a city
        if m.group(2).strip(" .:").lower() in _HONOURS and _NAMED_AFTER_A_PERSON.search(
                m.string, max(0, m.start(2) - 80), m.start(2)):
            return m.group(0)  # "Jalan Kolonel H. Burlian", "Masjid KH. Ahmad Dahlan": a place
        if _SENTENCE_AFTER_TITLE.search(m.group(2)) and m.group(2).strip(" .:").lower() not in _SHORT_TITLES \
                and _a_word(m.group(3).split()[0]):
            # "Hadir 28 ibu. Materi disampaikan", "ke rumah anak. Dia": a word that ends a sentence, and the next
            # one's first word (pii24); what follows is read again
            return m.group(1) + m.group(2) + _NAME_RE.sub(_name_sub, m.group(3))
        return m.group(1) + _name_part(m.group(2), m.group(3), m.string[m.end(3):m.end(3) + 24])
    if m.group(6) is not None:
        # "a.n." names up to three words, up to the first that is no name: "A.N. SUKMAWATI BELUM CAIR" lost its
        # "belum cair".
        words = list(re.finditer(r"\S+", m.group(6)))
        if _stop(words[0].group()):
            return m.group(0)  # "KKS a.n. KPM sendiri": the account is in the beneficiary's own name
        # Kin or an office first: kept, and a name after them masked alone ("a.n. menantu [nama disamarkan]").
        i = next((i for i, w in enumerate(words) if w.group().lower().strip(_PUNCTUATION) not in _KIN_OR_ROLE),
                 len(words))
        if i and (i == len(words) or _stop(words[i].group()) or _is_everyday(words[i].group())):
            return m.group(0)  # "a.n. wali murid", "a.n. anaknyo krn …"
        k = next((j for j, w in enumerate(words) if j > i and (_stop(w.group()) or _is_everyday(w.group())
                                                                or _verb_like(w.group()))
                  and not _month_name_in(m.string, w, m.start(6))), len(words))
        return (f"{m.group(4)}{m.group(5)}{m.group(6)[:words[i].start()]}{NAME_MASK}"
                f"{m.group(6)[words[k - 1].end():]}")
    # bin/binti: the left side may be a name masked already; the father's name ends at a stop word or a verb
    # ("NURMALA BINTI HASAN MENINGGAL", "bin Kasim Mantan Napi").
    words = list(_WORDS.finditer(m.group(10)))
    k = next((j for j, w in enumerate(words) if j and (_stop(w.group()) or _verb_like(w.group()))), len(words))
    return f"{m.group(7)}{NAME_MASK}{m.group(9)}{NAME_MASK}{m.group(10)[words[k - 1].end():]}"


_TITLE_SET = frozenset(TITLES)
_GIVEN_SET = frozenset(GIVEN_NAMES) | frozenset(CAPITALISED_NAMES)
_PLACE_WORDS = frozenset("desa dusun kecamatan kec kelurahan kel kabupaten kab kota kampung "
                         "masjid musala mushola langgar yayasan rs rsu rsud rsup rsj hari tugu ponpes pondok "
                         # groups and feasts named like people: "Posyandu Melati", "Idul Fitri"
                         "posyandu paud kelompok dasawisma majelis taklim idul "
                         # shops, hotels, farmers' groups, care homes (red-team of 2026-12-05, second round)
                         "hotel toko warung warong lks lksa lpks gapoktan poktan tani sentra musholla pesantren "
                         "koperasi balai".split())


_NOUN = re.compile(r"(?:ke|pe[mnr]?|per)[a-z]{3,}an")


def _stop(word: str) -> bool:
    w = word.lower().strip(_PUNCTUATION)
    return w in QUALIFIERS or w in ORDINARY or w in _TITLE_SET


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_ARABIC_ARTICLE = re.compile(r"(?i:\b(?:al|el|ar|as|an|at|ad|az|asy|ash|ats))-$")
_SRI_PLACES = frozenset("mulya mulia jaya kembang tanjung bandung menanti dalam agung makmur jabo bunga".split())


def _given_sub(m: re.Match) -> str:
    # The capitalised words next to the given name are the rest of the name up to the nearest stop word.
    before = list(_WORDS.finditer(m.group(1)))
    # Not across the end of a sentence ("Rapat di Balai. Siti datang", "… ke LKSA. Siti Aminah"; pii24).
    before = before[next((i + 1 for i in range(len(before) - 1, -1, -1) if _ends_sentence(before[i].group())), 0):]
    if before and before[-1].group().lower().strip(_PUNCTUATION) in _PLACE_WORDS:
        return m.group(0)  # "Idul Fitri", "Posyandu Melati": capitalised, the place word is in the run before it
    k = len(before)
    while k and not _stop(before[k - 1].group()):
        k -= 1
    if not m.group(1) and _ARABIC_ARTICLE.search(m.string, max(0, m.start(2) - 5), m.start(2)):
        return m.group(0)  # "Masjid Al-Firdaus", "Ponpes Al-Ikhlas": a name with the article joined by a dash
    if m.group(2).lower() == "sri" and (after := _NEXT_WORD.match(m.string, m.end(2))) and \
            after[1].lower() in _SRI_PLACES:
        return m.group(0)  # "Sri Mulya", "Sri Kembang": places
    if k and before[k - 1].group().lower().strip(_PUNCTUATION) == "dr" and _RS_BEFORE.search(
            m.string, 0, m.start(1) + before[k - 1].start()):
        return m.group(0)  # "RSUP Dr. Mohammad Hoesin": a hospital
    if k and before[k - 1].group().lower().strip(_PUNCTUATION) in _PLACE_WORDS:
        return m.group(0)  # "Desa Sri Kembang", "Dusun Siti Mulya": a place named like a person
    if _NAMED_AFTER_A_PERSON.search(m.string, max(0, m.start(2) - 80), m.start(2)):
        return m.group(0)  # "Masjid Agung Sultan Mahmud Badaruddin"
    if m.group(2)[:1].isupper() and _INSTITUTION_BEFORE.search(m.string, max(0, m.start(2) - 90), m.start(2)):
        return m.group(0)  # "Balai Rehabilitasi Sosial Budi Perkasa": an institution's capitalised name
    if m.group(2).lower() == "budi" and _BUDI_PHRASE.match(m.string, m.end(2)):
        return m.group(0)  # "budi pekerti", "budi daya": words
    start = before[k].start() if k < len(before) else len(m.group(1))
    after = m.group(3)
    stop = next((w.start() for w in _WORDS.finditer(after) if _stop(w.group())), None)
    tail = "" if stop is None else after[len(after[:stop].rstrip()):]
    # A name ends with its sentence: the capitalised word after a full stop is the next one's (pii24).
    if (end := next((w.end() for w in _WORDS.finditer(after[:stop]) if _ends_sentence(w.group())), None)) is not None:
        tail = after[end - 1:]
    return m.group(1)[:start] + NAME_MASK + tail


# A form of address before a name typed in lower case ("ibu warsini", "pak tumiran"), or a word that says whose
# ("rumah warsini", "kepada tukinem", "suaminya karjono", "kks punya ruslina"): the word after it (after the
# qualifiers that may stand between, "kpm pkh warsini") is a name when it is no Indonesian word (``_unlisted``), or
# when it is a name that is also a word after a form of address ("bu indah", ``WORD_NAMES``). Not after the one- and
# two-letter forms, which are also chat spellings ("dr" is "dari", "an" a syllable).
_LOWER_TITLES = (frozenset(t for t in TITLES if len(t) > 2) | {"bu", "nn", "ny", "tn", "an"}
                 | {"pk", "bin", "binti", "tetangga", "menjenguk", "jenguk", "menurut", "keponakan", "ponakan",
                    "sepupu", "menantu", "ipar", "besan", "ortu", "pengganti", "diwakili", "mewakili", "wali",
                    "walinya", "saudaranya", "menemui", "ditemui", "dikunjungi", "didampingi",
                    "rumah", "rmh", "milik", "kepada", "kpd", "punya", "pny", "waris", "suaminya", "istrinya",
                    "anaknya", "cucunya", "adiknya", "kakaknya", "ibunya", "bapaknya", "ayahnya", "menantunya",
                    "lansia", "warga",
                    # a person met, helped or asked ("ketemu warsinah", "dampingi parjiyem ke dukcapil")
                    "ketemu", "bertemu", "temui", "jumpa", "dampingi", "mendampingi", "hubungi", "menghubungi",
                    "kunjungi", "mengunjungi", "antar", "mengantar", "jemput", "menjemput", "bantu", "membantu",
                    "sama", "dgn", "dengan", "utk", "untuk", "oleh",
                    # what is someone's ("data yusmaniar ganda", "kartu kks darmiah terblokir", "saldo nurbaya
                    # kosong"), and who is referred or handed to ("merujuk jumadil ke rsj")
                    "data", "kartu", "kks", "kis", "kip", "ktp", "kk", "saldo", "rekening", "rek", "status", "akta",
                    "akte", "nik", "berkas", "dokumen", "merujuk", "rujuk", "dirujuk", "memfasilitasi", "fasilitasi",
                    "difasilitasi", "menyerahkan", "serahkan", "diserahkan", "mengantarkan", "antarkan", "diantar",
                    "ybs", "yaitu", "yakni",
                    # a pilgrim's title typed small ("hj rohani"), the person fetched or served, and the PPKS a
                    # person is counted under ("dijemput warsini", "pemulung sukijo")
                    "hj", "dijemput", "ditemani", "dilayani", "dibantu", "pemulung", "gelandangan", "pengemis",
                    # a person called, told or looked for, as a chat writes it ("nelpon darwis", "ngabari kasmin",
                    # "nyari mardiyah ke kebun"; pii23)
                    "nelpon", "telpon", "ditelpon", "menelpon", "nelepon", "ngabari", "ngabarin", "kabari",
                    "mengabari", "nyari", "mencari", "dicari"})
# The forms of address of a person (not "cek", "kpm", "anak"): after them a name that is also a word is a name.
_PERSON_TITLES = frozenset("dang kakdang cece bapak bpk pak ibu bu nenek nek kakek mbah mang bik bibi wak uwak yai nyai sdr sdri saudara "
                           "saudari ny tn nn almarhum almarhumah alm almh hj haji hajah mbak namanya bernama "
                           "buk pk mamak paman eyang uak nyak makcik pakcik inang amang mamang dek adek yuk "
                           "ninik apak namonyo bernamo mr mrs mdm madam "
                           # a form's or a table's name field ("nama: untung | umur: 71"; pii24)
                           "nama"
                           .split())
# Given names that are also Indonesian words: names after a form of address, in any case ("bu indah", "pak teguh");
# alone they are words ("Untung tidak ada korban").
# Letters of any script: "José", "Muñoz" are words of their own, not "Jos" and "é".
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_]))*")
# The same in a text of ASCII, where a letter is [A-Za-z]: the same tokens, found in two thirds of the time.
_TOKEN_ASCII = re.compile(r"[A-Za-z](?:[A-Za-z]|'(?=[A-Za-z]))*")
_GAP_AFTER_TITLE = re.compile(r"\s+|\s*[.:]\s*")
# "nama = rusdi", "Nama=Suryani": a form's or a table's name field written with "=" (pii24); only after "nama", as
# "KPM = Rp 56.250.000" is a sum.
_EQUALS_GAP = re.compile(r"\s*=\s*")


def _lower_name(word: str) -> bool:
    # Or typed in capitals, four letters or more ("rumah KOMAR roboh"): a short form in capitals has no vowel or
    # is a word ("rumah RTLH", "rumah DINAS").
    return len(word) >= 3 and word.islower() or len(word) >= 4 and word.isupper()


def _lower_names(text: str, first: bool = False) -> list[tuple[int, int]]:
    """Spans of lower-case names right after a form of address, a word that says whose, or a name masked already
    ("[nama disamarkan] lubis", "[nama disamarkan], jalaludin"); each word in one span at most."""
    tokens = list((_TOKEN_ASCII if text.isascii() else _TOKEN).finditer(text))
    out, checked, done = [], set(), -1
    for i, t in enumerate(tokens):
        word = t.group().lower()
        after_mask = word == "disamarkan" and text.startswith(NAME_MASK, t.end() + 1 - len(NAME_MASK))
        if word in ("bin", "binti") and i and (not out or out[-1][1] < tokens[i - 1].start()) \
                and text[tokens[i - 1].end():t.start()].isspace() and _lower_name(tokens[i - 1].group()) \
                and _unlisted(tokens[i - 1].group()):
            out.append((tokens[i - 1].start(), tokens[i - 1].end()))  # "darsono bin karsiman": the son's name too
        if i < done or not after_mask and word not in _LOWER_TITLES:
            continue
        gap = text[t.end() + after_mask:tokens[i + 1].start()] if i + 1 < len(tokens) else ""
        if not (_GAP_AFTER_TITLE.fullmatch(gap) or after_mask and _LIST_GAP.fullmatch(gap)
                or word in ("nama", "namanya") and _EQUALS_GAP.fullmatch(gap)):
            continue
        j = i + 1
        if after_mask and j < len(tokens) and tokens[j].group().lower() in _LIST_WORDS:
            j += 1  # "[nama disamarkan] dan kasmijan"
        while not after_mask and j < len(tokens) and j - i <= 2 and _stop(tokens[j].group()) \
                and tokens[j].group().lower() not in ORDINARY:
            j += 1
        if j > i + 1 and j < len(tokens) and _DIGIT.search(text, tokens[j - 1].end(), tokens[j].start()):
            continue  # "Pak RT 02 ngumpulkan undangan": a number ends the title, no name follows it (pii21)
        if j <= done:
            continue
        k = j
        if j < len(tokens):
            checked.add(tokens[j].group())
        person = word in _PERSON_TITLES and j == i + 1
        while k < len(tokens) and k - j < 3 and _lower_name(tokens[k].group()) \
                and (_unlisted(tokens[k].group(), typos=len(checked) <= _TYPO_CHECKS)
                     or person and k == j and (tokens[k].group() in WORD_NAMES
                                               or tokens[k].group() in CAPITALISED_NAMES
                                               or _unlisted_after_title(tokens[k].group())
                                               or word in _NAMED and tokens[k].group().lower() not in _NAMED_NOT
                                               and not _stop(tokens[k].group()))) \
                and (not after_mask or len(tokens[k].group()) >= 4) \
                and (k == j or text[tokens[k - 1].end():tokens[k].start()].isspace()):
            k += 1
        if k > j:
            out.append((tokens[j].start(), tokens[k - 1].end()))
            # The rest of a list, in the same pass ("ibu warsini, tukinah dan sarmadi").
            while k < len(tokens) and _LIST_GAP.fullmatch(text[tokens[k - 1].end():tokens[k].start()]) \
                    and _lower_name(tokens[k].group()) and len(tokens[k].group()) >= 4 and len(out) <= _MANY_NAMES \
                    and _unlisted(tokens[k].group(), typos=len(checked) <= _TYPO_CHECKS):
                checked.add(tokens[k].group())
                out.append((tokens[k].start(), tokens[k].end()))
                k += 1
            done = k
            if first or len(out) > _MANY_NAMES:
                break
    return out


def _unlisted_after_title(word: str) -> bool:
    """``_unlisted`` for the word right after a person's title, without the dialect and typo readings: there a name
    is far likelier than a Palembang form or a mistyped word, and both readings turn common names into words ("pak
    leman" read as "laman", "pak warno" as "warna", "mbah sastro" as "sastra", "bu meri" as "mari", "pak sukri" as
    a typo; pii34). The Palembang words a bare title is said with ("wak lupo bawa KTP") stay words."""
    w = word.lower()
    return w not in _AFTER_BARE_TITLE and _unlisted(word.capitalize(), typos=False)  # capitalised: no dialect reading


# After "bernama" a name comes, whatever word it is ("bernama jalil", "bernama mawar"; pii34); not after "namanya",
# which a verb often follows ("namanya salah ketik", "namanya hilang dari data").
_NAMED = frozenset(("bernama", "bernamo"))
_NAMED_NOT = frozenset("lengkap asli panggilan kecil samaran sama mirip".split())
# Palembang words that follow a title standing alone for the person ("wak lupo", "mang ngeluh beras apek").
_AFTER_BARE_TITLE = frozenset("lupo tuo tetanggo ngeluh ngadu ngecek ngomong ngomel ngambek ngasih nganter ngantar "
                              "nunggu nanyo nanya dateng datang balek pegi melok galak dapet nerimo nyari".split())


_LIST_WORDS = frozenset("dan samo sama dgn dengan".split())
_LIST_GAP = re.compile(r"\s*(?:,|/|&)\s*|\s+(?:dan|samo|sama|dgn|dengan)\s+")


def _unlisted(word: str, typos: bool = True) -> bool:
    """Whether ``word`` may be a name no list holds: it has a vowel and begins as a name may, and it is no Indonesian
    or report word (``tksk.words``), none mistyped, no word of a place of the store and no stop word."""

    w = word.lower()
    # The given names of the lists are read by their own rule, which keeps a place named after one ("Hari Kartini").
    return (len(w) >= 3 and w not in _GIVEN_SET and _VOWEL.search(w) is not None and _ONSET.match(w) is not None
            and not _stop(w)
            and w not in _PLACE_NAME_WORDS and w not in _PLACE_WORDS and w not in _SRI_PLACES and not words.is_word(w)
            # Palembang forms typed small ("lupo", "ngeluh", "pinjemke"): read as names, they went with the name
            # before them ("wak [nama disamarkan] beras apek"; pii21). Not capitalised: "Darmo", "Ngadiman" are names.
            and not (word.islower() and words.dialect_word(w))
            and not (typos and words.is_mistyped_word(w)))


def _unlisted_mid(word: str, after: str | None) -> bool:
    """``_unlisted`` for a capitalised word inside a sentence (``_MID_SENTENCE``): a name is capitalised there and a
    typo seldom is, so no typo reading ("Salman", "Tarman" read as words mistyped). After a word that says a person
    follows (``after``, of ``_PERSON_CONTEXT``), a root with -i is a name too ("lansia Kaderi"), and so is a root
    unless that word often heads a compound (``_COMPOUND_HEADS``): "lansia Hikmah", "diserahkan ke Jaka", "rmh
    Hakim". 39 of 46 such names were stored as written (pii21)."""

    w = word.lower()
    if not (len(w) >= 3 and w not in _GIVEN_SET and _VOWEL.search(w) is not None and _ONSET.match(w) is not None
            and not _stop(w) and w not in _PLACE_NAME_WORDS and w not in _PLACE_WORDS and w not in _SRI_PLACES
            and w not in words.EVERYDAY):
        return False
    if not after:
        return not words.is_word(w)  # "laporan Bulanan", "tolong Hubungi kades": words
    return not words.is_word_strict(w) or (after not in _COMPOUND_HEADS and w in words.roots()
                                           and w not in _REPORT_WORDS)


def may_be_name(word: str) -> bool:
    """Whether a word may be a person's name: a given name of the lists, or a word no list, dictionary or place of
    the store holds (``_unlisted``)."""
    return word.lower() in _GIVEN_SET or _unlisted(word)


_VOWEL = re.compile(r"[aeiou]")
# How a name may begin: a vowel, or a consonant before a vowel, or one of the pairs that begin names ("Sri", "Tri",
# "Slamet", "Ngatini", "Nyoman", "Syarif", "Khadijah"); "Bntuan" and "Sdh" are a word mistyped or shortened.
_ONSET = re.compile(r"[aeiou]|[^aeiou][aeiouy]|(?:bl|br|ch|dj|dr|dw|fl|fr|gh|gl|gr|kh|kl|kr|kw|ng|ny|ph|pl|pr|ps|sh|sl|sm|"
                    r"sn|sp|sr|st|sw|sy|th|tj|tr|ts|ty|wr)[a-z]")
# A capitalised word standing alone ("Ngatiyem belum terima BPNT"), or the first word in lower case of a note, a
# line or a clause ("ponidi minta surat"): a name when ``_unlisted``, unless a place word or a preposition of place
# is before it ("pindah via Lubuklinggau", "Desa Tanjung Pering"). Other lower-case words are left: English and chat
# words abound there.
# Words of any script, up to 40 letters (no name is longer, and the pattern built from them must stay small).
_WORD = r"(?<![^\W\d_'\-])[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_])){1,39}(?![^\W\d_'\-])"
_WORD_RE = re.compile(_WORD)
# The same in a text of ASCII (the same words, found faster).
_WORD_ASCII_RE = re.compile(r"(?<![A-Za-z])[A-Za-z](?:[A-Za-z]|'(?=[A-Za-z])){1,39}(?![A-Za-z])")
_LINE_START = re.compile(r"(?:^|[\n:;,])[^\S\n]*(?:[-*\u2022]\s*|[0-9]{1,3}[.)]\s*)?(" + _WORD + ")")
# Not "ke" and "dari": a person is written after them too ("dititip ke Warsiyah"); the places of Sumatera Selatan
# and the cities of Indonesia a note names are words of their own (``tksk.words.EVERYDAY``).
_BEFORE_PLACE = frozenset("di asal menuju arah wilayah daerah kampung pulau sungai kota kab kabupaten provinsi prov "
                          "kec kecamatan desa dusun kel kelurahan jalan jl jln tol via lewat".split())
# A hospital, a mosque or a foundation named after a person ("RS dr. Ernaldi Bahar", "Masjid Agung Sultan
# Mahmud Badaruddin"): the capitalised words after the place word are its name.
_NAMED_PLACE_BEFORE = re.compile(r"(?i:\b(?:rs[a-z]{0,2}|rumah\s+sakit|masjid|musala|mushola|gereja|kapel|vihara|klenteng|pura|"
                                 r"panti(?:\s+werdha|\s+wreda|\s+asuhan)?|yayasan|ponpes|tugu|jembatan|"
                                 r"pasar|bank|universitas|sekolah|sd|smp|sma|smk|mts|ma|dinas|badan|kantor|bidang|seksi|"
                                 r"mi|min|mtsn|man|tpa|tpq|madrasah|langgar|pondok(?:\s+pesantren)?|"
                                 r"balai|unit|kementerian|lembaga|jl|jln|jalan|"
                                 # shops, hotels, groups and care homes named like a person or a wish
                                 r"hotel|toko|warung|e-?warong|lks|lksa|lpks|gapoktan|poktan|kelompok(?:\s+wanita)?(?:\s+tani)?|"
                                 r"sentra|musholla|pesantren|koperasi|rumah\s+makan|cv|pt|ud))\.?\s+"
                                 # a title or a rank before the person's name: "RS dr. Ernaldi", "Jl. Jend. Sudirman"
                                 r"(?:(?i:dr|drs|h|hj|kh|jend|jenderal|kol|letjen|mayjen|brigjen|kapt|r)\.?\s*){0,2}"
                                 r"(?:[A-Z][A-Za-z'\-]*\s+|[A-Z]\.\s*){0,3}(?:[Aa][Ll]-)?$")
# An institution whose capitalised name holds a given name ("Balai Rehabilitasi Sosial Budi Perkasa", "Yayasan
# Sinar Harapan Indah"): up to four capitalised words between the institution's word and the name.
# Not an office ("Dinas Sosial Budi Santoso hadir" is a man of the office) nor a village hall ("Balai Desa").
_INSTITUTION_BEFORE = re.compile(r"\b(?:(?:Balai|BALAI)(?!\s+(?i:desa|kelurahan|dusun)\b)|Sentra|SENTRA|Panti|PANTI|"
                                 r"Yayasan|YAYASAN|Rumah\s+Singgah|Sanggar|LKS|LKSA)"
                                 r"\b(?:\s+[A-Z][A-Za-z]*){0,4}\s+$")
_BUDI_PHRASE = re.compile(r"\s+(?i:pekerti|luhur|daya|bahasa)\b")
# A place named after a person, written with capitals, before a given name or a title ("Masjid Agung Sultan Mahmud
# Badaruddin", "Jalan Kolonel H. Burlian", "RS Bhayangkara"): the name is the place's.
# Between the place word and the name only what such a name carries (a mosque's rank, a title, a military rank,
# an initial): "Masjid Al Ikhlas Ahmad Darmanto memberi sambutan" is a man at a mosque.
_NAMED_AFTER_A_PERSON = re.compile(r"\b(?:R[Ss][A-Za-z]{0,2}|Rumah\s+[Ss]akit|Masjid|MASJID|Musala|Mushola|Gereja|Kapel|"
                                   r"Panti(?:\s+[Ww]erdha|\s+[Ww]reda|\s+[Aa]suhan)?|Yayasan|"
                                   r"Ponpes|Pondok\s+Pesantren|Tugu|Jembatan|Universitas|Stadion|Bandara|Jl|Jln|Jalan|"
                                   r"JL|JLN|JALAN)\.?\s+(?:(?i:agung|raya|besar|jami|sultan|pangeran|kolonel|kol|letkol|"
                                   r"mayor|mayjen|letjen|brigjen|jenderal|jend|kapten|kapt|laksamana|marsekal|prof|dr|drs|"
                                   r"ir|h|hj|kh|haji|raden|rd|kms|kgs|mgs|santa|santo|st)\.?\s+|[A-Z]\.\s*){0,3}$")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+$")
# A capitalised word inside a sentence: after a word in lower case, a short form ("KKS", "ODGJ") or a number, across
# spaces only. Not the first word of a note, a line or a clause, nor a word of a title ("Penyaluran Bantuan Sosial
# Tahap Kedua"), where a capital says nothing.
_MID_SENTENCE = re.compile(r"(?<![A-Za-z])(?:[a-z]+|[A-Z]{2,5})[ \t]+$|[0-9)][ \t]+$")
# Words after which a capitalised word names a person: the PPKS and the standing a note names a person by, and the
# verbs of fetching, handing and meeting ("dijemput Helmi", "lansia Kaderi", "diserahkan ke Jaka"). Not "dgn", "ke"
# or "utk" alone: "Anak Berhadapan dengan Hukum".
_PERSON_CONTEXT = re.compile(r"(?i:\b(lansia|janda|duda|penerima|pemohon|kpm|odgj|gelandangan|pengemis|"
                             r"pemulung|yatim|piatu|daksa|netra|rungu|wicara|grahita|disabilitas|terlantar|"
                             r"korban\s+\w+|dijemput|jemput|diantar|dititip(?:kan)?\s+ke|dibonceng|ditemani|disuruh|"
                             r"kata|lapor\s+ke|bersama|diserahkan\s+ke|dampingan|diusulkan|diwakilkan|diwakili|rmh|"
                             r"rumah|ahli\s+waris|cucu|anak|menantu|istri|suami|ybs\s+ke|ke\s+rmh|dikonfirmasi\s+ke))"
                             r"[ \t]+$")
# Of those, the words a noun or an adjective often follows: after them a root is a word, not a name ("rumah Adat",
# "anak Perempuan", "disabilitas Intelektual", "bersama Tim", "korban banjir Bandang").
_COMPOUND_HEADS = frozenset("rumah anak cucu menantu istri suami bersama korban disabilitas daksa netra rungu wicara "
                            "grahita jemput".split())
# Inside a letter's number, up to the word ("045/0813/Sos/VII/2025", "460/0813/Sos.2/2025"): the office's short
# form is no name (pii21).
_IN_LETTER_NO = re.compile(r"[0-9]{2,}(?:\.[0-9]+)*/(?:[A-Za-z0-9.\-]+/)*$")


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].replace("'", "").islower())


def _short_form(text: str, m: re.Match) -> bool:
    """A word in capitals alone in brackets that is made of the starts of the words right before it: their short
    form ("YATIM PIATU (YAPI)", "Program Keluarga Harapan (PKH)"), not a name ("Bertemu (SUKIJO)" is one)."""
    w = m.group(m.lastindex or 0)
    start, end = m.start(m.lastindex or 0), m.end(m.lastindex or 0)
    if not (w.isupper() and text[start - 1:start] == "(" and text[end:end + 1] == ")"):
        return False
    before = [x.upper() for x in _WORD_RE.findall(text, max(0, start - 120), start - 1)][-8:]

    # Remembered by place: tried afresh, a word of one repeated letter after eight such words took minutes.
    @functools.cache
    def made_of(at: int, i: int) -> bool:  # ``w[at:]`` is the starts of before[i:], in order, each one used
        if at == len(w):
            return i == len(before)
        return i < len(before) and any(before[i].startswith(w[at:at + k]) and made_of(at + k, i + 1)
                                       for k in range(1, len(w) - at + 1))

    return any(made_of(0, i) for i in range(len(before)))


def _unlisted_names(text: str, first: bool = False, upper: bool | None = None, line_starts: bool = True,
                    file_name: bool = False) -> list[str]:
    """The words of a note that may be names no list holds: capitalised ones (in a note typed all in capitals,
    ``upper``, its words of four letters or more) and (``line_starts``) a first word of four letters or more in
    lower case. In a ``file_name`` the words of files (``_file_word``) are none."""
    if upper is None:
        upper = not any(c.islower() for c in text)
    words_in = list((_WORD_ASCII_RE if text.isascii() else _WORD_RE).finditer(text))  # read once for both lists
    found = [m for m in words_in
             if (len(m.group()) >= 4 and m.group().isupper() if upper else len(m.group()) >= 3 and _capitalised(m.group()))]
    # The first word of the note, of a line, of a list item or after a colon ("blm cair: ratminah, sukemi").
    if line_starts:
        found += [m for m in _LINE_START.finditer(text) if m.group(1).islower() and len(m.group(1)) >= 4]
    if not upper:  # a name typed in capitals in a note that is not ("ke rmh WARSIYAH")
        found += [m for m in words_in if len(m.group()) >= 6 and m.group().isupper()]
    found.sort(key=lambda m: m.start())
    out, checked = [], set()
    for m in found:
        w = m.group(m.lastindex or 0)
        if w in out:
            continue
        # A typo is looked for in the first few distinct words only: each costs dozens of lookups, and a note of
        # many unknown words (a list of names, or a file made to be slow) is masked, not read slowly.
        checked.add(w)
        window = max(0, m.start() - 40)
        if _capitalised(w) and _MID_SENTENCE.search(text, window, m.start()) is not None:
            person = _PERSON_CONTEXT.search(text, window, m.start())
            unlisted = _unlisted_mid(w, person and person.group(1).split()[0].lower())
        else:
            unlisted = _unlisted(w, typos=len(checked) <= _TYPO_CHECKS)
        if not unlisted or _short_form(text, m) or file_name and _file_word(w):
            continue
        # The words before it, from a window: searched from the note's start, a long note cost its length squared.
        start = max(0, m.start() - 80)
        before = _PREVIOUS_WORD.search(text, start, m.start())
        if before and (before.group(1).lower() in _BEFORE_PLACE or before.group(1).lower() in _PLACE_WORDS) \
                or _NAMED_PLACE_BEFORE.search(text, start, m.start()):
            continue
        if text[m.end():m.end() + 1] in ("/", ".") and _IN_LETTER_NO.search(text, max(0, m.start() - 30), m.start()):
            continue
        out.append(w)
        if first or len(out) > _MANY_NAMES:
            break
    return out


_TYPO_CHECKS = 12
# More names than this in one note: the note is masked whole (``NOTE_MASK``).
_MANY_NAMES = 12
NOTE_MASK = "[catatan disamarkan: banyak nama]"

_ANY_MASK = re.compile(r"\[[^\[\]]*disamarkan[^\[\]]*\]")


def same_but_masking(one: str, other: str) -> bool:
    """Whether two notes differ only where one of them was masked: a mask of either read as any text, the other note
    fits it. The same row sent again after the masking learnt a name (or stopped masking a word) is the row stored,
    not one with "different content" (pii34: a re-sent month refused for eleven notes)."""
    if one == other:
        return True
    return any(_fits(_ANY_MASK.split(masked), plain) for masked, plain in ((one, other), (other, one)))


def _fits(parts: list[str], text: str) -> bool:
    """Whether ``text`` is ``parts`` with some text (at least one character) in place of each mask between them:
    each part found leftmost after the one before, in one pass (a pattern of many masks made of the note itself
    backtracked without end on a note of many spaces)."""
    if len(parts) < 2 or not text.startswith(parts[0]) or not text.endswith(parts[-1]):
        return False
    at, end = len(parts[0]), len(text) - len(parts[-1])
    for part in parts[1:-1]:
        found = text.find(part, at + 1, end - 1 if end - 1 >= at + 1 else at + 1)
        if found < 0:
            return False
        at = found + len(part)
    return end - at >= 1
UNREAD_MASK = "[catatan disamarkan: tidak dibaca teliti]"


def _mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    # Spans that overlap or touch are one: five unknown names in a row gave overlapping spans, and replacing each
    # in turn garbled the marker ("[nama disamarkan]n]") and cut ordinary words after it.
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(end, merged[-1][1])
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + NAME_MASK + text[end:]
    return text


def _mask_lower(text: str, spans: list[tuple[int, int]] | None = None, file_name: bool = False) -> str:
    # A name masked may be followed by another in lower case: repeated until none is left. (``spans``: those of
    # ``text``, found already.) In a ``file_name`` a word of files is none ("data_tksk_autofilter.xlsx").
    if spans is None:
        spans = _lower_names(text)
    if file_name:
        spans = _not_file_words(text, spans)
    while spans:
        text = _mask_spans(text, spans)
        spans = _lower_names(text)
        if file_name:
            spans = _not_file_words(text, spans)
    return text


def _not_file_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in spans if not all(_file_word(w) for w in _WORD_RE.findall(text, a, b))]


def _unlisted_spans(text: str, found: set[str], upper: bool, file_name: bool = False) -> list[tuple[int, int]]:
    """Each word of ``found`` with the capitalised words next to it that are the rest of the name: before it up to a
    stop word or an Indonesian word ("Mengunjungi Warsini"), after it up to a stop word ("Reza Darmanto Putra"),
    only across spaces (not a full stop or a comma); in a ``file_name`` up to a word of files ("Laporan [nama
    disamarkan] Hidden Rows.xlsx", "LOG [nama disamarkan] MARET.xlsx")."""
    tokens = list(_WORD_RE.finditer(text))

    def name_like(t) -> bool:
        w = t.group()
        return (w.isupper() if upper else _capitalised(w)) and not _stop(w) and not (file_name and _file_word(w))

    def joined(a, b) -> bool:
        return text[a.end():b.start()].isspace()


    spans, i = [], 0
    while i < len(tokens):
        if tokens[i].group() not in found:
            i += 1
            continue
        a = i
        # A root before it may be a first name ("Citra Anggraini"); a derived word is a verb or a noun ("Mengunjungi
        # Warsini"), an everyday word no name ("Printer Epson").
        while a > 0 and i - a < 2 and joined(tokens[a - 1], tokens[a]) and name_like(tokens[a - 1]) \
                and (not words.is_word(w := tokens[a - 1].group().lower()) or w in words.roots()) \
                and w not in words.EVERYDAY and w not in _PLACE_NAME_WORDS:
            a -= 1
        b = i
        while b + 1 < len(tokens) and b - i < 3 and joined(tokens[b], tokens[b + 1]) and name_like(tokens[b + 1]) \
                and not _verb_like(tokens[b + 1].group()):
            b += 1
        spans.append((tokens[a].start(), tokens[b].end()))
        i = b + 1
    return spans


# Words joined by an underscore, as a chat or a file's name joins them ("pak_sudarman kks blokir", "nek_sapiah"): no
# title or name pattern reads "_" as a space, and such names were stored as typed (pii21). Not after a digit or
# before one ("rekap_2024").
_UNDERSCORE = re.compile(r"(?<=[A-Za-z.])_(?=[A-Za-z])")


# A chat's line copied with its time and its sender ("[12/03 09.14] Andika: …", "<12/03 09.14> Andika: …", "12/03/25,
# 10.02 - Andika: …"): the sender is a person, as the phone's contacts name them, unless a word of an office, a role
# or a place is among the sender's words ("Pak Kades", "Kadus Satu", "Operator Desa"), which the other readings
# handle. A sender that was a word ("Andika") was kept (pii24).
_CHAT_SENDER = re.compile(r"^([ \t]*(?:\[[0-9][^\]\n]{2,24}\]|<[0-9][^>\n]{2,24}>|[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?,?"
                          r"[ \t]+[0-9]{1,2}[.:][0-9]{2}[ \t]*-)[ \t]*~?[ \t]*)([A-Z][A-Za-z'\-]*(?:[ \t]+[A-Z][A-Za-z'\-]*){0,3})"
                          r"(?=[ \t]*:)", re.M | re.ASCII)


def _sender_spans(text: str) -> list[tuple[int, int]]:
    """Where a chat's sender is a person's name (``_CHAT_SENDER``)."""

    spans = []
    for m in _CHAT_SENDER.finditer(text):
        names = [w.lower() for w in m.group(2).split()]
        if not any(_stop(w) or w in OFFICES or w in words.EVERYDAY or w in _PLACE_NAME_WORDS for w in names):
            spans.append((m.start(2), m.end(2)))
    return spans


def mask_note(text, file_name: bool = False):
    """A free-text note as it may be stored or shown: ``mask``, and names that no list holds (``_unlisted_names``,
    ``_lower_names``). Only for notes: a message quoting a file's header or a wrong code must show it as written
    ("kolom Kdkec"). A ``file_name``'s first word in lower case is no name: a note starts with one ("ratminah
    blm cair"), a file name with a short form or an English word ("lapbul_feb25", "counts.csv")."""
    if not isinstance(text, str) or not text:
        return text
    upper = not any(c.islower() for c in text)  # judged on the note as written: a marker is lower case
    if _PLACE_ON_A_MAP.search(text):
        text = _PLACE_ON_A_MAP.sub(ADDRESS_MASK, text)
    if _PASSPORT.search(text):
        text = _PASSPORT.sub(lambda m: m.group(1) + NUMBER_MASK, text)
    out = mask(text)
    if "@" in out:
        out = _HANDLE.sub(_handle_sub, out)
    # Read again with its underscores as spaces, after ``mask`` (an e-mail's "budiman_oi@…" is masked already), and
    # kept so only when a name was found: "lap_bulanan_juni.xlsx" stays as typed. A file's name has its own reading.
    if not file_name and _UNDERSCORE.search(out):
        spaced = _UNDERSCORE.sub(" ", out)
        if (masked := mask_note(spaced)) != spaced:
            return masked
    new = read = normalise(out)
    found = _unlisted_names(new, upper=upper, line_starts=not file_name, file_name=file_name)
    if len(found) > _MANY_NAMES or len(lower := _lower_names(new)) > _MANY_NAMES:
        return NOTE_MASK
    if found:
        new = _mask_spans(new, _unlisted_spans(new, set(found), upper, file_name))
    if senders := _sender_spans(new):
        new = _mask_spans(new, senders)
    # The lower-case names of the text read above, when nothing was masked since (not looked for twice).
    new = _NAMES_IN_A_ROW.sub(NAME_MASK, _beside_names(_mask_lower(new, lower if new is read else None, file_name)))
    return out if new == read else new


# A column's close reading is bounded three ways; past any bound its notes are masked whole, unread (``UNREAD_MASK``,
# and the import says how many and asks for the file to be split). Sized so that a large real import is read
# whole: 100.000 rows each with a different note of two sentences of the kind clerks write (97 characters on
# average, most naming someone; pii25) are 7,9 million characters to read closely and 12.500 new words, 19 s of
# CPU on the reference machine; at the earlier bounds (3 million characters, 20.000 words) 62.000 of them were
# stored unread (pii24).
# Words a column of notes may look up for the first time (each a few dozen set lookups): a bound on a file made of
# invented words (100.000 notes of eight such words: 1,5 s, 2.500 of them read).
FRESH_WORDS = 40_000
_SOME_WORD = re.compile(r"[A-Za-z]{3}")


# Characters of a column's distinct notes read closely (``mask_note``, those with something to mask): 2,5 to 3 µs a
# character for the notes above and for long notes dense with names and numbers, each different (100.000 notes of
# 2.000 such characters, cut at the column's limit: 35 s of CPU in all, 17.700 of them read before this bound).
NOTE_CHARS = 10_000_000
# And the seconds of CPU the reading may take (of the thread that reads: a server's other users do not count): a
# hard bound for notes that cost far more a character than any seen, which the two bounds above would not stop in
# time. About 1,5 times what the large real import above takes here: the import runs in the server for the
# operator who pressed it, and every other user shares that CPU (60 s let a crafted file hold it for a minute).
NOTE_SECONDS = 30.0
_clock = time.thread_time


def mask_notes(notes: list[str], flagged) -> list[str]:
    """``mask_note`` over a column's notes (``flagged``: those ``ANY`` found, masked in any case), within
    ``FRESH_WORDS`` words looked up for the first time, ``NOTE_CHARS`` characters read closely and ``NOTE_SECONDS`` of
    CPU."""

    start, read, began, over = words.fresh_lookups(), 0, _clock(), False
    out = []
    for note, hit in zip(notes, flagged):
        if not isinstance(note, str):
            out.append(note)
            continue
        # Once past a bound, past it for the rest of the column (each only grows).
        over = over or read > NOTE_CHARS or words.fresh_lookups() - start > FRESH_WORDS or _clock() - began > NOTE_SECONDS
        if over:
            # Masked whole, unread: a name only the dictionary finds may be in it. Said as such, with its own marker
            # and a note for the clerk (it read "many names", and half of a large file's notes went without a word;
            # pii21).
            out.append(UNREAD_MASK if _SOME_WORD.search(note) else mask(note) if hit else note)
        elif hit or note_needs_mask(note):
            read += len(note)
            out.append(mask_note(note))
        else:
            out.append(note)
    return out


def note_needs_mask(text) -> bool:
    """Whether ``mask_note`` may change ``text`` beyond what ``ANY`` finds (a name in lower case after a form of
    address, or a word no list holds)."""
    if not isinstance(text, str) or not text:
        return False
    t = normalise(text)
    if _UNDERSCORE.search(t):  # "pak_sudarman": neither ``ANY`` nor the checks below read "_" as a space
        spaced = _UNDERSCORE.sub(" ", t)
        if _holds(spaced) or _unlisted_names(spaced, first=True) or _lower_names(spaced, first=True):
            return True
    return bool(_PLACE_ON_A_MAP.search(t) or _PASSPORT.search(t) or _unlisted_names(t, first=True) or _lower_names(t, first=True) or _sender_spans(t)
                or "@" in t and any(_handle_sub(m) != m.group() for m in _HANDLE.finditer(t)))


# A home's place on a map, as a geotagged photo or a shared location gives it: a pair of coordinates in degrees with
# four decimals or more ("-3.245678, 104.652311", "-3,2456 104,6523"), in degrees, minutes and seconds
# ("3°14'44.4\"S 104°39'08.3\"E"), or a map's link ("https://maps.app.goo.gl/…"). It points at a house as an address
# does (pii34). A sum has three digits a group ("Rp 1.250.000"), so four decimals are no sum.
_DEGREES = r"-?[0-9]{1,3}[.,][0-9]{4,}\s*°?(?:\s*[NSEWnsewUTBLutbl](?![A-Za-z]))?"
_DMS = r"[0-9]{1,3}\s*°\s*[0-9]{1,2}\s*['’′]\s*[0-9]{1,2}(?:[.,][0-9]+)?\s*(?:[\"”″]|'')?\s*[NSEWnsewUTBLutbl]?"
_PLACE_ON_A_MAP = re.compile(r"(?<![0-9.,])(?:" + _DEGREES + r"[ \t]*[,;/]?[ \t]*" + _DEGREES + r"|" + _DMS + r"[ \t]*[,;/]?[ \t]*"
                             + _DMS + r")(?![0-9])"
                             r"|(?:https?://)?(?:www\.)?(?:maps\.app\.goo\.gl|goo\.gl/maps|maps\.google\.[a-z.]+|"
                             r"google\.[a-z.]+/maps)(?:[^\s,;)]|,(?=[0-9\-]))*")


# A passport's number, one letter and seven digits ("paspor B1234567", "no paspor C 1234567"), which the card rule
# (a digit first, nine or more) does not read; a migrant worker's case (PMBS) names one (pii34).
_PASSPORT = re.compile(r"((?i:paspor|passport|pasport)\s*(?:(?i:no|nomor|nmr)\s*)?[.:]?\s*)[A-Za-z]\s?[0-9]{7,8}(?![0-9])")


# A social-media account ("tiktok @sitiaminah", "IG @juleha_88", an alias "Rosidah@Ida"; pii34): it names a person
# as a name does. An e-mail address is masked before; "@" before a price, a count or a report word is "each" ("@Rp
# 15 jt", "10 kg @KPM", "@15 jt").
_HANDLE = re.compile(r"(?<![A-Za-z0-9._%+\-'])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])")
_PRICE_AT = re.compile(r"(?i:rp)?[0-9.,]*(?:[a-z]{0,3})?")


def _handle_sub(m: re.Match) -> str:
    handle = m.group(1)
    letters = re.sub(r"[0-9_.]+", " ", handle).split()
    if m.string.endswith(NAME_MASK, 0, m.start()):  # an alias after a name ("Rosidah@Ida")
        return "@" + NAME_MASK
    if _PRICE_AT.fullmatch(handle) or not letters or all(words.is_word(w) or len(w) <= 3 for w in letters):
        return m.group()
    return "@" + NAME_MASK


# Trunk roads, and roads named after a national hero with the hero's rank ("Jl. Jend. Sudirman"): without a house
# number they are where a report happened, not a home.
_ROAD = re.compile(r"(?i:jl|jln)\s*\.?\s*(?i:lintas|raya|poros|nasional|provinsi|tol|jend|jenderal|jendral|kol|kolonel|"
                   r"letjen|mayjen|brigjen|kapten|kapt|laksamana|pangeran|sultan|kh|r\.?\s*a)\b[^0-9]*$")


# An RT by its number alone, as an office ("Ketua RT 05", "Pak RT 03") or in a range of RT ("RT 01 s/d RT 05"): a
# neighbourhood's head or a stretch of a desa, not a home.
_BARE_RT = re.compile(r"(?i:rt)\s*[.:]?\s*[0-9]+")
_RT_OFFICE = re.compile(r"(?i:\b(?:ketua|kepala|pak|bu|bapak|ibu|pengurus)\s+)$")
_RT_RANGE = re.compile(r"\s*(?i:s/d|sd|sampai|hingga|-|–)\s*(?i:rt)\s*[.:]?\s*[0-9]+")
_RT_RANGE_BEFORE = re.compile(r"(?i:rt)\s*[.:]?\s*[0-9]+\s*(?i:s/d|sd|sampai|hingga|-|–)\s*$")


def _address_sub(m: re.Match) -> str:
    if _ROAD.match(m.group(2)):
        return m.group(0)  # "Jl. Lintas Timur rusak": a road, no house
    if _BARE_RT.fullmatch(m.group(2).rstrip()) and (
            _RT_OFFICE.search(m.string, max(0, m.start(2) - 12), m.start(2))
            or _RT_RANGE.match(m.string, m.end(2)) or _RT_RANGE_BEFORE.search(m.string, max(0, m.start(2) - 20), m.start(2))):
        return m.group(0)
    # The house number's pattern ends on the space, comma or bracket after it: kept, or the marker ran into the
    # next word ("[alamat disamarkan]rusak").
    tail = m.group(2)[-1:]
    return f"{m.group(1)}{ADDRESS_MASK}{tail if tail in ' ,;)' else ''}"


_DOCUMENT_BEFORE = re.compile(r"(?i:akta|akte|surat|keterangan|data|jumlah|angka)\s+$")


def _birth_sub(m: re.Match) -> str:
    if _DOCUMENT_BEFORE.search(m.string, max(0, m.start(2) - 20), m.start(2)):
        return m.group(0)  # "Akta kelahiran 2024 utk 15 anak": a document of that year
    return f"{m.group(1)}{m.group(2)}{BIRTH_MASK}"


# A second year of birth soon after one masked: the papers often disagree, and the note gives both ("lahir
# 14-06-1953, di KK 1955", "lhr 1950 (ktp), 1952 (kk)", "lahir thn 52 versi kk, ktp thn 54"); the second stayed
# (pii21). A year before 2010, or two digits after "thn" (not a date's day: "thn 12/12/1940"). Not two digits after
# "KK" alone: "lahir 1950, KK 3 jiwa" counts households. Not the year of a whole date: that is masked whole later
# (``OLD_DATE``), and "di KK 12/12/1940" kept its "12/12/".
_SECOND_YEAR = re.compile(r"(?<![0-9])(?<![/.\-][0-9]{2}[/.\-])(?<![/.\-][0-9][/.\-])(?:19[0-9]{2}|200[0-9])(?![0-9])"
                          r"|(?<![A-Za-z])(?i:thn|th|tahun)\.?\s*([0-9]{2})(?![0-9]|[/.\-][0-9])", re.ASCII)
_CLAUSE_END = re.compile(r"[\n.;!]")
# How far after a date of birth a second one is looked for: a clause of a few words ("tp di ktp 1950").
_SECOND_YEAR_WINDOW = 40


def _second_births(text: str) -> str:
    """``text`` with a second year of birth masked in the clause after each ``BIRTH_MASK`` (``_SECOND_YEAR``).
    A function, not a pattern: Python's look-behind is of a fixed width."""
    out, at = [], 0
    while (k := text.find(BIRTH_MASK, at)) >= 0:
        start = k + len(BIRTH_MASK)
        window = text[start:start + _SECOND_YEAR_WINDOW]
        if (end := _CLAUSE_END.search(window)) is not None:
            window = window[:end.start()]
        out.append(text[at:start])
        m = _SECOND_YEAR.search(window)
        if m is None:
            at = start
            continue
        g = 1 if m.group(1) is not None else 0
        out.append(window[:m.start(g)] + BIRTH_MASK)
        at = start + m.end(g)
    return "".join(out) + text[at:]


# Units a count carries: "BA 2 KK" (a report of two families) is no plate.
_COUNT_UNITS = frozenset("kk rt rw kpm org jam th thn bln hr kg ton pkh jiwa".split())


def _plate_sub(m: re.Match) -> str:
    letters = m.group(2).rstrip()[-3:].lstrip(" -0123456789").lower()
    if letters in _COUNT_UNITS:
        return m.group(0)
    return f"{m.group(1)}{PLATE_MASK}{m.group(3)}"


def _card_sub(m: re.Match) -> str:
    if m.group(3) is not None:
        return f"{m.group(1)}{m.group(2)}{NUMBER_MASK}"
    return f"{m.group(4)}{NUMBER_MASK}"


class _Dense(Exception):
    """A text with more numbers in a row than a note holds: masked whole (``mask``)."""


# Passes of one pattern over a text. Matches share their edge characters with the next one, so a pass may mask every
# other number only: a cell of 100 phone numbers took 100 passes, and 6.000 such cells 101 s with the store locked.
SUB_PASSES = 8
DENSE_MASK = "[catatan disamarkan: banyak data pribadi]"


def _sub_all(pattern, repl, text: str, can=None) -> str:
    """``pattern.sub`` until nothing changes (``pattern``: or a function giving the pattern for a text). ``can``: a
    cheap test that is true of every text the pattern may match in (``_CAN``), so that a pass that could change
    nothing is not made."""
    # Matches share their edge characters with the next one ("…901, 0812…"), so repeat until nothing changes.
    for _ in range(SUB_PASSES):
        if can is not None and not can(text):
            return text
        new = (pattern if isinstance(pattern, re.Pattern) else pattern(text)).sub(repl, text)
        if new == text:
            return new
        text = new
    if (can is None or can(text)) and (pattern if isinstance(pattern, re.Pattern) else pattern(text)).sub(repl, text) != text:
        raise _Dense
    return text


# What a text must hold for a pattern to match in it, tested before the pattern is run: the words a pattern needs
# (in any case, as the patterns read them), or how many digits (a NIK has 16, a mobile number 9 or more, a landline
# 8). Most notes have none of most: a pattern's pass over a note costs it far more than these looks (pii25). Each is
# true of every text the pattern can match; where unsure, none is given.
# (Asked of the same text by several tests in a row: remembered for the last few texts.)
@functools.lru_cache(maxsize=8)
def _digit_count(text: str) -> int:
    return sum(map(text.count, "0123456789"))


@functools.lru_cache(maxsize=8)
def _lower(text: str) -> str:
    return text.lower()


def _holds_word(*words_):
    return lambda text: any(w in _lower(text) for w in words_)


def _at_least(n: int):
    return lambda text: _digit_count(text) >= n


# A maximal run of letters and apostrophes that is a given name: ``_GIVEN`` is bounded by such characters on both
# sides, in ``_GIVEN_RE`` and in ``_DETECT_GIVEN``.
_LETTER_RUNS = re.compile(r"[A-Za-z']+")
_GIVEN_CASED = frozenset([n.capitalize() for n in CAPITALISED_NAMES] + [n.upper() for n in CAPITALISED_NAMES])
_GIVEN_LOWER = frozenset(GIVEN_NAMES)


def _given_run(text: str) -> bool:
    return any(w.lower() in _GIVEN_LOWER or w in _GIVEN_CASED for w in _LETTER_RUNS.findall(text))


def _email_at(text: str) -> bool:
    return "@" in text or "\uff20" in text or "at" in _lower(text)


_BIRTH_WORDS = _holds_word("lahir", "lhr", "ttl", "dob")
_CAN = {
    "NIK": _at_least(16), "PHONE": _at_least(9), "PHONE_GROUPED": _at_least(8), "PHONE_BARE": _at_least(10),
    "LANDLINE": _at_least(8), "ACCOUNT": _at_least(15), "CARD": _at_least(9), "EMAIL": _email_at,
    "_DETECT_EMAIL": _email_at, "_DETECT_EMAIL_SPELLED": _holds_word("at"), "EMAIL_SPELLED": _holds_word("at"),
    "BIRTH": _BIRTH_WORDS, "BIRTH_LATER": _BIRTH_WORDS, "PIN": _holds_word("pin"),
    "OLD_DATE": lambda text: "19" in text or "200" in text,
    "CARD_LEFTOVER": lambda text: "disamarkan]" in text,
    "CARD_CODE": _holds_word("kip", "kis", "kks", "bpjs", "jkn", "kartu", "akta"),
    "_DETECT_CARD_CODE": _holds_word("kip", "kis", "kks", "bpjs", "jkn", "kartu", "akta"),
    "_DETECT_GIVEN": _given_run, "GIVEN": _given_run,
    # a house, a street or an estate, an RT or an RW (each of the other words of ``ADDRESS`` holds one of these)
    "ADDRESS": _holds_word("rumah", "rmh", "jl", "gg", "lr", "perum", "komp", "blok", "gang", "lorong", "jalan",
                           "asrama", "rt", "rw"),
}
# ``ANY`` one pattern at a time, each after its test: the same answer as ``_ANY_RE.search``, a part at a time (the
# alternation tried all nineteen at every character of a note).
_ANY_PART_NAMES = ("NIK", "PHONE", "PHONE_GROUPED", "PHONE_BARE", "LANDLINE", "_DETECT_EMAIL", "_DETECT_NAME",
                   "_DETECT_GIVEN", "_DETECT_AGED", "CARD", "BIRTH", "BIRTH_LATER", "PLATE", "_DETECT_CARD_CODE", "PIN",
                   "OLD_DATE", "_DETECT_EMAIL_SPELLED", "_DETECT_WORD_NAME_FIRST", "_DETECT_WORD_NAME_APPOSITION")
_ANY_TESTED = tuple((re.compile(part, re.ASCII), _CAN.get(name)) for name, part in zip(_ANY_PART_NAMES, ANY_PARTS))


def _any_found(text: str) -> bool:
    """``_ANY_RE.search(text) is not None``."""
    return any((can is None or can(text)) and pattern.search(text) is not None for pattern, can in _ANY_TESTED)


_DETECT_NAME_RE, _DETECT_GIVEN_RE, _DETECT_AGED_RE = (re.compile(p, re.ASCII) for p in (_DETECT_NAME, _DETECT_GIVEN, _DETECT_AGED))


def _words_found(text: str) -> bool:
    """``_WORDS_RE.search(text) is not None``, a part at a time."""
    return (_DETECT_NAME_RE.search(text) is not None or _given_run(text) and _DETECT_GIVEN_RE.search(text) is not None
            or _DETECT_AGED_RE.search(text) is not None)


# ``NAME`` without its second ("a.n.") or third ("bin") reading, for a text that holds no word either needs: the
# same matches, found without trying them at every capital.
_OPEN = "|(^|[^A-Za-z])("  # where the second and the third reading begin
_NAME_READINGS = NAME.split(_OPEN)
assert len(_NAME_READINGS) == 3
_NAME_WITHOUT = {(an, bin_): re.compile(_NAME_READINGS[0] + ("|" if an else "|(?!)") + _OPEN[1:] + _NAME_READINGS[1]
                                        + ("|" if bin_ else "|(?!)") + _OPEN[1:] + _NAME_READINGS[2], re.ASCII)
                 for an in (False, True) for bin_ in (False, True)}
_AN_WORD = _holds_word("a.", "a/n", "an.", "atas")
_BIN_WORD = _holds_word("bin")


def _name_pattern(text: str) -> re.Pattern:
    an, bin_ = _AN_WORD(text), _BIN_WORD(text)
    return _NAME_RE if an and bin_ else _NAME_WITHOUT[an, bin_]


# The ASCII characters ``SPACE_TABLE`` changes (a tab, control characters): a text of ASCII without them is its own
# normal form, and ``str.translate`` looks every character up in a table of some 800 (a tenth of a note's masking).
_ASCII_MAPPED = re.compile("[" + "".join(f"\\x{k:02x}" for k in sorted(_SPACES) if k < 128) + "]")


def normalise(text: str) -> str:
    """Unicode spaces as spaces, zero-width characters dropped (what the patterns expect)."""
    if text.isascii() and _ASCII_MAPPED.search(text) is None:
        return text
    return text.translate(SPACE_TABLE)


def normalise_column(values):
    """A pandas Series of text with ``normalise`` applied to the cells that need it (found by Arrow, at C speed)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not len(values):
        return values
    hits = pc.match_substring_regex(pa.array(values.array), UNUSUAL_SPACE).fill_null(False).to_numpy(zero_copy_only=False)
    if not hits.any():
        return values
    out = values.copy()
    out[hits] = [normalise(v).strip() for v in values[hits]]  # a mark read as a space at either end is none
    return out


_AGED_HINT = re.compile(r"[0-9]\s*(?i:th|thn|tahun)\b|(?i:umur|usia)|\(\s*[0-9]{1,3}\s*\)")


# A letter typed for the digit it looks like, inside a number ("08l2 3456 7890", "O812…"): the number is still a
# phone or a NIK to whoever reads it. Such letters (one or a run: "3OO4") stand right next to a digit, with no other
# letter beside them; one set apart by a separator ("0812/l/2024", "…7890 l") is not read as a digit.
_LOOKALIKE = re.compile(r"(?<![A-Za-z])(?:(?<=[0-9])[OoIl]+|[OoIl]+(?=[0-9]))(?![A-Za-z])")
_LOOKALIKE_DIGIT = str.maketrans("OoIl", "0011")
# The same letters as RE2, for Arrow's first look at a column: the cells that may hold one (a few more than do).
LOOKALIKE = r"[0-9][OoIl]+(?:[^A-Za-z]|$)|(?:^|[^A-Za-z])[OoIl]+[0-9]"


def _digits_typed_as_letters(text: str) -> str:
    """``text`` with such letters read as digits where, so read, they are part of a NIK or a phone number; a letter
    elsewhere stays as typed (a note's "5O0 ribu" is not changed)."""
    if _LOOKALIKE.search(text) is None:
        return text
    probe = _LOOKALIKE.sub(lambda m: m[0].translate(_LOOKALIKE_DIGIT), text)
    chars = list(text)
    for pattern in (_NIK_RE, _PHONE_RE, _PHONE_GROUPED_RE):
        for m in pattern.finditer(probe):
            chars[m.start(2):m.end(2)] = probe[m.start(2):m.end(2)]
    return "".join(chars)


# Two dates written as a range have sixteen digits too ("01/05/2024 – 31/05/2024").
_DATE_RANGE = re.compile(r"[0-9]{1,2}([./-])[0-9]{1,2}\1[0-9]{4} ?[-\u2013\u2014] ?[0-9]{1,2}([./-])[0-9]{1,2}\2[0-9]{4}")


def _nik_sub(m: re.Match) -> str:
    if _DATE_RANGE.fullmatch(m.group(2)):
        return m.group(0)
    return f"{m.group(1)}{NIK_MASK}{m.group(3)}"


_RUPIAH_BEFORE = re.compile(r"(?i:rp)\.?\s*$")


def _bare_phone_sub(m: re.Match) -> str:
    if _RUPIAH_BEFORE.search(m.string, max(0, m.start(2) - 6), m.start(2)):
        return m.group(0)  # "Rp 8500000000": an amount
    return f"{m.group(1)}{PHONE_MASK}{m.group(3)}"


# A letter's number up to a slash ("460/", "400.9.2/"): the office's code after it begins with 0 as often as not.
_LETTER_NO_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,4}(?:\.[0-9]{1,3}){0,3}/$")


def _phone_sub(m: re.Match) -> str:
    if "/" in m.group(2) and _LETTER_NO_BEFORE.search(m.string, max(0, m.start(2) - 16), m.start(2)):
        return m.group(0)  # "460/0852/412.201/2025": a letter's number, the phone marker named it wrongly (pii21)
    return f"{m.group(1)}{PHONE_MASK}{m.group(3)}"


def mask(text):
    """``text`` with every NIK/KK number, mobile number, e-mail address and name (as above) replaced by a marker."""
    if not isinstance(text, str) or not text:
        return text
    out = _digits_typed_as_letters(normalise(text))
    if not _holds(out):
        return text
    try:
        return _mask_found(out)
    except _Dense:
        return DENSE_MASK


def _mask_found(out: str) -> str:
    out = _sub_all(_BIRTH_RE, _birth_sub, out, _CAN["BIRTH"])
    out = _sub_all(_BIRTH_LATER_RE, _birth_sub, out, _CAN["BIRTH_LATER"])
    if BIRTH_MASK in out:
        out = _second_births(out)
    if _numbers_or_email(out):
        out = _sub_all(_EMAIL_RE, lambda m: EMAIL_MASK, out, _CAN["EMAIL"])
        if _CAN["EMAIL_SPELLED"](out):
            out = _EMAIL_SPELLED_RE.sub(lambda m: m.group(1) + EMAIL_MASK, out)
        out = _sub_all(_NIK_RE, _nik_sub, out, _CAN["NIK"])
        if _CAN["ACCOUNT"](out):
            out = _ACCOUNT_RE.sub(NUMBER_MASK, out)
        out = _sub_all(_PHONE_RE, _phone_sub, out, _CAN["PHONE"])
        out = _sub_all(_PHONE_GROUPED_RE, lambda m: f"{m.group(1)}{PHONE_MASK}{m.group(3)}", out, _CAN["PHONE_GROUPED"])
        out = _sub_all(_PHONE_BARE_RE, _bare_phone_sub, out, _CAN["PHONE_BARE"])
        out = _sub_all(_LANDLINE_RE, lambda m: f"{m.group(1)}{PHONE_MASK}{m.group(3)}", out, _CAN["LANDLINE"])
        # what is left: other numbers, and numbers of other lengths
        out = _sub_all(_CARD_RE, _card_sub, out, _CAN["CARD"])
        # A card's number one digit too long reads, from its end, as a landline: its first groups stayed after the
        # card's name ("nomor kk 1610 0123 [telepon disamarkan]").
        if _CAN["CARD_LEFTOVER"](out):
            out = _CARD_LEFTOVER.sub(lambda m: m.group(1) + m.group(2) + NUMBER_MASK, out)
    if _DIGIT.search(out) is not None:
        out = _sub_all(_PLATE_RE, _plate_sub, out)
        if _CAN["CARD_CODE"](out):
            out = _CARD_CODE_RE.sub(lambda m: m.group(1) + m.group(2) + NUMBER_MASK, out)
        if _CAN["PIN"](out):
            out = _PIN_RE.sub(lambda m: m.group(1) + m.group(2) + NUMBER_MASK + m.group(4), out)
        if _CAN["OLD_DATE"](out):
            out = _OLD_DATE_RE.sub(lambda m: m.group(1) + BIRTH_MASK + m.group(3), out)
    # Addresses before names: a name's capitalised words would run on into the street ("Bik Ijah Jl. Merdeka").
    out = _sub_all(_ADDRESS_RE, _address_sub, out, _CAN["ADDRESS"])
    out = _WORD_NAME_FIRST_RE.sub(lambda m: m.group(1) + NAME_MASK, out)
    out = _WORD_NAME_APPOSITION_RE.sub(lambda m: m.group(1) + NAME_MASK, out)
    out = _sub_all(_name_pattern, _name_sub, out)
    out = _sub_all(_GIVEN_RE, _given_sub, out, _CAN["GIVEN"])
    if _AGED_HINT.search(out):
        out = _AGED.sub(_aged_sub, out)
    return _NAMES_IN_A_ROW.sub(NAME_MASK, _beside_names(out))


def mask_file_name(name):
    """A file's name as it may be shown or kept: its words are often joined by underscores
    ("laporan_Ibu_Siti_Aminah.csv"), which no pattern reads as spaces; its extension is kept ("laporan Mang
    [nama disamarkan].csv", not a name "Udin.csv" masked with it). Our own names (a build, a batch) are not
    masked (``STORE_FIELDS`` in ``tksk.problems``)."""
    if not isinstance(name, str):
        return name
    if "/" in name or "\\" in name:  # a path: each folder's name read alone, and kept as written when nothing is masked
        return "".join(p if p in ("/", "\\") else mask_file_name(p) for p in re.split(r"([/\\])", name))
    stem, dot, ext = name.rpartition(".")
    if not (stem and ext.isalnum() and len(ext) <= 8):  # "xlsx", "geojson", "parquet"
        stem, dot, ext = name, "", ""
    spaced = stem.replace("_", " ")
    # Read as a note is: a name no list holds ("laporan_Pardiyem.csv") is found against the dictionary too.
    masked = _mask_lower_file_words(mask_note(spaced, file_name=True))
    if masked == spaced:
        # Words kept in their spaced reading ("Rekap RTLH Sri Kembang") stay kept; only a number or an address
        # that the underscores themselves join is looked for in the name as written.
        masked = mask(stem) if _numbers_or_email(stem) else stem
    return masked + dot + ext


def _lower_file_word(word: str) -> bool:
    """Whether a word of a file's name in lower case may be a name ("laporan_sukijah.csv"): two syllables or more,
    a given name of the lists (four letters or more) or a word no list holds (five or more: a file's short words are
    short forms and English far more often than names), and no English word derived from one ("counts",
    "reordered")."""
    w = word.lower()

    if w in _GIVEN_SET:
        return len(w) >= 4 and word.islower() and not words.is_word(w)
    return (len(w) >= 5 and word.islower() and len(_SYLLABLE.findall(w)) >= 2 and _unlisted(w)
            and not _ENGLISH_LOOKING.search(w) and not _english_derived(w) and not _file_word(w))


# What a file is called after besides its contents: the state a spreadsheet or a tool left it in and the words
# clerks add to tell copies apart, which no dictionary here holds. Each was masked as a person's name in every
# message about its file ("rekap [nama disamarkan].xlsx" for rekap_autofilter.xlsx, "log [nama disamarkan]
# maret.xlsx" for log_broken_maret.xlsx; red-team round 10), and the clerk could not tell which file a message was
# about. Only in a file's name; none is a given name of the lists (tested).
FILE_WORDS = frozenset("""
    autofilter filter protect lock unlock pivot pivottable freeze frozen unfreeze wrap border color colour highlight
    conditional validation dropdown corrupt repair recover autosave autorecover readonly compatibility compatible mode
    broken break bener beneran ori asli dirty split archive arsip rincian rinci apdet updet ver acc app apps
    worksheet workbook chart graph rank ranking trim logbook log book hide unhide show shown visible grid gridlines
    macro pivot slicer freeze pane panes zoom landscape portrait printarea area range named protected
    kobo kobotoolbox odk googleform gform gsheet gdrive onedrive dropbox siksng epkh ebansos cekbansos
    fromwa dariwa viawa lastest newest latest oldest tanggapan jawaban respon response salinan cadangan susulan perbaikan diperbaiki ralat benar betul fiks fixed
    mentah olahan olah gabungan gabung pecahan pisah terpisah bersih dibersihkan cek dicek periksa diperiksa
    percobaan coba uji ujicoba latihan contoh dummy tes test testing trial
    """.split())
_FILE_PREFIXES = ("", "un", "re", "auto", "pre", "non", "de", "dis", "e")
_FILE_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "er", "ers", "able", "ness", "ment", "ly")


def _file_word(word: str) -> bool:
    """Whether a word of a file's name is a word of files: one of ``FILE_WORDS`` or ``words.EVERYDAY``, such a word
    with an English affix ("filtered", "unprotected", "wrapped", "ebansos"), or two of them joined ("worksheet",
    "finalfix", "cekbansos"; each of three letters or more). Never a given name of the lists."""
    w = word.lower()
    if w in _GIVEN_SET:
        return False
    return _file_vocabulary(w) or any(_file_vocabulary(w[:i]) and _file_vocabulary(w[i:])
                                      for i in range(3, len(w) - 2))


_FILE_KNOWN = FILE_WORDS | words.EVERYDAY


@functools.lru_cache(maxsize=4096)
def _file_vocabulary(w: str) -> bool:
    known = _FILE_KNOWN
    for pre in _FILE_PREFIXES:
        if not w.startswith(pre):
            continue
        for suf in _FILE_SUFFIXES:
            if not w.endswith(suf) or len(w) - len(pre) - len(suf) < 3:
                continue
            core = w[len(pre):len(w) - len(suf)]
            # "wrapped", "trimmed": the last letter doubled before -ed and -ing
            if core in known or suf in ("ed", "ing", "er", "ers") and core[-1:] == core[-2:-1] and core[:-1] in known:
                return True
    return False


# Spellings of English that Indonesian names seldom have ("below", "hidden", "future", "thousands"): a file's
# name is named in English as often as in Indonesian, and no English dictionary is at hand.
_ENGLISH_LOOKING = re.compile(r"th|ck|ee|oo|ph|wh|sh|ght|tion|ou|ea|ow|w$|e$|ed$|ing|ly$|ble|ful|less|ness|ture|"
                              r"ive$|ize|ise$|ment|[qxv]|[^aeiou]{3}|^(?:un|re|pre|dis|over|under)")


def _english_derived(word: str) -> bool:

    return any(word.startswith(pre) and word.endswith(suf) and len(core := word[len(pre):len(word) - len(suf)]) >= 3
               and words.is_word(core)
               for pre in ("", "re", "un", "pre") for suf in ("", "s", "es", "ed", "d", "ing", "er", "ers")
               if pre or suf)


def _mask_lower_file_words(text: str) -> str:
    """A file's name: its words in lower case after the first that may be a name (``_lower_file_word``). A clerk
    names a file after a person in lower case as often as with capitals; the first word is a short form or an
    English word ("lapbul", "counts") far more often than a name, as ``mask_note`` says."""
    tokens = list(_WORD_RE.finditer(text))
    spans = [(t.start(), t.end()) for t in tokens[1:] if _lower_file_word(t.group())]
    if len(spans) > _MANY_NAMES:
        return NOTE_MASK
    return _mask_spans(text, spans) if spans else text


# An id that reads as a name, not a code: no digit at all ("Siti Aminah", "Aminah"), two words of letters side by
# side ("Siti Aminah 1"), or a number as long as a NIK or a card's ("16100412345600012"). RE2, for Arrow.
ID_NOT_CODE = r"^[^0-9]*[A-Za-z]{3}[^0-9]*$|[A-Za-z]{3,}\s+[A-Za-z]{3,}|[0-9]{15,}"


def _digits(pattern: list[str]) -> str:
    """Digit patterns in a row, a mark or a space allowed between any two ("1610-0465-0260", "16 10 04 65")."""
    return r"[-./ ]?".join(pattern)


# Personal numbers an id may hold however short (RE2, for Arrow): a number after a card's or a contact's word
# ("NIK-161004650260", "KK-161004010101", "HP-0813-7771", "WA-81377712"), and the first twelve digits of a woman's
# NIK, its kecamatan and her date of birth, whatever marks part them ("1610-04-6502-6000": 161004, born 25-02-60).
# Our template's ids hold a year there (1610-04-2025-0012: day 20 of month 25, none). An id below 15 digits was
# stored as typed, half a NIK that with the desa and the date on its row nearly names the person (rt7).
_ID_WORDS = (r"(?i:nik|nkk|ktp|bpjs|npwp|no\.?\s*rek|norek|rek|rekening|hp|wa|whatsapp|telp|tlp|telepon)")
# "KK" and the cards' short forms open a code as often ("KK-2025-0001": a visit, a year, a number): only a number as
# long as a family card's first ten digits after them is one.
_CARD_ID_WORDS = r"(?i:kk|no\.?\s*kk|kks|kis)"
_PROVINCE = r"(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])"
# A woman's day of birth, the day + 40, only: a man's (01-31) is what a code built of a kecamatan and a date
# (161004-150325-01) or of a desa's code (16.10.04.2005.0001: 140 of Ogan Ilir's 241) holds there, and such ids were
# refused (review of 2026-12-06). Half of the NIKs are left to their other signs: this is a code column.
_WOMAN_DAY = r"(?:4[1-9]|[56][0-9]|7[01])"
ID_NUMBER = (r"(?:^|[^A-Za-z])" + _ID_WORDS + r"[^A-Za-z0-9]{0,3}" + _digits(["[0-9]"] * 4)
             + r"|(?:^|[^A-Za-z])" + _CARD_ID_WORDS + r"[^A-Za-z0-9]{0,3}" + _digits(["[0-9]"] * 10)
             + r"|(?:^|[^0-9])" + _digits([_PROVINCE, "[0-9]", "[0-9]", "[0-9]", "[0-9]", _WOMAN_DAY,
                                           "(?:0[1-9]|1[0-2])", "[0-9]", "[0-9]"]))
_ID_NOT_CODE_RE = re.compile(ID_NOT_CODE)
_ID_NUMBER_RE = re.compile(ID_NUMBER)


def id_not_code(text) -> bool:
    return isinstance(text, str) and (_ID_NOT_CODE_RE.search(normalise(text)) is not None or bool(id_names([text]))
                                      or _ID_NUMBER_RE.search(normalise(text)) is not None)


# An id's letters between its digits and marks ("KR-Sukardi-1", "RATMINAH_2", "Ngatiyem01"). A code's letters are
# short forms ("TKSK", "KGT", "KOORD", "TJBATU") or a place, its words joined or not ("INDRALAYA", "TANJUNGRAJA"):
# four letters or more that are a given name of the lists are a person's; so are those that may be a name no list
# holds (``_unlisted``) and sound like one, two syllables capitalised ("Yanti"), three in one case ("WARSINI").
_ID_LETTERS = re.compile(r"[A-Za-z]{4,}")
_SYLLABLE = re.compile(r"[aeiou]+")


# A form of address or "KPM" joined to the letters after it in an id, digits between or not ("POS-PAK-JON-2",
# "BU_TINI_2", "KPM-2-RUSDI"): those letters are a person's, however short or common. Titles that are also ordinary
# words of a code ("anak", "nama", "an", "si") are left out.
_ID_TITLES = [w for w in TITLES if w in {"bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri", "mbak", "mas", "kak",
                                         "mbah", "nenek", "kakek", "hj", "haji", "mang", "bik", "nyai", "yai", "kpm",
                                         "nyimas", "kemas", "raden", "ustad", "ustadz", "kyai", "kiai", "almarhum"}]
_TITLED_ID = re.compile(r"(?i)(?:^|[^A-Za-z])(?:" + "|".join(_ID_TITLES) + r")[-_. ]+(?:[0-9]+[-_. ]+)?([A-Za-z]{2,})")


def id_names(ids) -> list[str]:
    """The runs of letters of ``ids`` (distinct values; a column of ids shares a few shapes, "KT-0001") that may be
    a person's name, in lower case."""
    runs = {m for v in ids if isinstance(v, str) for m in _ID_LETTERS.findall(v)}
    joined = {"".join(place) for place in _PLACES}
    # After a title, a name however short; a programme or a word is none ("KPM-PKH-001", "IBU-HAMIL-01").
    out = {m.lower() for v in ids if isinstance(v, str) for m in _TITLED_ID.findall(v) if may_be_name(m)}
    for run in runs:
        w = run.lower()
        if w in _GIVEN_SET or (w not in joined and len(_SYLLABLE.findall(w)) >= (2 if _capitalised(run) else 3)
                               and _unlisted(w)):
            out.add(w)
    return sorted(out)



def id_names_in(ids):
    """Whether each of ``ids`` (Arrow strings) holds a run of letters that may be a name (``id_names``); None when
    none does. The runs are looked up once per shape of id: digits and marks set aside, a million ids are a few."""
    import pyarrow.compute as pc

    # Digits and marks at either end first (a tenth of a regular expression's time): most ids are then a few
    # shapes; those that are not lose the rest of theirs.
    shapes = pc.unique(pc.utf8_trim(ids, characters="0123456789-_/.,:;#'()[] "))
    if len(shapes) > 1_000:
        shapes = pc.unique(pc.replace_substring_regex(shapes, r"[^A-Za-z]+", " "))
    names = id_names(shapes.to_pylist())
    if not names:
        return None
    pattern = "(?i)(?:^|[^A-Za-z])(?:" + "|".join(re.escape(n) for n in names) + ")(?:$|[^A-Za-z])"
    return pc.fill_null(pc.match_substring_regex(ids, pattern), False)


def looks_personal(text) -> bool:
    return isinstance(text, str) and _holds(_digits_typed_as_letters(normalise(text)))


# Keys of our own records whose values we make (batch and build names, digests): never personal data, and a batch
# name's time and random tail can read as a spaced NIK ("...065747615053-1234e602"), which masking mangled.
OWN_KEYS = frozenset({"id", "batch", "build", "previous_build", "undone_build", "sha256", "set_aside"})


# An account name (``tksk.auth``; also the OS login the command line records): a login of the office's staff, kept as
# the audit trail's "who" ("siti" is an account, not a beneficiary). A staff name typed in words is masked as text.
ACCOUNT = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
ACCOUNT_KEYS = frozenset({"user"})

# Keys of our records whose values are file names or paths: masked as file names.
FILE_KEYS = frozenset({"file", "files", "name", "source", "source_dir"})


def mask_any(value, _file: bool = False):
    """A value as it may be shown or kept: strings masked, containers masked item by item (values under
    ``OWN_KEYS`` kept, under ``FILE_KEYS`` masked as file names)."""
    if isinstance(value, str):
        return mask_file_name(value) if _file else mask(value)
    if isinstance(value, dict):
        # An account name is kept as written, unless it holds a number as long as a NIK's or a phone's part.
        return {k: v if isinstance(v, str) and (k in OWN_KEYS or k in ACCOUNT_KEYS and ACCOUNT.match(v)
                                                and _NINE_DIGITS.search(v) is None)
                else mask_any(v, k in FILE_KEYS) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_any(v, _file) for v in value]
    return value


# Header words that mean personal data of a beneficiary or worker, by kind (Indonesian, English).
HEADER_KINDS = [
    # N.I.K and N I K normalise to n_i_k; card and account numbers (KKS, KIS, KIP, BPJS, NPWP, rekening) identify too.
    # A card or account named alone may be a count ("Jumlah KIS"): only its number is personal.
    (re.compile(r"(^|_)(nik|n_i_k|nkk|no_?kk|nomor_?kk|kartu_?keluarga|ktp|no_?ktp|nomor_?induk|npwp|paspor|passport"
                r"|no_?rek|norek|nisn|(no|nomor|nmr)_?(kks|kis|kip|bpjs|rekening|identitas))($|_)"),
     ("nomor identitas", "identity number")),
    (re.compile(r"(^|_)(telepon|telp|tlp|phone|hp|no_?hp|wa|whatsapp|ponsel|handphone|kontak|contact)($|_)"),
     ("nomor telepon", "phone number")),
    (re.compile(r"(^|_)(email|e_mail|surel)($|_)"), ("alamat surel", "email address")),
    (re.compile(r"(^|_)(alamat|address|rt_?rw|dusun|domisili|tempat_?tinggal)($|_)"), ("alamat", "address")),
    # TTL: tempat, tanggal lahir
    (re.compile(r"(^|_)(tanggal_?lahir|tgl_?lahir|lahir|birth|dob|ttl|umur|usia)($|_)"), ("tanggal lahir", "date of birth")),
    (re.compile(r"(^|_)(nama|name)($|_)"), ("nama", "name")),
]


# "Nama Desa", "Nama Kecamatan", "Nama Program": the name of a place or a programme, no person's.
_NAME_OF_A_THING = re.compile(r"(^|_)(nama|name)_(desa|kelurahan|kel|kecamatan|kec|kabupaten|kab|dusun|wilayah|daerah"
                              r"|program|kegiatan|bantuan|village|district|programme|program)($|_)")


def header_kind(normalised: str) -> tuple[str, str] | None:
    """The kind of personal data a normalised header names, or None."""
    if _NAME_OF_A_THING.search(normalised) and not any(p.search(normalised) for p, _ in HEADER_KINDS[:-1]):
        return None
    for pattern, kind in HEADER_KINDS:
        if pattern.search(normalised):
            return kind
    return None
