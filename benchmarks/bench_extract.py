"""Benchmark: extract a long notice (hundreds of tasks); report documents per second and peak memory.

    .venv/bin/python benchmarks/bench_extract.py [--tasks 400] [--runs 5]
    .venv/bin/python benchmarks/bench_extract.py --corpus     # also: the real documents of ../shared/corpus
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from datetime import date
from pathlib import Path

from conclusions import extract

UNITS = ["Hội Nông dân huyện", "Hội Cựu chiến binh huyện", "Hội LHPN huyện", "Huyện đoàn", "LĐLĐ huyện",
         "Ủy ban MTTQ Việt Nam huyện", "Ban Dân vận Huyện ủy", "Văn phòng Huyện ủy"]
DEADLINES = ["hoàn thành trước ngày 15/3/2025", "trong quý II/2025", "chậm nhất ngày 9-4-2025", "trong tháng 5/2025",
             "trong 10 ngày làm việc", "trước Tết Nguyên đán", "hàng tháng báo cáo kết quả", "trong 6 tháng cuối năm"]
WORK = ["rà soát, củng cố tổ chức cơ sở hội", "tổ chức tập huấn nghiệp vụ cho cán bộ chi hội",
        "xây dựng kế hoạch giám sát, phản biện xã hội", "tuyên truyền Nghị quyết Đại hội Đảng bộ các cấp",
        "tổng kết mô hình kinh tế tập thể; phối hợp với Ủy ban MTTQ Việt Nam huyện nhân rộng điển hình"]


def long_notice(n_tasks: int) -> str:
    """A notice with `n_tasks` numbered clauses in sections of ten, bullets and a closing block."""
    lines = ["HUYỆN ỦY LỘC SƠN", "Số 99-KL/HU", "Lộc Sơn, ngày 10 tháng 01 năm 2025", "",
             "KẾT LUẬN", "của Ban Thường vụ Huyện ủy", "",
             "Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:", ""]
    for i in range(n_tasks):
        section, k = divmod(i, 10)
        if k == 0:
            lines += [f"{section + 1}. Nhiệm vụ nhóm {section + 1}", ""]
        unit, deadline, work = UNITS[i % 8], DEADLINES[(i // 8) % 8], WORK[i % 5]
        if i % 3 == 0:
            lines += [f"{section + 1}.{k + 1}. {unit}:", "", f"- {work[0].upper() + work[1:]} (đợt {i + 1}), {deadline}.", ""]
        else:
            lines += [f"{section + 1}.{k + 1}. Đề nghị {unit} {work} (đợt {i + 1}), {deadline}.", ""]
    lines += ["Nơi nhận:", "- Như trên,", "- Lưu VPHU.", "", "T/M BAN THƯỜNG VỤ"]
    return "\n".join(lines)


CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def corpus_figures(runs: int = 3) -> None:
    """Mean and slowest time over the real documents (best of `runs` each), when `../shared/corpus` is there."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if not texts:
        print(f"corpus: skipped, no documents in {CORPUS}")
        return
    for text in texts:
        extract(text)
    best = []
    for text in texts:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            extract(text)
            times.append(time.perf_counter() - started)
        best.append(min(times))
    print(f"corpus: {len(texts)} real documents, mean {statistics.mean(best) * 1000:.1f} ms, "
          f"slowest {max(best) * 1000:.1f} ms (best of {runs} each)")


def clear_caches() -> int:
    """Empty every `functools` cache of the `conclusions` package (as a freshly started bot has them); how many."""
    import importlib
    import pkgutil

    import conclusions

    modules = [importlib.import_module(f"conclusions.{m.name}") for m in pkgutil.walk_packages(conclusions.__path__)]
    caches = [v for m in modules for v in vars(m).values() if hasattr(v, "cache_clear") and not isinstance(v, type)]
    for cache in caches:
        cache.cache_clear()
    return len(caches)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", action="store_true", help="also time the real documents of ../shared/corpus")
    parser.add_argument("--cold", action="store_true", help="empty the package's caches before each run (one read per document)")
    args = parser.parse_args()
    text = long_notice(args.tasks)
    extract(text, issued_on=date(2025, 1, 10))  # warm caches (regexes, holidays, dateparser)
    elapsed = 0.0
    for _ in range(args.runs):
        if args.cold:
            clear_caches()
        started = time.perf_counter()
        draft = extract(text, issued_on=date(2025, 1, 10))
        elapsed += time.perf_counter() - started
    tracemalloc.start()
    extract(text, issued_on=date(2025, 1, 10))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"document: {len(text):,} characters, {args.tasks} clauses → {len(draft.tasks)} tasks extracted")
    print(f"throughput: {args.runs / elapsed:.2f} documents/s ({elapsed / args.runs * 1000:.0f} ms per document, "
          f"{len(draft.tasks) * args.runs / elapsed:,.0f} tasks/s)")
    print(f"peak memory (tracemalloc, one extraction): {peak / 1024 / 1024:.1f} MiB")
    if args.corpus:
        corpus_figures()


if __name__ == "__main__":
    main()
