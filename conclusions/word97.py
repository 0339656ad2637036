"""Word 97–2003 `.doc` → `.docx` with LibreOffice headless, so the .docx reader does the rest.

LibreOffice rather than antiword or catdoc: all three read Vietnamese Unicode text, but only LibreOffice keeps
tables as tables (antiword draws them as fixed-width text and wraps long cells onto extra rows; catdoc flattens
them) and keeps each run's font, so runs typed in .VnTime / VNI-Times are converted to Unicode like in a .docx.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from conclusions.errors import DocumentError

log = logging.getLogger(__name__)

INSTALL_HINT = (
    "Máy chủ chưa cài LibreOffice nên chưa đọc được tệp .doc (Word 97–2003). "
    "Quản trị viên cài bằng lệnh: sudo apt-get install libreoffice-writer-nogui — "
    "hoặc anh/chị mở tệp bằng Word, lưu thành .docx rồi gửi lại."
)
TIMEOUT_SECONDS = 90.0
NOT_WORD = "Tệp .doc bị hỏng hoặc không phải văn bản Word; hãy lưu lại thành .docx rồi gửi lại."
# Every Word 97–2003 file is an OLE container with a stream of this name (Excel's is "Workbook").
_WORD_STREAM = "WordDocument".encode("utf-16-le")


def soffice_path() -> str | None:
    """The LibreOffice command on this machine, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(data: bytes, *, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Convert the bytes of a .doc to the bytes of a .docx, or raise DocumentError in Vietnamese."""
    if not data.startswith(b"\xd0\xcf\x11\xe0") or _WORD_STREAM not in data:
        raise DocumentError(NOT_WORD)
    soffice = soffice_path()
    if soffice is None:
        log.warning(".doc refused: LibreOffice (soffice) is not installed")
        raise DocumentError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="dondoc-doc-") as tmp:
        work = Path(tmp)
        source = work / "vanban.doc"
        source.write_bytes(data)
        # A profile of its own: two conversions at once would otherwise fight over ~/.config/libreoffice.
        command = [
            soffice, "--headless", "--norestore", "--nolockcheck",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work / "out"), str(source),
        ]  # fmt: skip
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            log.warning(".doc conversion timed out after %.0f s", timeout)
            raise DocumentError("Đọc tệp .doc quá lâu; hãy lưu lại thành .docx rồi gửi lại.") from exc
        result = work / "out" / "vanban.docx"
        if process.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            log.warning(".doc conversion failed (exit %s): %s", process.returncode, (err or out).decode(errors="replace")[-300:])
            raise DocumentError(NOT_WORD)
        return result.read_bytes()
