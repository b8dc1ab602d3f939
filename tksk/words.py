"""Whether a word is an ordinary Indonesian word, or a name the masker must hide (``tksk.pii``).

The root words are Sastrawi's list (``Sastrawi/Stemmer/data/kata-dasar.txt``, about 30,000 roots of the KBBI, MIT
licence). A word counts when it is a root, or a root with the affixes Indonesian puts around one ("menyusui" is
"susu", "kebakaran" "bakar", "pendampingnya" "damping"). Sastrawi's own stemmer reads the same list but takes 0,1 to
0,2 s for a word it does not know, which every name is; the few affixes below are tried in microseconds.

Beside the roots: the words of report text that no dictionary holds (offices, programmes, places outside Ogan Ilir,
months, the chat spellings and computer words clerks type), in ``EVERYDAY``. A word mistyped (one vowel left out, two
letters swapped) is a word too (``is_mistyped_word``), against roots and suffixes only.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

# Report words no dictionary of roots holds, in lower case. Names of places in Ogan Ilir are not here: the masker
# reads them from the store's own kecamatan and desa (``tksk.pii.known_places``).
# The English of chat and the short forms of rules and offices (last lines) are here because, capitalised or first
# in a note, they were masked as names ("sorry telat kirim report", "Kepmensos 262/HUK/2022", "norek mandiri"; pii21).
EVERYDAY = frozenset("""
    surel nopol nyo nya dapet buffer stock honda yamaha suzuki kawasaki beat vario supra mio scoopy nmax shopee
    tokopedia lazada bukalapak gojek grab maxim driver ojol kurir jnt jne sicepat ovo gopay shopeepay qris brimo livin
    mbanking apbd apbn apbdes dinsos kemensos dukcapil disdukcapil puskesmas pustu polindes poskesdes posyandu babinsa bhabinkamtibmas pemdes
    bumdes baznas bapanas bulog bappeda dinkes kemenag kua korwil koramil polsek kodim polres kapolsek danramil
    sekdes kades kadus kasi kabid kadis kabag sekda pemkab pemkot pemprov dprd bpd lpm pkk tagana psm psks lks lksa
    pmks ppks tksk pkh bpnt blt bst pbi kis kip kks dtks dtsen siks ng rutilahu rtlh sembako bansos atensi musdes pemberdayaan keberdayaan
    musrenbang verivali odgj odha napza kpm kube uep aspd pkh kia kartu prakerja bpjs jkn ktp kk nik sktm
    rehsos linjamsos dayasos kesos pendamping operator admin
    sumsel sumatera palembang prabumulih kayuagung kayu agung lubuklinggau baturaja lahat pagaralam muaraenim muara
    enim banyuasin sekayu musi rawas lawang empat pali oki oku ilir ogan komering jakarta jambi lampung bengkulu
    bangka belitung medan padang jawa bandung indonesia
    januari februari maret april mei juni juli agustus september oktober november desember jan feb mar apr jun jul
    agu ags agt sep sept okt nov des senin selasa rabu kamis jumat jum'at sabtu minggu ahad
    january february march june july august october december
    whatsapp wa telkomsel indosat smartfren xl tri axis simpati android iphone google form excel word pdf email
    online offline update upload download input login logout password server website web error eror loading
    printer print scan fotokopi foto laptop komputer hp internet wifi sinyal aplikasi aplikasinya zoom meet link
    bri bni btn bsi mandiri pos indomaret alfamart atm brilink agen
    blm sdh tdk krn yg dgn utk dr sbg tsb kpd dll dsb ttp jg bs gk ga udh sm lg org thn bln hr kel kec kab prov ds
    dsn byk bnyk sdg msh akn lbh krg tgl jml ket bpk ibu
    idul fitri adha natal imlek ramadan ramadhan lebaran isra miraj mi'raj maulid nuzulul waisak nyepi
    babel ampera transmusi palindra tol drive bimtek verval verivali monev rakor rakornis juknis juklak posko pokja
    satgas korlap plt plh sk spj lpj ttd
    idak dak katek biso galo gulo nian kagek wong dewek kito ado apo mano dimano kemano ngapo jingok cakmano budak
    pacak kendak pulok sikok duo tigo limo belom lum ngurus
    down up not yes ok oke meeting notif dormant transport travel geotag responding hang lemot lelet reset restart
    sync sinkron share chat group grup user akun account username mobile kuota pulsa gps maps karhutla
    copy of untitled document doc docx xls xlsx csv final rev book sheet spreadsheet export import template fix
    backup file folder save edit versi version draft new old format install bug system sistem dashboard drive
    cloud storage screenshot capture ss video call vc voice note chat hotspot router modem charger baterai battery
    flashdisk harddisk office windows camera kamera
    perkim pupr bpbd bkkbn disnaker disdik dikbud bpn pln pdam kominfo diskominfo bpkad inspektorat satpol
    kesbangpol dpmd pmd bpjamsostek jamsostek
    udah dulu ijin izin nyari kemaren kemarin insyaallah insya allah gimana otw makasih nungguin nelpon ngirim nyampe
    noted done gak nggak ngga enggak kagak aja doang banget bgt dong deh sih kok lho loh tolong tlg mohon
    bumil busui aktivasi reaktivasi desil prelist posbindu puskesos peksos himbara posindo eksisting ekstrim ekstrem
    groundcheck ortu ngontrak numpang nyewa kontrakan pendataan
    kertapati plaju batam malaysia singapura pertamina telkom samsung epson canon facebook youtube instagram tiktok
    lubuklinggau linggau pagar alam pagaralam martapura muaradua pangkalan balai talang ubi tebing tinggi belitang
    gelumbang jakabaring ampera seberang ulu kenten sukarami sako alang lebar
    jawa sumatra sumatera kalimantan sulawesi papua bali lombok aceh riau kepri banten surabaya semarang yogyakarta
    jogja solo makassar pekanbaru pangkalpinang tangerang bekasi depok bogor cirebon
    dio lum kalu siapo sudem iyo kele isuk jugo adek cubo kelo ngambek ngambil galak nak endak kau awak mak bak
    cak manolah tula pulo samo ngan kek keno dem lah
    sekcam kapus korkab korcam kadinsos kasubag kasubbag kaur kasi kades
    tarawih muharram qurban kurban yasinan sholat salat shalat tahlilan wirid nonton wassalam takziyah takziah suro
    wabup wakil kasun kanit reskrim paud ojol mimin desil ekstrim home visit muskel banpres umkm relawan polsri
    the a an and or of to in on at for from with by is are was be this that these those it its not no yes all any
    example delete remove add row rows column columns cell sheet table total note notes please check fill filled
    empty blank date time day week month year name number code id list data file report new old other see use used
    only each per update updated pending done ok error failed success sent send received open close closed test
    contoh hapus baris kolom roster rekap revisi salinan header footer sample temp tmp lapbul lapkeg laptah lapsus
    jamkesda jamkesmas kartega prolanis permensos permendagri permenkes asesmen assesment assessment pebruari
    nopember taruna karangtaruna homevisit
    nunggu wartawan ponsel database maintenance follow briefing deadline submit refresh otp genset kkn mahasiswa
    microsoft powerpoint gmail approval approve approved checklist ceklis geotagging tagging trouble troubleshoot
    output scanner restore apk playstore signal network reporting feedback training workshop teams forms sheets
    verify verified rejected submitted revision orangtua
    tionghoa china cina sunda minang minangkabau bugis batak melayu komering musi ogan semendo besemah
    cafe café alt enter ctrl shift tab esc backspace keyboard mouse paste click
    merge merged combine combined copied sort sorted finish finished unfinished latest clean original duplicate
    duplikat compressed converted part batch summary recap attachment lampiran kiriman terbaru terakhir
    podes susenas sakernas sensus geojson json parquet readme source sources metadata pixel img src http https www
    tmp temp home users user desktop documents downloads pytest popen
    dicek dicheck cheked checked ids newids resend resent comma decimal koma desimal base lengkap
    before after without into also same more less first second third last next begin start early late sample
    full partial half sum monthly weekly daily annual yearly quarter quarterly raw scanned printed uploaded
    downloaded exported imported missing extra bad good wrong right correct corrected errors issue issues fixes
    reorder header headers value values code codes names numbers post posts staff worker workers team district
    village villages subdistrict activity activities visit visits meeting meetings logs record records entry entries
    input result results case cases people person household households family families member members count key
    keys big small large long short blank dot space semicolon utf ansi latin windows mac linux pos
    hidden title titles indonesian english local unknown kinerja capaian realisasi evaluasi
    kerjasama werdha wreda takmir gereja kapel vihara klenteng pura santa santo isian format kwitansi kuitansi ibunyo
    tindaklanjut tindaklanjuti blanko blangko akte akta fotocopy fotocopi fotokopi legalisir kloter token speedboat
    jukung ketek outreach hotline ground door diisi
    melok pegi balek begawe meli nyingok kamek bae nian
    musholla bapas lapas rutan barakallah alhamdulillah generation warong gapoktan poktan sentra
    syndrome sindrom cerebral palsy autis autisme hidrosefalus mikrosefalus epilepsi kedisabilitasan disabilitas
    penyalahgunaan trafficking traficking psikotik skizofrenia kdrt adk abh tuna netra rungu wicara daksa grahita
    lenovo asus acer axioo minyakita indomie sarimi sgm dancow bebelac xiaomi oppo vivo realme infinix
    payo ujinyo kito mato nunggak ngajuin nomer ank kos kesra perbup perda perkada ketenagakerjaan
    sorry thanks thank cancel retry reminder sharing session complain complaint standby field
    monday tuesday wednesday thursday friday saturday sunday
    kepmensos mensos inpres perpres fakir norek sos ketuo
    array arrays subtotal subtotals dataset datasets random copies current comparison primary secondary delimiter
    nobom dedup million millions legacy custom default config silent official public secret confidential subset
    matrix vector lookup vlookup hlookup macro macros formula formulas module modules
    percent percentage decoy character characters accepted larger smaller largest smallest invisible visible
    ispa dbd tbc ppok need more innalillahi inalillahi terimakasih makasih sriwijaya musi ampera
    have has had eleven twelve letters letter joined lives lived alone said named asked about sick cannot come comes
    came very poor her she him he they them their wife husband son daughter bedridden chained card cards still
    blocked income told wait disabled pregnant child children fourth proposed since walk house wants needs lost
    found visited delayed broke truck rice reported held head ready graduate signed
    linmas uptd upt ppa unsri uin serka sertu serda serma pelda peltu praka pratu prada kopda koptu kopka bripka
    brigadir bripda briptu aipda aiptu ipda iptu akp kompol
    waalaikumsalam walaikumsalam wa'alaikumsalam ashar asar dzuhur zuhur maghrib magrib isya qur'an ta'ziah ta'lim
    sya'ban syaban ba'da emak kato bhabin
    turlap pokmas regsosek rastra raskin puspaga adminduk curhat baksos pokdarwis huntara sarpras sapras lumsos
    slrt puskesos rtsm dbhcht bsu lk3 wksbm ksb p2tp2a dp3a
    met flood flooded flooding could would should coordination coordinated waiting elderly road roads yet then
    another delay aid delivered delivery distribution distributed verification validation some beneficiaries
    beneficiary heavy postponed attended assisted helped referred referral disaster disasters several motorbike
    motorcycle most rescheduled cancelled canceled many collected handed nothing everything something anything
    around discussed discussion mentally ill wandering marriage turnout reach reached bring brought queued queue
    applicants applicant application applications eligible ineligible registered unregistered recipients
    recipient disbursement damaged damage repair repaired renovation secretary facilitators facilitator officer
    officers supported support special smoothly smooth unstable stable weak slow went go going gone got get
    getting did do does there here because but so if when while during until due again already just too we our
    us you your one two three four five ten hours hour minutes days weeks months today tomorrow yesterday
    morning afternoon evening night rain rainy bridge river market school health center centre hospital clinic
    quality quota cost costs money bag bags insects envelopes proposal proposals connection women woman kids
    persons reimbursed reimbursement storm relief assistance development out over back way near far well high
    low completed complete checked conducted surveyed survey received receive cash poverty orphan orphans passport
    """.split())

_ROOTS_FILE = "Stemmer/data/kata-dasar.txt"


@functools.cache
def roots() -> frozenset[str]:
    """Sastrawi's root words, read once."""
    import Sastrawi  # its package holds nothing but the stemmer: only its data file is read

    # Read by path: importlib.resources alone costs a clerk's small import 30 ms.
    text = (Path(Sastrawi.__file__).parent / _ROOTS_FILE).read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.split() if w.strip())


