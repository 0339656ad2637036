"""OCR figures on scans made here: character error rate per kind of scan, and the time to read a 10-page scan.

    .venv/bin/python benchmarks/bench_ocr.py            # all figures
    .venv/bin/python benchmarks/bench_ocr.py --pages 4  # a shorter multi-page run
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conclusions import extract  # noqa: E402
from conclusions.ocr import OcrLimits, tesseract_missing  # noqa: E402
from conclusions.reading import read_source  # noqa: E402
from tests.conclusions.scans import NOTICE, char_error_rate, degrade, photograph, render_pages, to_jpeg, to_pdf, to_png  # noqa: E402


def _tasks(draft) -> list[tuple]:
    return [(t.content, [u.key for u in t.units], t.deadline.due) for t in draft.tasks]


def main() -> None:
    """Print the figures as a Markdown table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    if tesseract_missing():
        sys.exit(tesseract_missing())
    page = render_pages()[0]
    scans = {
        "clean PNG, 300 dpi": to_png(page),
        "clean PDF (image only), 300 dpi": to_pdf([page]),
        "clean, 200 dpi": to_png(render_pages(dpi=200)[0]),
        "sideways (90°)": to_png(page.rotate(90, expand=True)),
        "turned 3°, 4% noise, JPEG q40": to_jpeg(degrade(page, angle=3.0, noise=0.04, jpeg_quality=40), 60),
        "turned −2°, 2% noise, JPEG q30": to_jpeg(degrade(page, angle=-2.0, noise=0.02, jpeg_quality=30, seed=11), 50),
        "phone photo (perspective, uneven light)": to_jpeg(photograph(page), 85),
    }
    original = _tasks(extract(NOTICE))
    print("| scan | CER | mean confidence | same tasks as the text | seconds |")
    print("|---|---|---|---|---|")
    for name, data in scans.items():
        started = time.monotonic()
        source = read_source(data, filename="scan.pdf" if name.startswith("clean PDF") else "scan.png")
        seconds = time.monotonic() - started
        same = _tasks(extract(source.text)) == original
        cer = char_error_rate(NOTICE, source.text)
        print(f"| {name} | {cer:.2%} | {source.ocr.mean_confidence:.1f} | {'yes' if same else 'no'} | {seconds:.1f} |")
    text = "\n\n".join([NOTICE] * (args.pages + 3))
    pages = render_pages(text)[: args.pages]
    pdf = to_pdf(pages)
    started = time.monotonic()
    source = read_source(pdf, filename="scan.pdf", ocr_limits=OcrLimits(timeout=600))
    seconds = time.monotonic() - started
    print(f"\n{len(pages)}-page scanned PDF: {seconds:.1f} s ({seconds / len(pages):.1f} s/page), mean confidence {source.ocr.mean_confidence:.1f}")


if __name__ == "__main__":
    main()
