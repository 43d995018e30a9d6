"""Build the bundled demo days: Indonesian recordings spoken from the day-10 report.

No recording of a workshop day can be fetched offline, so the project ships three made with
espeak-ng, each with its ground truth (the text and time of every turn, an RTTM of who spoke
when, and the report passages the talk deliberately leaves out).  Only this script needs espeak-ng
and ffmpeg; the committed results are what the demo, the batch and the tests use.

    python -m pipeline.make_demo configs      # writes configs/demo*/recording.opus and truth
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile

AMBASSADOR = "H.E. Chalief Akbar"
AYU = "Dr. Ayu Larasati"
MODERATOR = "Moderator"

# espeak-ng voice, pitch (0-99) and speed (words per minute): two clearly different voices,
# slow enough for Whisper base to follow (MODELS.md: a slower voice lowered WER).
VOICES = {
    AMBASSADOR: ("id+m3", 35, 130),
    AYU: ("id+f3", 70, 135),
    MODERATOR: ("id+m7", 60, 140),
}

DEMO_TURNS: list[tuple[str, str]] = [
    (
        AMBASSADOR,
        "Selamat siang, salam sejahtera untuk kita semua. Terima kasih kepada Universitas STEKOM "
        "yang telah mengundang saya dari Aljazair. Hari ini saya akan menjelaskan strategi dan "
        "tantangan diplomasi digital di masa pandemi Covid-19. Indonesia telah menjadikan "
        "diplomasi digital sebagai bagian dari transformasi strategi diplomasi pada tahun 2017. "
        "Melalui penggunaan media sosial Twitter, Instagram, Youtube, dan pengembangan situs "
        "Kementerian Luar Negeri dan perwakilan RI. Adapun kegiatan diplomatik virtual di "
        "antaranya yaitu pertemuan multilateral, negosiasi, business meeting, pelayanan "
        "kekonsuleran, dan dialog interaktif.",
    ),
    (
        AYU,
        "Terima kasih, Pak Duta Besar. Bagaimana diplomasi tetap berjalan selama pandemi, "
        "ketika para pejabat tidak bisa bertemu secara langsung?",
    ),
    (
        AMBASSADOR,
        "Selama pandemi Covid-19, diplomasi dilakukan secara virtual, dan segera terbukti hal itu "
        "berharga. Sekarang ini, para pemimpin dunia tidak mesti bepergian ke luar negeri untuk "
        "menghadiri pertemuan internasional. Mereka dapat mengirim pidato yang telah direkam "
        "sebelumnya, atau berpidato langsung secara virtual. Manfaat diplomasi digital di "
        "antaranya yaitu penyebaran pesan perdamaian, penyelesaian konflik, dan dukungan politik "
        "internasional dengan lebih mudah melalui media sosial. Diplomasi digital juga menjadi "
        "alat untuk melindungi warga negara secara lebih efisien, misalnya untuk pelayanan visa "
        "dan paspor. Tantangan diplomasi digital ada empat. Satu, diplomasi digital bukan "
        "pengganti diplomasi konvensional. Dua, kesulitan mengontrol interaksi antar aktor karena "
        "luasnya jaringan. Tiga, komitmen dan kontinuitas penyelenggaraan diplomasi digital. "
        "Empat, infrastruktur dan anggaran. Gabungan antara diplomasi secara fisik dan digital, "
        "atau diplomasi hybrid, akan menjadi norma baru setelah pandemi Covid-19 berakhir. "
        "Kekhawatiran tentang keamanan siber, privasi data, dan tata kelola internet harus "
        "diatasi untuk menciptakan lingkungan diplomasi digital yang terpercaya.",
    ),
    (
        AYU,
        "Saya akan menjelaskan tingkatan implementasi diplomasi digital, yaitu awal, menengah, "
        "dan akhir. Awal, adanya ketersediaan layanan teknologi informasi dan komunikasi yang "
        "digunakan dalam diplomasi. Menengah, dicirikan interaksi di antara pemerintah dan warga "
        "negaranya. Akhir, dicirikan dengan fitur komunikasi yang sangat maju dan lengkap dalam "
        "mendukung upaya diplomasi melalui perangkat digital. Menurut Fergus Hanson, diplomasi "
        "digital merupakan penggunaan internet serta teknologi informasi dan komunikasi dalam "
        "rangka mencapai tujuan diplomatik. Menteri Luar Negeri Retno Marsudi menyebut empat "
        "manfaat yang telah dirasakan dalam diplomasi digital.",
    ),
    (
        AMBASSADOR,
        "Di Aljazair, kedutaan kami memakai Instagram untuk mempromosikan kopi dan batik "
        "Indonesia. Setiap bulan kami mengadakan kelas bahasa Indonesia secara daring untuk "
        "mahasiswa di Aljir.",
    ),
]

# Report passages the talk leaves out on purpose: the ground truth for the compare stage.
DEMO_OMITTED = [
    "Manfaat penggunaan media sosial bagi perwakilan RI dan diplomat diantaranya yaitu membangun "
    "kedekatan dengan public",
    "Peluang diplomasi digital diantaranya yaitu terus mendorong keterbukaan informasi.",
    "Partisipasi masyarakat lebih mudah, khususnya anak muda.",
    "Dan menciptakan solusi dan inovasi.",
]

# Three voices, the moderator first and the ambassador last.
DEMO_2_TURNS = [
    (MODERATOR, "Selamat datang di workshop online diplomasi dan publik speaking hari kesepuluh. "
                "Bersama kita hari ini Duta Besar Chalief Akbar dan Doktor Ayu Larasati."),
    (AYU, "Tingkatan implementasi diplomasi digital yaitu awal, menengah, dan akhir. Menurut "
          "Fergus Hanson, diplomasi digital merupakan penggunaan internet serta teknologi "
          "informasi dan komunikasi untuk mencapai tujuan diplomatik."),
    (MODERATOR, "Terima kasih, Ibu Ayu. Pertanyaan berikutnya untuk Bapak Duta Besar."),
    (AMBASSADOR, "Peluang diplomasi digital adalah terus mendorong keterbukaan informasi. "
                 "Partisipasi masyarakat lebih mudah, khususnya anak muda. Gabungan diplomasi "
                 "fisik dan digital akan menjadi norma baru setelah pandemi berakhir."),
]

# Two voices in the other order: Dr. Ayu opens and closes.
DEMO_3_TURNS = [
    (AYU, "Selamat pagi. Kementerian Luar Negeri telah menetapkan diplomasi digital sebagai "
          "bagian dari peta strategi sejak tahun 2017. Tantangannya adalah infrastruktur dan "
          "anggaran."),
    (AMBASSADOR, "Manfaat media sosial bagi diplomat adalah membangun kedekatan dengan publik, "
                 "membentuk opini masyarakat, dan membangun jejaring sosial. Kekhawatiran tentang "
                 "keamanan siber dan privasi data harus diatasi."),
    (AYU, "Terima kasih atas perhatian Bapak dan Ibu sekalian."),
]

DEMO_DAYS = {
    "demo": (DEMO_TURNS, DEMO_OMITTED),
    "demo-2": (DEMO_2_TURNS, ["Manfaat diplomasi digital diantaranya yaitu penyebaran pesan perdamaian"]),
    "demo-3": (DEMO_3_TURNS, ["Peluang diplomasi digital diantaranya yaitu terus mendorong keterbukaan informasi."]),
}

SAMPLE_RATE = 22050  # espeak-ng's native rate
PAUSE_SECONDS = 0.8
SPEECH_THRESHOLD = 0.01


def _speak(text: str, voice: str, pitch: int, speed: int, workdir: Path) -> np.ndarray:
    wav = workdir / "turn.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "-w", str(wav), text],
        check=True,
    )
    samples, rate = soundfile.read(wav, dtype="float32")
    assert rate == SAMPLE_RATE, rate
    return samples


def _speech_bounds(samples: np.ndarray) -> tuple[int, int]:
    loud = np.flatnonzero(np.abs(samples) > SPEECH_THRESHOLD)
    return int(loud[0]), int(loud[-1]) + 1


def build(target: Path, turns: list[tuple[str, str]], omitted: list[str]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    pause = np.zeros(int(PAUSE_SECONDS * SAMPLE_RATE), dtype="float32")
    pieces, truth_turns, cursor = [pause], [], len(pause)
    with tempfile.TemporaryDirectory() as tmp:
        for speaker, text in turns:
            samples = _speak(text, *VOICES[speaker], Path(tmp))
            first, last = _speech_bounds(samples)
            truth_turns.append(
                {
                    "speaker": speaker,
                    "start": round((cursor + first) / SAMPLE_RATE, 3),
                    "end": round((cursor + last) / SAMPLE_RATE, 3),
                    "text": text,
                }
            )
            pieces += [samples, pause]
            cursor += len(samples) + len(pause)
        full = Path(tmp) / "demo.wav"
        soundfile.write(full, np.concatenate(pieces), SAMPLE_RATE)
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-i", str(full), "-ac", "1", "-ar", "16000",
             "-c:a", "libopus", "-b:a", "32k", str(target / "recording.opus")],
            check=True,
        )
    truth = {
        "description": "Ground truth of the bundled demo recording (espeak-ng voices).",
        "turns": truth_turns,
        "omitted_report_passages": omitted,
    }
    (target / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
    rttm = [
        f"SPEAKER {target.name} 1 {t['start']:.3f} {t['end'] - t['start']:.3f} <NA> <NA> "
        f"{t['speaker'].replace(' ', '_')} <NA> <NA>"
        for t in truth_turns
    ]
    (target / "truth.rttm").write_text("\n".join(rttm) + "\n")


if __name__ == "__main__":
    configs = Path(sys.argv[1] if len(sys.argv) > 1 else "configs")
    for name, (turns, omitted) in DEMO_DAYS.items():
        build(configs / name, turns, omitted)
