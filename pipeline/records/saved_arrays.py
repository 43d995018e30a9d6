"""Arrays this code saved with numpy's savez beside a day's artifacts (diarize's voices.npz, the
utterance vectors of `lokakarya tables --meaning`), read back without trusting them: a file cut,
edited by hand or of another tool is said to be damaged, never loaded blindly."""

from __future__ import annotations

import lzma
import math
import struct
import zipfile
import zlib
from collections.abc import Callable

import numpy as np

from pipeline.records.files import why

# What reading a damaged zip or .npy can raise (zipfile, zlib, lzma and numpy's .npy reader).
UNREADABLE = (
    OSError,
    EOFError,
    ValueError,
    OverflowError,
    RuntimeError,
    NotImplementedError,
    struct.error,
    zlib.error,
    lzma.LZMAError,
    zipfile.BadZipFile,
)


def checked_array(
    archive: zipfile.ZipFile, name: str, most_bytes: int, damaged: Callable[[str], Exception]
) -> np.ndarray:
    """One array of the file.  Its .npy header is checked before any data is read: an object array
    (a pickle) is never loaded, nor more than `most_bytes`; `damaged(why)` is raised where not."""
    with archive.open(f"{name}.npy") as member:
        version = np.lib.format.read_magic(member)
        if version not in ((1, 0), (2, 0)):
            raise damaged(f"'{name}' is in .npy format {version[0]}.{version[1]}, which savez did not write")
        header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, _, dtype = header(member)
    if dtype.hasobject:
        raise damaged(f"'{name}' holds Python objects (a pickle), which are never loaded")
    size = math.prod(shape) * dtype.itemsize
    if size > most_bytes:
        raise damaged(f"'{name}' holds {size:,} bytes, more than this file saves")
    with archive.open(f"{name}.npy") as member:
        return np.lib.format.read_array(member, allow_pickle=False)


def unreadable(exc: BaseException) -> str:
    """Why an npz file could not be read (one of UNREADABLE), in one short line."""
    return f"not a readable npz file: {why(exc)}"


def described(array: np.ndarray) -> str:
    return f"an array of {array.dtype} of shape {array.shape}"
