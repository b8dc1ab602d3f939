"""Command line: ``python -m etl {build,template,validate,import-logs,rollback,audit,users,docs} --help``.

Bad input and a bad environment (a full disk, a read-only or busy store) end in messages in both languages and
a non-zero exit, never a traceback; the technical detail goes to the log on stderr (warnings; more with
``TKSK_LOG=info`` or ``TKSK_LOG=debug``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from tksk import pii
from tksk.problems import InputRejected, Problem


def _print_problems(problems: list[Problem]) -> None:
    for p in problems:
        tag = "GALAT/ERROR" if p.is_error else "CATATAN/NOTE"
        print(f"{tag}: {p}", file=sys.stderr)


def _default_source() -> Path:
    from etl.sources import DEFAULT_SOURCE

    return DEFAULT_SOURCE


def cmd_build(args) -> int:
    from etl.build import build
    from etl.writer import ENVIRONMENT_ERRORS, environment_problem
    from tksk.store import STORE_FORMAT, Store, StoreMissing, store_dir

    demo, source, current = args.demo, args.source, None
    if args.if_missing:
        try:
            current = Store(args.store)
        except StoreMissing:
            pass
        if current is not None and not current.is_stale:
            print(f"Store sudah ada di {store_dir(args.store)} / store already built; nothing to do.", file=sys.stderr)
            return 0
    if current is not None:
        # Built by another version: its figures follow other rules. It is rebuilt as it was (a store of real logs
        # never becomes a demo one because `make run` asks for --demo), from the folder it was built from unless
        # another is named. A store of a newer version is not rebuilt by older code, nor one whose folder is gone
        # (the default folder may hold another regency): the pages say which version made it.
        demo = current.is_demo
        recorded = Path(current.manifest.get("source_dir", ""))
        if current.format > STORE_FORMAT or (source is None and not (recorded.name and recorded.is_dir())):
            why = (f"dibuat versi lebih baru (format {current.format}) / made by a newer version"
                   if current.format > STORE_FORMAT else
                   f"folder sumbernya tidak ada ({recorded}); sebut dengan --source / its source folder is gone; "
                   f"name one with --source")
            print(f"Store tidak dibangun ulang: {why}. Store lama tetap dipakai. / The store is not rebuilt; the "
                  f"previous store stays in use.", file=sys.stderr)
            return 0
        source = source or recorded
        print(f"Store dibuat versi lain (format {current.format}, kini {STORE_FORMAT}): dibangun ulang / the store "
              f"was made by another version (format {current.format}, now {STORE_FORMAT}): rebuilding it.",
              file=sys.stderr)
    try:
        path = build(source, args.store, demo_mode=demo, quiet=args.quiet, user=args.user)
    except (InputRejected, *ENVIRONMENT_ERRORS) as exc:
        if current is None:
            raise
        # The dashboard still starts, on the store it had (busy, read-only or full disk alike), and every page
        # says which version made it.
        _print_problems(exc.problems if isinstance(exc, InputRejected) else [environment_problem(exc, "store")])
        print("Store lama tetap dipakai; halaman menyebut versinya. / The previous store stays in use; the pages say "
              "which version made it.", file=sys.stderr)
        return 0
    s = Store(args.store)
    mode = {"demo": "DEMO (data contoh)", "real": "asli/real", "none": "tanpa log/no logs"}[s.manifest["log_mode"]]
    rows = f"{s.manifest['log_rows']:,}".replace(",", ".")
    print(f"Store dibangun / store built: {path} — log: {mode}, {rows} baris/rows")
    return 0


def cmd_template(args) -> int:
    from etl.template import write_templates

    from tksk.store import Store, StoreMissing

    try:
        s = Store(args.store)
        kec, desa = s.read("kecamatan"), s.read("desa")
    except StoreMissing:
        from etl.build import reference_tables

        ref = reference_tables(args.source or _default_source(), quiet=True)
        kec, desa = ref["kecamatan"], ref["desa"]
    for p in write_templates(Path(args.out), kec, desa):
        print(p)
    return 0


def cmd_validate(args) -> int:
    from etl.importer import validate_files

    outcomes = validate_files([Path(f) for f in args.files], args.store, source=args.source, correct=args.correct)
    bad = 0
    for o in outcomes:
        _print_problems(o.result.problems)
        if o.accepted:
            print(f"OK: {pii.mask_file_name(o.name)} — {len(o.result.rows):,} baris valid / valid rows".replace(",", "."))
        else:
            bad += 1
            print(f"DITOLAK/REJECTED: {pii.mask_file_name(o.name)} — {len(o.result.errors)} masalah/problems", file=sys.stderr)
    return 1 if bad else 0


def cmd_import(args) -> int:
    from etl.importer import import_files

    outcomes = import_files([Path(f) for f in args.files], args.store, quiet=args.quiet, user=args.user,
                            correct=args.correct)
    bad = 0
    for o in outcomes:
        _print_problems(o.result.problems)
        if o.accepted:
            n = lambda v: f"{v:,}".replace(",", ".")  # noqa: E731 (Indonesian thousands)
            fixed = f", {n(o.corrected)} dikoreksi / corrected" if o.corrected else ""
            print(f"DIIMPOR/IMPORTED: {pii.mask_file_name(o.name)} — {n(o.new_rows)} baris baru / new rows{fixed} "
                  f"({n(len(o.result.rows) - o.new_rows - o.corrected)} sudah ada / already present)")
        else:
            bad += 1
            # Other files of the same command may have landed: only this file's rows are kept out.
            print(f"DITOLAK/REJECTED: {pii.mask_file_name(o.name)} — {len(o.result.errors)} masalah/problems; berkas ini tidak diimpor / "
                  "this file was not imported", file=sys.stderr)
    return 1 if bad else 0


def cmd_rollback(args) -> int:
    from etl.importer import rollback

    problems = rollback(args.store, user=args.user, quiet=args.quiet)
    _print_problems(problems)
    return 1 if any(p.is_error for p in problems) else 0


def cmd_audit(args) -> int:
    import json

    from tksk import audit
    from tksk.store import store_dir

    for record in audit.read(store_dir(args.store), limit=args.last):
        print(json.dumps(record, ensure_ascii=False))
    return 0


def _read_password() -> str:
    """From the terminal without echo (asked twice), or one line of standard input (for scripts)."""
    import getpass

    if sys.stdin.isatty():
        first = getpass.getpass("Kata sandi / password: ")
        if getpass.getpass("Ulangi / repeat: ") != first:
            from tksk.auth import AccountError

            raise AccountError("kedua kata sandi berbeda", "the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_users(args) -> int:
    from tksk import auth

    path = auth.users_path(args.file)
    try:
        if args.action == "add":
            auth.add(args.name, args.role, _read_password(), path)
            done = f"akun {args.name} ({args.role}) dibuat / account created"
        elif args.action == "password":
            auth.set_password(args.name, _read_password(), path)
            done = f"kata sandi {args.name} diganti / password changed"
        elif args.action == "role":
            auth.set_role(args.name, args.role, path)
            done = f"peran {args.name}: {args.role} / role changed"
        elif args.action == "remove":
            auth.remove(args.name, path)
            done = f"akun {args.name} dihapus / account removed"
        else:
            for a in sorted(auth.accounts(path).values(), key=lambda a: a.name):
                print(f"{a.name}\t{a.role}")
            return 0
    except auth.AccountError as exc:
        print(f"GALAT/ERROR: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"GALAT/ERROR: berkas akun tidak dapat ditulis / the accounts file cannot be written: {path}: "
              f"{exc.strerror or type(exc).__name__}", file=sys.stderr)
        return 1
    print(f"{done}: {path}")
    if os.environ.get("TKSK_UPLOAD_PASSWORD"):
        print("Catatan: TKSK_UPLOAD_PASSWORD tidak dipakai lagi; hapus variabel itu. / Note: TKSK_UPLOAD_PASSWORD is no "
              "longer used; remove it.", file=sys.stderr)
    return 0


def cmd_aggregate(args) -> int:
    from etl import aggregate, spark

    if "://" not in args.logs and not any(Path(args.logs).rglob("*.parquet")):
        raise FileNotFoundError(f"tidak ada berkas Parquet di / no Parquet files under {args.logs}")
    try:
        if args.engine == "spark":
            rows = spark.run(args.logs, args.out, master=args.master, conf=spark.parse_conf(args.conf))
        else:
            rows = aggregate.aggregate_to(Path(args.logs), Path(args.out))
    except spark.EngineError as exc:
        print(f"GALAT/ERROR: {exc}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{name} {n:,}".replace(",", ".") for name, n in rows.items())
    print(f"Agregat ditulis / aggregates written ({args.engine}): {args.out} — baris/rows: {counts}")
    return 0


def cmd_docs(args) -> int:
    from etl.docs import update_readme

    changed = update_readme(Path(args.readme))
    print("README diperbarui / updated" if changed else "README sudah sesuai / already up to date")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m etl", description=(
        "ETL dashboard TKSK Ogan Ilir: bangun store, templat log, validasi dan impor log. / "
        "ETL of the Ogan Ilir TKSK dashboard: build the store, log templates, validate and import logs."))
    sub = p.add_subparsers(dest="cmd", required=True)
    store_help = "folder store / store folder (default data/store, atau/or $TKSK_STORE)"
    source_help = "folder data rujukan / reference data folder (default ../shared/data)"
    user_help = "nama petugas untuk jejak audit / staff name for the audit trail (default: pengguna OS / the OS user)"
    correct_help = ("berkas koreksi: baris log ber-ID sama dengan baris di store menggantikannya (dicatat di jejak "
                    "audit) / correction file: a log row with the ID of a stored row replaces it (audited)")

    b = sub.add_parser("build", help="bangun ulang seluruh store / rebuild the whole store",
                       description="Bangun ulang store dari folder rujukan dan log impor. / Rebuild the store from the "
                                   "reference folder and the imported logs.")
    b.add_argument("--source", type=Path, help=source_help)
    b.add_argument("--store", type=Path, help=store_help)
    b.add_argument("--demo", action="store_true", help="pakai log contoh sintetis / write the synthetic demo log")
    b.add_argument("--if-missing", action="store_true", help="hanya bila store belum ada atau dibuat versi lain (dibangun ulang seperti semula) / only when no store exists or it was made by another version (rebuilt as it was)")
    b.add_argument("--quiet", action="store_true", help="tanpa pesan kemajuan / no progress messages")
    b.add_argument("--user", help=user_help)
    b.set_defaults(func=cmd_build)

    t = sub.add_parser("template", help="tulis templat log, daftar pos dan kebutuhan (CSV, XLSX) / write the templates",
                       description="Tulis templat log kegiatan, daftar pos dan jumlah kebutuhan. / Write the log, roster and "
                                   "need-counts templates.")
    t.add_argument("--out", type=Path, default=Path("data/templates"), help="folder keluaran / output folder")
    t.add_argument("--store", type=Path, help=store_help)
    t.add_argument("--source", type=Path, help=source_help)
    t.set_defaults(func=cmd_template)

    v = sub.add_parser("validate", help="periksa berkas log tanpa mengubah apa pun / check files, change nothing",
                       description="Periksa berkas log, daftar pos atau jumlah kebutuhan; tidak mengubah apa pun. / "
                                   "Check log, roster or need-counts files; changes nothing.")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("--store", type=Path, help=store_help)
    v.add_argument("--source", type=Path, help=source_help)
    v.add_argument("--koreksi", "--correct", dest="correct", action="store_true", help=correct_help)
    v.set_defaults(func=cmd_validate)

    i = sub.add_parser("import-logs", help="validasi lalu tambahkan ke store / validate, then add to the store",
                       description="Validasi lalu tambahkan log (dan daftar pos, jumlah kebutuhan; jenisnya dikenali dari "
                                   "judul kolom) ke store; berkas bermasalah ditolak utuh. / Validate, then add logs (and "
                                   "rosters, need counts; the kind is told by the column titles) to the store; a file with "
                                   "problems is rejected whole.")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("--store", type=Path, help=store_help)
    i.add_argument("--quiet", action="store_true", help="tanpa pesan kemajuan / no progress messages")
    i.add_argument("--user", help=user_help)
    i.add_argument("--koreksi", "--correct", dest="correct", action="store_true", help=correct_help)
    i.set_defaults(func=cmd_import)

    r = sub.add_parser("rollback", help="kembali ke build sebelumnya / make the previous build current again",
                       description="Pakai lagi build sebelumnya; berkas impor yang dibatalkan dipindah ke imports/undone/. "
                                   "/ Make the previous build current again; the undone import's files move to "
                                   "imports/undone/.")
    r.add_argument("--store", type=Path, help=store_help)
    r.add_argument("--user", help=user_help)
    r.add_argument("--quiet", action="store_true", help="tanpa pesan kemajuan / no progress messages")
    r.set_defaults(func=cmd_rollback)

    au = sub.add_parser("audit", help="tampilkan jejak audit / print the audit trail",
                       description="Jejak audit store (terbaru dulu, JSON per baris). / The store's audit trail "
                                   "(newest first, one JSON record a line).")
    au.add_argument("--store", type=Path, help=store_help)
    au.add_argument("--last", type=int, default=20, help="berapa catatan / how many records")
    au.set_defaults(func=cmd_audit)

    a = sub.add_parser("aggregate", help="agregasi log terpartisi ke Parquet (DuckDB atau Spark) / aggregate a "
                                         "partitioned log to Parquet (DuckDB or Spark)",
                       description="Agregasi log terpartisi (kode_kab=…/tahun=…) menjadi tabel agg_*, laporan, rujukan, "
                                   "kelengkapan_log dan pencilan dalam Parquet, dengan SQL yang sama di kedua mesin. / "
                                   "Aggregate a partitioned log (kode_kab=…/tahun=…) into the agg_*, laporan, rujukan, "
                                   "kelengkapan_log and pencilan tables as Parquet, with the same SQL on either engine.")
    a.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb",
                   help="mesin / engine (default duckdb; spark perlu / needs requirements-spark.txt dan/and Java 17+)")
    a.add_argument("--logs", required=True, help="folder log terpartisi / partitioned log folder "
                                                 "(mis./e.g. data/store/builds/<id>/logs, hdfs://…, s3a://…)")
    a.add_argument("--out", required=True, help="folder keluaran / output folder")
    a.add_argument("--master", help="spark.master, mis./e.g. local[4], spark://host:7077, yarn "
                                    "(default: spark-defaults.conf, atau/or local[*])")
    a.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                   help="pengaturan Spark tambahan / extra Spark setting, mis./e.g. spark.driver.memory=4g")
    a.set_defaults(func=cmd_aggregate)

    u = sub.add_parser("users", help="akun petugas dan perannya / staff accounts and their roles",
                       description="Akun petugas untuk dashboard (viewer, operator, admin) di $TKSK_USERS (bawaan "
                                   "~/.config/tksk/users.yaml). Kata sandi ditanyakan tanpa ditampilkan, atau dibaca satu "
                                   "baris dari stdin. / Staff accounts of the dashboard in $TKSK_USERS (default "
                                   "~/.config/tksk/users.yaml). The password is asked without echo, or read as one line "
                                   "of standard input.")
    u.add_argument("--file", type=Path, help="berkas akun / accounts file (default $TKSK_USERS atau/or "
                                             "~/.config/tksk/users.yaml)")
    acts = u.add_subparsers(dest="action", required=True)
    roles = ["viewer", "operator", "admin"]
    ua = acts.add_parser("add", help="buat akun / add an account")
    ua.add_argument("name", metavar="NAMA")
    ua.add_argument("--role", choices=roles, required=True, help="peran / role")
    ur = acts.add_parser("role", help="ganti peran / change the role")
    ur.add_argument("name", metavar="NAMA")
    ur.add_argument("role", choices=roles)
    acts.add_parser("password", help="ganti kata sandi / change the password").add_argument("name", metavar="NAMA")
    acts.add_parser("remove", help="hapus akun / remove an account").add_argument("name", metavar="NAMA")
    acts.add_parser("list", help="daftar akun dan peran (tanpa hash) / accounts and roles (no hashes)")
    u.set_defaults(func=cmd_users)

    d = sub.add_parser("docs", help="perbarui tabel kolom di README / regenerate the README column tables")
    d.add_argument("--readme", type=Path, default=Path(__file__).resolve().parents[1] / "README.md")
    d.set_defaults(func=cmd_docs)
    return p


# What a failure leaves, by command: a template changes no store, and "the previous store is unchanged" after its
# reference files were not found read as if it had tried to (ux21).
FAILED = {None: "Gagal; store lama tidak berubah. / Failed; the previous store is unchanged.",
          "template": "Gagal: templat memerlukan store yang sudah dibangun (--store) atau folder data rujukan (--source). / "
                      "Failed: the templates need a built store (--store) or the reference data folder (--source)."}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=os.environ.get("TKSK_LOG", "warning").upper(), format="%(levelname)s %(name)s: %(message)s")
    from etl.writer import ENVIRONMENT_ERRORS, environment_problem

    try:
        return args.func(args)
    except InputRejected as exc:
        _print_problems(exc.problems)
        print(FAILED.get(args.cmd, FAILED[None]), file=sys.stderr)
        return 1
    except ENVIRONMENT_ERRORS as exc:
        from tksk.store import StoreMissing

        if isinstance(exc, FileNotFoundError) and not isinstance(exc, StoreMissing):
            print(f"GALAT/ERROR: {exc}", file=sys.stderr)  # a folder named on the command line is not there
            return 1
        logging.getLogger("tksk.store").warning("%s failed: %s", args.cmd, pii.mask(repr(exc)))
        _print_problems([environment_problem(exc, str(getattr(args, "store", None) or "store"))])
        print("Gagal; store lama tidak berubah. / Failed; the previous store is unchanged.", file=sys.stderr)
        return 1


# The commands a clerk runs on a monthly file write every file through a context manager and start no other
# process (no Spark), so they may end without Python tearing down pandas, pyarrow and DuckDB module by module:
# about 0,15 s of a small import's second.
QUICK_EXIT = frozenset({"import-logs", "validate"})

if __name__ == "__main__":
    code = main()
    if len(sys.argv) > 1 and sys.argv[1] in QUICK_EXIT:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except OSError:  # a reader that went away (``| head``): nothing more can reach it
                pass
        os._exit(code)
    sys.exit(code)