_PREFIXES = ("", "di", "ter", "te", "ng", "nge", "ber", "be", "bel", "se", "ke", "me", "mem", "men", "meng", "meny", "menge", "pe", "pem",
             "pen", "peng", "peny", "penge", "per", "memper", "diper", "ku", "kau")
# "-nyo" is Palembang Malay's "-nya" ("jalannyo", "anaknyo").
_SUFFIXES = ("", "nya", "nyo", "lah", "kah", "pun", "ku", "mu", "kan", "an", "i", "kannya", "annya", "inya", "kanlah")
# A nasal prefix replaces the root's first consonant: meny+apu is "sapu", mem+ukul "pukul", men+ulis "tulis",
# meng+irim "kirim".
_NASAL = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k"}
# Palembang and chat drop the "me" and keep the nasal alone ("ngadu", "nyapu", "mukul", "nulis", "ngeluh"), and the
# root's first letter it stands for ("ngadu" is "kadu" or "adu", "nyapu" "sapu", "mukul" "pukul"): ``dialect_word``.
_NASAL_BARE = {"ng": ("k", ""), "nge": ("",), "ny": ("s", "c"), "m": ("p", "b"), "n": ("t", "d")}
_VOWEL = re.compile(r"[aeiou]")


def _by_length(affixes) -> tuple[tuple[int, frozenset[str]], ...]:
    """Affixes grouped by length, so that a word is cut at each length once (a slice and a set lookup) instead of
    being compared with every affix."""
    lengths = sorted({len(a) for a in affixes})
    return tuple((n, frozenset(a for a in affixes if len(a) == n)) for n in lengths)


_PREFIX_CUTS = _by_length(_PREFIXES)
_SUFFIX_CUTS = _by_length(_SUFFIXES)


@functools.lru_cache(maxsize=65536)
def is_word(word: str) -> bool:
    """Whether ``word`` (any case) is an Indonesian root, a root with affixes, a doubled one ("anak-anak",
    "rumah2"), or in ``EVERYDAY``."""
    return _is_word(word.lower().strip(".,;:'\"()!?"))


def _is_word(w: str) -> bool:
    if not w:
        return True
    if "-" in w:
        return all(_is_word(part) for part in w.split("-") if part)
    w = w.rstrip("2")
    known, everyday = roots(), EVERYDAY
    if w in known or w in everyday:
        return True
    for n, suffixes in _SUFFIX_CUTS:
        if n and (len(w) <= n or w[len(w) - n:] not in suffixes):
            continue
        base = w[:len(w) - n]
        if n and len(base) >= 4 and (base in known or base in everyday):
            return True
        # A root of three letters only inside a prefix and a suffix ("peng-adu-an", "ke-ada-an", "per-air-an"): a
        # name ending like a suffix alone is none ("Ram-lah", "Ain-i").
        shortest = 3 if n and suffixes & _CONFIX_SUFFIXES else 4
        if _rooted(base, known, everyday, _PREFIX_CUTS, shortest):
            return True
        for m, outer in _OUTER_CUTS:
            if base[:m] in outer and _rooted(base[m:], known, everyday, _INNER_CUTS, shortest):
                return True
    return False


def is_word_strict(word: str) -> bool:
    """``is_word`` without a root with -i as its only reading, the usual ending of a name ("Helmi" is no helm+i,
    "Kaderi" no kader+i): for a capitalised word where a person is named ("lansia Kaderi", ``tksk.pii._unlisted_mid``;
    pii21). Not -an too: "laporan Bulanan", "acara Santunan" are words far more often than names."""
    w = word.lower().strip(".,;:'\"()!?")
    if not is_word(w):
        return False
    known, base = roots(), w[:-1]
    return not (w.endswith("i") and (base in known or base in EVERYDAY) and w not in known and w not in EVERYDAY
                and not any(_rooted(b, known, EVERYDAY, _PREFIX_CUTS) for b in (w, base)))


@functools.lru_cache(maxsize=65536)
def is_mistyped_word(word: str) -> bool:
    """Whether ``word`` is a word with one vowel left out ("sinyl", "printr", "bntuan"), as chat and hurried typing
    write them. Only words of up to twelve letters: a hurried typo is a short word, and a long one would be tried at
    many places."""
    w = word.lower()
    if not 4 <= len(w) <= 12:  # a short word is too easily another one mistyped ("ipah" as "piah")
        return False
    # Only between two consonants or after a last one: a vowel added beside another makes names into words
    # ("Dulah" is no "daulah").
    return (any(_root_or_suffixed(w[:i] + v + w[i:]) for i in range(1, len(w) + 1)
                if w[i - 1] not in "aeiou" and (i == len(w) or w[i] not in "aeiou") for v in "aeiou")
            # or two letters swapped ("bantaun")
            or len(w) >= 5 and any(_root_or_suffixed(w[:i] + w[i + 1] + w[i] + w[i + 2:]) for i in range(len(w) - 1)
                                   if w[i] != w[i + 1]))


@functools.lru_cache(maxsize=65536)
def dialect_word(w: str) -> bool:
    """Whether ``w`` (in lower case) is a Palembang or chat form of a word: -o for a final -a ("lupo", "ketuo",
    "tetanggo"), -ke for -kan ("pinjemke"), e for a ("pinjem"), a bare nasal for me- ("ngeluh", "ngadu",
    "ngumpulkan", "mangkal"). Read as names, such words went with the name before them ("wak [nama disamarkan]
    beras apek"; pii21). For words typed in lower case only: "Darmo", "Tono", "Ngadiman" are names."""
    if len(w) < 4:
        return False
    forms = {w}
    if w.endswith("o"):
        forms.add(w[:-1] + "a")
    # "-nyo" after a root in -o ("katonyo" is "katanya", "rumahnyo" a root already; pii24)
    if w.endswith("onyo") and len(w) > 6:
        forms.add(w[:-4] + "anya")
    if w.endswith("ke"):
        forms.add(w[:-2] + "kan")
    forms |= {f.replace("e", "a") for f in list(forms) if "e" in f[1:]}
    for f in list(forms):
        for nasal, firsts in _NASAL_BARE.items():
            if f.startswith(nasal) and len(f) > len(nasal) + 2:
                forms |= {first + f[len(nasal):] for first in firsts}
    return any(_is_word(f) for f in forms if f != w)


_PLAIN_SUFFIXES = ("an", "kan", "i", "nya")


def _root_or_suffixed(t: str) -> bool:
    """A root or an everyday word, alone or with a suffix (no prefix: with every affix tried as well, one name in
    eight or so read as a mistyped word)."""
    known, everyday = roots(), EVERYDAY
    return t in known or t in everyday or any(
        t.endswith(x) and len(t) - len(x) >= 4 and t[:len(t) - len(x)] in known for x in _PLAIN_SUFFIXES)


def fresh_lookups() -> int:
    """Words looked up so far that were not looked up before (the caches' misses)."""
    return is_word.cache_info().misses + is_mistyped_word.cache_info().misses


# A second prefix inside the first: ke-pe-serta-an, di-per-baik-i, ber-ke-lanjut-an.
_OUTER_CUTS = _by_length(("ke", "di", "me", "mem", "men", "meng", "meny", "se", "ber", "ter", "pe", "per"))
_INNER_CUTS = _by_length(("pe", "pem", "pen", "peng", "peny", "per", "ber", "ter", "se", "be", "ke"))


_CONFIX_SUFFIXES = frozenset(("an", "kan", "i", "annya", "kannya"))


def _rooted(base: str, known: frozenset, everyday: frozenset, cuts, shortest: int = 4) -> bool:
    for n, prefixes in cuts:
        prefix = base[:n]
        if prefix not in prefixes:
            continue
        root = base[n:]
        if prefix in _NASAL and _VOWEL.match(root) and len(root) >= 3 and (
                _NASAL[prefix] + root in known or _NASAL[prefix] + root in everyday):
            return True
        if len(root) < shortest or not prefix:  # a name ending like an affix is no root of three letters: Ram-lah, Ain-i
            continue
        if root in known or root in everyday:
            return True
    return False
