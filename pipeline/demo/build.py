"""Build the bundled demo days: Indonesian recordings spoken from the day-10 report, five
(para-11 to para-15) from a second report, of day 7 (configs/reports/day-7.txt, written for the
project in the day-10 report's style: other speakers, another theme), and four (para-16 to para-19)
from a third, of day 3, written as a campus news portal writes.

No recording of a workshop day can be fetched offline, so the project ships days made with
espeak-ng, each with its ground truth: the text and time of every turn, an RTTM of who spoke when,
and for every point of the report whether the talk covers it, partly covers it, leaves it out or
(for sentences that narrate the event) does not need to say it.

The demo days speak report sentences nearly verbatim.  The para-* days are the hard case real
talks pose: three voices including a moderator, room reverberation and noise, a low-bitrate codec,
and a talk that says chosen report points in other words at three levels (light: same key terms in
a new sentence; medium: synonyms, reordering and spoken fillers; heavy: different words for the
same claim), leaves the other points out and digresses about things the report never mentions.
Only this script needs espeak-ng and ffmpeg; the committed results are what the demo, the batch,
the tests and the benchmark use.

    python -m pipeline.demo.build configs      # writes configs/demo*/recording.opus and truth
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile

from pipeline.text.points import split_points

AMBASSADOR = "H.E. Chalief Akbar"
AYU = "Dr. Ayu Larasati"
MODERATOR = "Moderator"
DIPLOMAT = "Hendarto Wibisono"  # the speakers of day 7 (configs/reports/day-7.txt)
MAYA = "Dr. Maya Puspitasari"
BAYU = "Bayu Anggoro"  # the speakers of day 3 (configs/reports/day-3.txt), the moderator named
RATNA = "Ratna Kusumawardani"
NADIA = "Nadia Rahmawati"

# espeak-ng voice, pitch (0-99) and speed (words per minute): two clearly different voices,
# slow enough for Whisper base to follow (docs/measurements.md: a slower voice lowered WER).
VOICES = {
    AMBASSADOR: ("id+m3", 35, 130),
    AYU: ("id+f3", 70, 135),
    MODERATOR: ("id+m7", 60, 140),
    DIPLOMAT: ("id+m2", 40, 130),
    MAYA: ("id+f4", 65, 135),
    # day 3 takes voices told apart on other days: two espeak-ng women's variants (f2 and f5) were
    # one voice to the diarizer (DER 0.10 with the count given), which is not what these days test
    BAYU: ("id+m2", 40, 130),
    RATNA: ("id+f3", 70, 135),
    NADIA: ("id+m7", 60, 140),
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
    (
        MODERATOR,
        "Selamat datang di workshop online diplomasi dan publik speaking hari kesepuluh. "
        "Bersama kita hari ini Duta Besar Chalief Akbar dan Doktor Ayu Larasati.",
    ),
    (
        AYU,
        "Tingkatan implementasi diplomasi digital yaitu awal, menengah, dan akhir. Menurut "
        "Fergus Hanson, diplomasi digital merupakan penggunaan internet serta teknologi "
        "informasi dan komunikasi untuk mencapai tujuan diplomatik.",
    ),
    (MODERATOR, "Terima kasih, Ibu Ayu. Pertanyaan berikutnya untuk Bapak Duta Besar."),
    (
        AMBASSADOR,
        "Peluang diplomasi digital adalah terus mendorong keterbukaan informasi. "
        "Partisipasi masyarakat lebih mudah, khususnya anak muda. Gabungan diplomasi "
        "fisik dan digital akan menjadi norma baru setelah pandemi berakhir.",
    ),
]

# Two voices in the other order: Dr. Ayu opens and closes.
DEMO_3_TURNS = [
    (
        AYU,
        "Selamat pagi. Kementerian Luar Negeri telah menetapkan diplomasi digital sebagai "
        "bagian dari peta strategi sejak tahun 2017. Tantangannya adalah infrastruktur dan "
        "anggaran.",
    ),
    (
        AMBASSADOR,
        "Manfaat media sosial bagi diplomat adalah membangun kedekatan dengan publik, "
        "membentuk opini masyarakat, dan membangun jejaring sosial. Kekhawatiran tentang "
        "keamanan siber dan privasi data harus diatasi.",
    ),
    (AYU, "Terima kasih atas perhatian Bapak dan Ibu sekalian."),
]

# Paraphrase days: the talk says chosen report points in other words (three levels), leaves the
# others out and digresses.  Each label names a report point by a phrase only it contains.
LIGHT, MEDIUM, HEAVY, VERBATIM = "light", "medium", "heavy", "verbatim"

# The demo days speak report sentences nearly word for word.
DEMO_POINTS = {
    "telah menjadikan diplomasi digital": ("covered", VERBATIM),
    "Melalui penggunaan media sosial twitter": ("covered", VERBATIM),
    "kegiatan-kegiatan diplomatic virtual": ("covered", VERBATIM),
    "diplomasi dilakukan secara virtual": ("covered", VERBATIM),
    "tidak mesti bepergian": ("covered", VERBATIM),
    "mengirim pidato telah direkam": ("covered", VERBATIM),
    "Manfaat diplomasi digital diantaranya": ("partly", VERBATIM),
    "bukan pengganti diplomasi konvensional": ("covered", VERBATIM),
    "kesulitan mengontrol interaksi": ("covered", VERBATIM),
    "komitmen dan kontinutas": ("partly", VERBATIM),
    "insfrastruktur dan anggaran": ("covered", VERBATIM),
    "diplomasi hybrid": ("covered", VERBATIM),
    "Kekhawatiran tentang keamanan siber": ("covered", VERBATIM),
    "Tingkatan Implementasi Diplomasi Digital": ("covered", VERBATIM),
    "Awal, adanya ketersediaan": ("covered", VERBATIM),
    "Menengah, dicirikan interaksi": ("covered", VERBATIM),
    "Akhir, dicirikan dengan fitur": ("covered", VERBATIM),
    "sebagaimana Fergus Hanson": ("covered", VERBATIM),
    "Retno Marsudi, ada empat manfaat": ("partly", VERBATIM),
    "Alat untuk melindungan warga negara": ("covered", VERBATIM),
}
DEMO_2_POINTS = {
    "Tingkatan Implementasi Diplomasi Digital": ("covered", VERBATIM),
    "sebagaimana Fergus Hanson": ("covered", VERBATIM),
    "terus mendorong keterbukaan informasi": ("covered", VERBATIM),
    "Partisipasi masyarakat lebih mudah": ("covered", VERBATIM),
    "diplomasi hybrid": ("covered", VERBATIM),
}
DEMO_3_POINTS = {
    "telah menjadikan diplomasi digital": ("partly", VERBATIM),
    "komitmen dan kontinutas": ("partly", VERBATIM),
    "insfrastruktur dan anggaran": ("covered", VERBATIM),
    "Manfaat penggunaan media sosial": ("partly", VERBATIM),
    "Kekhawatiran tentang keamanan siber": ("partly", VERBATIM),
}

PARA_1_TURNS = [
    (
        MODERATOR,
        "Selamat siang, Bapak dan Ibu sekalian. Eh, sebelum mulai, mohon maaf kalau suaranya "
        "agak putus-putus, jaringan di kampus lagi kurang bagus. Hari ini kita ngobrol bersama "
        "Pak Duta Besar dan Ibu Ayu. Silakan, Pak.",
    ),
    (
        AMBASSADOR,
        "Terima kasih. Jadi begini, ya. Sejak tahun dua ribu tujuh belas, Indonesia sudah "
        "memasukkan diplomasi digital ke dalam transformasi strategi diplomasi kita. Nah, "
        "sekarang ini kepala negara itu tidak harus lagi terbang jauh ke luar negeri hanya "
        "untuk ikut rapat internasional. Cukup rekam sambutannya dulu lalu dikirim, atau "
        "tampil langsung di layar dari kantornya sendiri. Di Aljir sekarang lagi musim hujan, "
        "jadi saya juga lebih senang rapat dari kantor.",
    ),
    (MODERATOR, "Wah, menarik sekali, Pak. Lalu apa saja yang masih jadi hambatan?"),
    (
        AMBASSADOR,
        "Ya, hambatannya ada beberapa. Jaringannya itu kan luas sekali, jadi susah "
        "mengendalikan interaksi antara para aktor di dalamnya. Kemudian soal infrastruktur "
        "dan anggaran, anggaran perlu ditingkatkan dan infrastruktur digital harus dibangun. "
        "Orang juga masih cemas soal peretasan, soal data pribadi yang bocor, dan soal siapa "
        "yang mengatur dunia maya. Semua itu harus dibereskan dulu supaya orang mau percaya.",
    ),
    (
        AYU,
        "Terima kasih, Pak. Saya tambahkan sedikit, ya. Jadi penerapannya itu bertahap. Tahap awal, "
        "ya kan, tersedia dulu layanan teknologi informasi dan komunikasi yang dipakai untuk "
        "berdiplomasi. Tahap menengah ditandai dengan interaksi antara pemerintah dengan warga "
        "negaranya. Kalau kata Fergus Hanson, intinya kita memanfaatkan jaringan daring dan "
        "perangkat komunikasi modern untuk mengejar kepentingan luar negeri. Buat para diplomat, "
        "media sosial itu bikin kita lebih dekat dengan publik dan memperluas jejaring. Dan yang "
        "paling saya suka, anak-anak muda sekarang jadi lebih gampang ikut terlibat, masyarakat "
        "umum juga.",
    ),
    (MODERATOR, "Baik, terima kasih banyak. Sampai jumpa minggu depan, jangan lupa isi daftar hadir."),
]
PARA_1_POINTS = {
    "telah menjadikan diplomasi digital": ("covered", LIGHT),
    "tidak mesti bepergian": ("covered", MEDIUM),
    "mengirim pidato telah direkam": ("covered", HEAVY),
    "kesulitan mengontrol interaksi": ("covered", MEDIUM),
    "insfrastruktur dan anggaran": ("covered", LIGHT),
    "Kekhawatiran tentang keamanan siber": ("covered", HEAVY),
    "Awal, adanya ketersediaan": ("covered", MEDIUM),
    "Menengah, dicirikan interaksi": ("covered", LIGHT),
    "sebagaimana Fergus Hanson": ("covered", HEAVY),
    "Partisipasi masyarakat lebih mudah": ("covered", MEDIUM),
    "Manfaat penggunaan media sosial": ("partly", MEDIUM),
    "Tingkatan Implementasi Diplomasi Digital": ("partly", MEDIUM),
    "komitmen dan kontinutas": ("partly", LIGHT),
}

PARA_2_TURNS = [
    (
        MODERATOR,
        "Assalamualaikum, selamat pagi semuanya. Nah, kita lanjut sesi kedua. Mohon "
        "mikrofonnya dimatikan dulu ya, yang tidak sedang bicara.",
    ),
    (
        AYU,
        "Baik, terima kasih. Jadi, tingkatan implementasi diplomasi digital itu ada tiga, yaitu "
        "awal, menengah, dan akhir. Pada tingkat akhir, fitur komunikasinya sudah sangat maju dan "
        "lengkap untuk mendukung diplomasi lewat perangkat digital. Eh, menurut Ibu Menteri Retno "
        "Marsudi, ada empat manfaat yang sudah terasa, misalnya menyebarkan pesan damai, membantu "
        "menyelesaikan konflik, dan mencari dukungan politik dari negara lain lewat media sosial. "
        "Terus, diplomasi digital juga bisa dipakai untuk memperkuat kerja sama ekonomi dan "
        "perdagangan dengan negara lain. Saya sendiri waktu kuliah dulu pernah magang di kedutaan, "
        "dan waktu itu semua surat masih dikirim lewat faks.",
    ),
    (MODERATOR, "Terima kasih, Bu Ayu. Pak Duta Besar, silakan."),
    (
        AMBASSADOR,
        "Ya, terima kasih. Selama pandemi kemarin, semua kegiatan diplomasi kita pindahkan ke "
        "ruang virtual, dan ternyata cepat sekali terasa manfaatnya. Kegiatannya macam-macam, "
        "ada pertemuan multilateral, negosiasi, business meeting, pelayanan kekonsuleran, "
        "sampai dialog interaktif. Tapi harus diingat, ya kan, diplomasi lewat layar belum "
        "bisa menggantikan sepenuhnya pertemuan tatap muka. Ke depan, menurut saya, campuran "
        "antara pertemuan fisik dan pertemuan daring itu akan jadi hal yang biasa setelah "
        "wabah ini lewat. Karena itu setiap negara harus siap-siap, terutama menjaga keamanan "
        "dan etika. Oh ya, minggu lalu kedutaan kami mengadakan lomba masak rendang, dan yang "
        "menang justru orang Aljazair.",
    ),
    (MODERATOR, "Luar biasa. Baik, kita tutup sesi ini di sini."),
]
PARA_2_POINTS = {
    "Tingkatan Implementasi Diplomasi Digital": ("covered", LIGHT),
    "Akhir, dicirikan dengan fitur": ("covered", LIGHT),
    "Retno Marsudi, ada empat manfaat": ("covered", MEDIUM),
    "menguatkan kerja sama ekonomi": ("covered", LIGHT),
    "diplomasi dilakukan secara virtual": ("covered", MEDIUM),
    "kegiatan-kegiatan diplomatic virtual": ("covered", LIGHT),
    "bukan pengganti diplomasi konvensional": ("covered", MEDIUM),
    "diplomasi hybrid": ("covered", HEAVY),
    "Semua negara harus bersiap": ("covered", MEDIUM),
    "Manfaat diplomasi digital diantaranya": ("partly", MEDIUM),
}

PARA_3_TURNS = [
    (
        MODERATOR,
        "Selamat sore, teman-teman. Kita mulai saja ya, karena waktunya terbatas. Yang "
        "menonton di YouTube, silakan tulis pertanyaan di kolom komentar.",
    ),
    (
        AMBASSADOR,
        "Terima kasih. Kementerian kita memanfaatkan Twitter, Instagram, dan YouTube, dan juga "
        "terus mengembangkan situs web Kementerian Luar Negeri serta perwakilan kita di luar "
        "negeri. Dengan media sosial itu, diplomat bisa lebih dekat dengan publik, membentuk "
        "opini masyarakat, membangun jaringan, dan menjadi sumber informasi yang terbuka. Nah, "
        "satu lagi, diplomasi digital itu alat yang bagus untuk melindungi warga kita dengan "
        "lebih efisien, contohnya urusan visa dan paspor sekarang bisa lebih cepat. Di "
        "Aljazair ada sekitar dua ratus warga negara Indonesia, kebanyakan mahasiswa dan "
        "pekerja.",
    ),
    (
        AYU,
        "Saya mau menyoroti peluangnya. Yang pertama, keterbukaan informasi harus terus didorong. "
        "Kemudian, kalau sudah serba digital, pembangunan juga ikut maju, karena hubungan "
        "antarnegara jadi lebih lancar dan investor lebih tertarik menanam modal. Menurut Fergus "
        "Hanson, diplomasi digital adalah penggunaan internet dan teknologi informasi dan "
        "komunikasi untuk mencapai tujuan diplomatik.",
    ),
    (MODERATOR, "Ada pertanyaan dari penonton: bagaimana dengan kendalanya, Pak?"),
    (
        AMBASSADOR,
        "Kendalanya, eh, yang pertama soal komitmen. Harus ada kesinambungan, jangan sekali "
        "jalan lalu berhenti. Terus masalah dana dan sarana, itu klasik sekali. Terus terang, "
        "koneksi internet di kantor kami kadang mati kalau hujan deras.",
    ),
]
PARA_3_POINTS = {
    "Melalui penggunaan media sosial twitter": ("covered", LIGHT),
    "Manfaat penggunaan media sosial": ("covered", MEDIUM),
    "Alat untuk melindungan warga negara": ("covered", LIGHT),
    "terus mendorong keterbukaan informasi": ("covered", LIGHT),
    "Alat untuk memajukan pembangunan": ("covered", HEAVY),
    "sebagaimana Fergus Hanson": ("covered", LIGHT),
    "insfrastruktur dan anggaran": ("covered", HEAVY),
    "komitmen dan kontinutas": ("partly", HEAVY),
    "Manfaat diplomasi digital diantaranya": ("partly", LIGHT),
}

PARA_4_TURNS = [
    (
        MODERATOR,
        "Halo semuanya, selamat datang kembali. Hari ini agak spesial, karena kita kedatangan "
        "peserta dari Malaysia dan Brunei juga.",
    ),
    (
        AMBASSADOR,
        "Terima kasih. Begini, waktu pandemi, diplomasi kita jalankan secara virtual, dan "
        "hasilnya segera terlihat berharga. Para pemimpin dunia tidak perlu bepergian ke luar "
        "negeri untuk datang ke pertemuan internasional. Tapi, ya kan, sulit sekali mengontrol "
        "siapa berinteraksi dengan siapa, karena jaringannya begitu luas. Dan menurut saya, "
        "diplomasi gabungan, fisik dan digital, akan menjadi norma baru setelah pandemi "
        "berakhir. Soal keamanan siber dan privasi data, itu kekhawatiran nyata yang harus "
        "diatasi. Saya juga sering ditanya soal kuliner. Di sini orang suka sekali teh mint "
        "yang manis.",
    ),
    (
        AYU,
        "Terima kasih, Pak. Jadi, kalau kita bicara tahapan, ada tiga level. Level paling dasar, "
        "cukup tersedia layanan teknologi untuk kerja diplomasi. Level tengah, pemerintah mulai "
        "berinteraksi dengan rakyatnya. Level paling tinggi, semua sarana komunikasinya canggih dan "
        "lengkap untuk menunjang diplomasi lewat gawai. Oh ya, media sosial membuat keterlibatan "
        "masyarakat, terutama anak muda, jadi lebih mudah.",
    ),
    (MODERATOR, "Baik, terima kasih banyak, Pak Duta Besar dan Bu Ayu. Sertifikat akan dikirim lewat email."),
]
PARA_4_POINTS = {
    "diplomasi dilakukan secara virtual": ("covered", LIGHT),
    "tidak mesti bepergian": ("covered", LIGHT),
    "kesulitan mengontrol interaksi": ("covered", MEDIUM),
    "diplomasi hybrid": ("covered", LIGHT),
    "Awal, adanya ketersediaan": ("covered", HEAVY),
    "Menengah, dicirikan interaksi": ("covered", HEAVY),
    "Akhir, dicirikan dengan fitur": ("covered", HEAVY),
    "Partisipasi masyarakat lebih mudah": ("covered", MEDIUM),
    "Tingkatan Implementasi Diplomasi Digital": ("covered", HEAVY),
    "Kekhawatiran tentang keamanan siber": ("partly", LIGHT),
}

# para-5 and para-6 were written later, as two more tuning days: other points, other words, and
# talk that shares a point's words without making its claim (a small budget for snacks, a cat's
# Instagram account), which the first tuning days had little of.
PARA_5_TURNS = [
    (
        MODERATOR,
        "Selamat malam, Bapak dan Ibu. Terima kasih masih bertahan walaupun sudah malam. Rekaman "
        "sesi ini nanti bisa ditonton ulang di kanal kampus, jadi santai saja. Silakan, Pak Duta.",
    ),
    (
        AMBASSADOR,
        "Terima kasih. Ya, saya mulai dari pengalaman. Waktu wabah kemarin, hampir semua pekerjaan "
        "kedutaan kami pindah ke layar. Rapat dengan banyak negara sekaligus, tawar-menawar soal "
        "perjanjian, pertemuan dengan para pengusaha, sampai urusan konsuler dan tanya jawab dengan "
        "warga, semuanya lewat daring. Presiden atau menteri pun tidak wajib naik pesawat berjam-jam "
        "cuma untuk hadir di sidang internasional. Tapi jangan salah, ya. Bertemu lewat layar itu "
        "belum bisa sepenuhnya menggantikan diplomasi tatap muka. Jabat tangan dan makan malam "
        "bersama tetap penting. Ngomong-ngomong, anggaran acara kita malam ini kecil sekali, jadi "
        "mohon maaf tidak ada hadiah untuk penanya. Kucing saya malah punya akun Instagram sendiri, "
        "pengikutnya lebih banyak dari akun saya.",
    ),
    (MODERATOR, "Ha ha, luar biasa. Bu Ayu, silakan."),
    (
        AYU,
        "Terima kasih. Saya lihat dari sisi diplomatnya. Lewat media sosial, seorang diplomat bisa "
        "merasa dekat dengan masyarakat, ikut membentuk cara orang berpikir, menambah kenalan, dan "
        "sekaligus jadi tempat orang mencari kabar. Lalu, di tahap menengah, yang menonjol adalah "
        "hubungan dua arah antara pemerintah dan rakyatnya. Yang sering dilupakan orang, semua ini "
        "ada risikonya. Akun bisa dibobol, data orang bisa tersebar, dan aturan main di internet "
        "belum jelas. Itu harus dibereskan supaya orang mau percaya.",
    ),
    (MODERATOR, "Ada pertanyaan dari peserta: apa gunanya untuk warga biasa, Bu?"),
    (
        AYU,
        "Contoh paling gampang, mengurus paspor dan visa sekarang jauh lebih cepat, jadi warga kita "
        "di luar negeri terlindungi dengan lebih efisien. Itu salah satu manfaat yang juga disebut "
        "Ibu Menteri Retno Marsudi, selain menyebarkan pesan damai.",
    ),
    (
        MODERATOR,
        "Baik, karena sudah malam, kita cukupkan. Jangan lupa mengisi survei kepuasan, tautannya ada di kolom obrolan.",
    ),
]
PARA_5_POINTS = {
    "kegiatan-kegiatan diplomatic virtual": ("covered", HEAVY),
    "tidak mesti bepergian": ("covered", MEDIUM),
    "bukan pengganti diplomasi konvensional": ("covered", LIGHT),
    "Manfaat penggunaan media sosial": ("covered", MEDIUM),
    "Menengah, dicirikan interaksi": ("covered", MEDIUM),
    "Kekhawatiran tentang keamanan siber": ("covered", HEAVY),
    "Alat untuk melindungan warga negara": ("covered", LIGHT),
    "Retno Marsudi, ada empat manfaat": ("partly", LIGHT),
    "Manfaat diplomasi digital diantaranya": ("partly", LIGHT),
}

PARA_6_TURNS = [
    (
        MODERATOR,
        "Pagi, semuanya. Maaf kita telat lima menit, tadi ada kendala teknis dengan ruang Zoom-nya. "
        "Langsung saja, Bu Ayu dulu.",
    ),
    (
        AYU,
        "Baik, terima kasih. Kalau kita bicara diplomasi digital, ada tiga tingkatan "
        "implementasinya, yaitu awal, menengah, dan akhir. Di tingkat awal, yang penting tersedia "
        "dulu layanan teknologi informasi dan komunikasi untuk kerja diplomasi. Nah, di tingkat "
        "akhir, sarana komunikasinya sudah canggih sekali dan lengkap, semua upaya diplomasi "
        "didukung perangkat digital. Ada pakar, Fergus Hanson namanya, yang bilang intinya "
        "diplomasi digital itu memakai dunia maya untuk mengejar sasaran-sasaran diplomasi.",
    ),
    (MODERATOR, "Terima kasih, Bu. Pak Duta Besar?"),
    (
        AMBASSADOR,
        "Ya. Saya mau cerita soal tantangannya. Pertama, duit. Kita butuh dana lebih besar, dan "
        "jaringan serta pusat data yang memadai. Kedua, dunia maya itu terlalu luas, kita tidak "
        "mungkin mengawasi siapa bicara dengan siapa. Kemarin saya ke Oran, kota pelabuhan di barat "
        "Aljazair. Lautnya indah sekali, dan orang di sana ramah-ramah. Lalu soal pidato. Sekarang "
        "pemimpin bisa mengirim pidato yang sudah direkam sebelumnya, atau berpidato langsung "
        "secara virtual. Setelah pandemi, saya kira dunia akan terbiasa dengan cara kerja gabungan, "
        "kadang datang sendiri, kadang cukup lewat layar.",
    ),
    (MODERATOR, "Pak, apa untungnya buat ekonomi kita?"),
    (
        AMBASSADOR,
        "Banyak. Lewat kanal digital kita bisa mempromosikan produk Indonesia, mencari mitra "
        "dagang, dan mengundang pengusaha Aljazair berinvestasi. Jadi hubungan antarnegara makin "
        "lancar.",
    ),
    (
        AYU,
        "Satu lagi, anak-anak muda sekarang jauh lebih aktif. Mereka ikut berkomentar dan ikut "
        "kampanye, jadi keterlibatan publik naik.",
    ),
    (MODERATOR, "Terima kasih, Bapak dan Ibu. Sampai bertemu di hari kesebelas."),
]
PARA_6_POINTS = {
    "Tingkatan Implementasi Diplomasi Digital": ("covered", LIGHT),
    "Awal, adanya ketersediaan": ("covered", LIGHT),
    "Akhir, dicirikan dengan fitur": ("covered", MEDIUM),
    "sebagaimana Fergus Hanson": ("covered", MEDIUM),
    "insfrastruktur dan anggaran": ("covered", HEAVY),
    "kesulitan mengontrol interaksi": ("covered", HEAVY),
    "mengirim pidato telah direkam": ("covered", LIGHT),
    "diplomasi hybrid": ("covered", HEAVY),
    "menguatkan kerja sama ekonomi": ("covered", HEAVY),
    "Alat untuk memajukan pembangunan": ("partly", MEDIUM),
    "Partisipasi masyarakat lebih mudah": ("covered", MEDIUM),
}

# para-7 and para-8 were written by another hand than the first six, to be scored only (no weight or
# threshold was chosen on them): they lean on the points para-5 and para-6 leave out, carry hard
# negatives (talk that shares a missing point's words without its claim: a hybrid car, the
# building's security guard, a passport queue), and para-8 says Retno Marsudi's four benefits as
# "tiga manfaat".
PARA_7_TURNS = [
    (
        MODERATOR,
        "Selamat sore, Bapak Ibu peserta workshop. Semarang sore ini hujan deras, jadi kalau nanti "
        "ada bunyi petir, mohon dimaklumi. Kita sudah tersambung dengan Bapak Duta Besar di "
        "Aljazair. Di sana masih jam sembilan pagi, ya, Pak? Silakan, Pak.",
    ),
    (
        AMBASSADOR,
        # 3 HEAVY ("titik baliknya ... dirombak ... salah satu pilarnya"); 4 MEDIUM (platforms
        # reordered, "laman web ... dibenahi" for "pengembangan situs"); 6 HEAVY ("wabah korona",
        # "dari balik kamera", "sangat bernilai").
        "Betul, di sini masih pagi, kopi saya juga belum habis. Eh, sebentar, kamera saya kok "
        "macet. Sudah kelihatan? Baik. Jadi saya mulai dari, eh, dari sejarahnya sedikit. Tahun "
        "dua ribu tujuh belas itu titik baliknya. Kementerian di Pejambon memutuskan cara kita "
        "berdiplomasi harus dirombak, dan ranah digital dijadikan salah satu pilarnya. Alatnya, "
        "ya, yang Bapak Ibu pakai tiap hari juga: Instagram, YouTube, Twitter. Lalu laman web "
        "kementerian dan laman kedutaan-kedutaan kita itu terus dibenahi, terus dikembangkan. "
        "Nah, begitu wabah korona datang, mau tidak mau semua urusan antarnegara kami kerjakan "
        "dari balik kamera. Dan, eh, dalam hitungan minggu sudah kelihatan, cara itu ternyata "
        "sangat bernilai.",
    ),
    (
        MODERATOR,
        "Terima kasih, Pak. Ada pertanyaan dari Mas Rizky, mahasiswa semester lima. Katanya, Pak, "
        "apa yang paling berat dalam menjalankan diplomasi digital?",
    ),
    (
        AMBASSADOR,
        # 12 MEDIUM: "tekad", "berkesinambungan" for "kontinuitas", and the 2017 strategy map.
        # Hard negative for 8 (leaders send recorded speeches or speak live virtually): a live
        # speech given in person, "berpidato langsung".  Hard negative for 15 (hybrid diplomacy
        # the new norm after the pandemic): the embassy's hybrid car.
        "Pertanyaan bagus, Mas Rizky. Yang, eh, yang paling berat justru menjaga tekad, ya. "
        "Bikin akun itu gampang, merawatnya yang susah. Komitmennya harus ada, dan "
        "penyelenggaraannya harus berkesinambungan, jangan putus di tengah jalan. Makanya "
        "kementerian sudah mencantumkan diplomasi digital di peta strateginya sejak dua ribu "
        "tujuh belas, tinggal kita jaga. Ngomong-ngomong soal berat, minggu lalu saya harus "
        "berpidato langsung di depan mahasiswa Universitas Aljir, tanpa teks, dalam bahasa "
        "Prancis. Itu juga berat, gitu. Oh ya, lucunya, mobil dinas kami sekarang mobil hybrid, "
        "padahal bensin di sini murah sekali.",
    ),
    (MODERATOR, "Ha ha, hemat bensin di negeri minyak. Baik, Bu Ayu, silakan dari sisi akademik."),
    (
        AYU,
        # 19 HEAVY (three rungs: bottom, middle, top); 21 LIGHT (menengah, pemerintah, warga
        # negara, interaksi, new sentence).  Levels 20 and 22 are NOT described.
        # 14 partly HEAVY: only "tools of communication" and "source of information" (the
        # loudspeaker and the notice board); closeness, opinion, networking, transparency are not
        # said as benefits of social media.
        # 28 MEDIUM: "kesempatan emasnya", "arus informasi makin terbuka", "terus mendorong".
        "Terima kasih. Maaf, tadi listrik di rumah sempat padam sebentar. Jadi, saya suka "
        "membayangkan penerapan diplomasi digital itu seperti tiga anak tangga: yang paling "
        "bawah, yang tengah, dan yang paling atas. Saya ambil yang tengah saja, ya. Di tingkat "
        "menengah, cirinya pemerintah dan warga negaranya sudah saling berinteraksi, tidak lagi "
        "satu arah. Lalu bagi kedutaan, akun media sosial itu semacam pengeras suara sekaligus "
        "papan pengumuman. Tempat menyampaikan pesan, dan tempat orang mencari kabar yang resmi. "
        "Nah, kesempatan emasnya di sini, ya kan. Arus informasi makin terbuka, dan kita harus "
        "terus mendorong supaya makin terbuka lagi.",
    ),
    (
        MODERATOR,
        "Satu lagi dari kolom obrolan, Pak Duta. Dari Ibu Sari, pembatik di Pekalongan: apakah "
        "diplomasi digital ada gunanya untuk dagang?",
    ),
    (
        AMBASSADOR,
        # 25 LIGHT (same key terms, sentence turned round); 9 partly LIGHT: only its economic
        # cooperation and trade item.
        "Ada, Bu Sari. Kerja sama ekonomi dan perdagangan internasional itu justru bisa diperkuat "
        "lewat diplomasi digital. Tahun lalu kami memamerkan batik lewat pameran daring, dan "
        "beberapa butik di Aljir akhirnya memesan. Di sini juga ada harissa, sambal khas Afrika "
        "Utara, jadi lidah orang sini cocok dengan masakan kita.",
    ),
    (
        AYU,
        # Hard negative for 13 (budget and digital infrastructure as a challenge): the campus's
        # "infrastruktur", a new parking building.
        "Wah, kalau begitu harus dicoba. Pak, kampus kami juga lagi banyak perbaikan "
        "infrastruktur, gedung parkirnya baru. Jadi kalau nanti Bapak mampir ke Semarang, sudah "
        "nyaman.",
    ),
    (
        MODERATOR,
        # Hard negative for 13 as well: "anggaran" of the organisers.
        "Sayangnya anggaran panitia tahun ini belum cukup untuk mendatangkan Bapak ke Semarang, "
        "ha ha. Baik, waktu kita habis. Terima kasih, Pak Duta Besar, terima kasih, Bu Ayu. Daftar "
        "hadir dan tautan sertifikat ada di kolom obrolan. Selamat sore, sampai jumpa.",
    ),
]
PARA_7_POINTS = {
    "telah menjadikan diplomasi digital": ("covered", HEAVY),
    "Melalui penggunaan media sosial twitter": ("covered", MEDIUM),
    "diplomasi dilakukan secara virtual": ("covered", HEAVY),
    # commitment and continuity as a challenge, and the strategy map since 2017: all of point 12.
    "komitmen dan kontinutas": ("covered", MEDIUM),
    "menguatkan kerja sama ekonomi": ("covered", LIGHT),
    # only the economic cooperation and trade item of point 9's list of benefits.
    "Manfaat diplomasi digital diantaranya": ("partly", LIGHT),
    "terus mendorong keterbukaan informasi": ("covered", MEDIUM),
    "Tingkatan Implementasi Diplomasi Digital": ("covered", HEAVY),
    "Menengah, dicirikan interaksi": ("covered", LIGHT),
    # only tools of communication and source of information, two of the six benefits.
    "Manfaat penggunaan media sosial": ("partly", HEAVY),
}

PARA_8_TURNS = [
    (
        MODERATOR,
        "Halo, selamat pagi, Bapak Ibu. Yang bergabung lewat YouTube, halo juga. Hari ini urutannya "
        "kita balik, Bu Ayu dulu, nanti Pak Duta Besar. Silakan, Bu. Eh, Bu Ayu, suaranya belum "
        "masuk, masih di-mute.",
    ),
    (
        AYU,
        # Hard negative for 17 (cyber security, data privacy, internet governance): the building's
        # security guard, "keamanannya ketat", the camera off "demi privasi".
        # Hard negative for 3 (2017, transformation of the diplomacy strategy) and for the missing
        # part of 12 (strategy map since 2017): her teaching "strategi" in 2017.
        # 19 LIGHT (awal, menengah, akhir, implementasi, new sentence); 20 HEAVY (computers,
        # network and applications the diplomats can work with).  21 and 22 are NOT described.
        # 23 MEDIUM (name kept, "memakai internet dan gawai komunikasi", "kepentingan diplomatik").
        "Aduh, maaf, sudah terdengar? Baik. Maaf juga tadi telat, satpam gedung menahan saya di "
        "pintu karena kartu akses saya ketinggalan. Keamanannya sekarang ketat sekali. Kamera saya "
        "matikan dulu, ya, demi privasi, anak saya lagi main di belakang. Jadi, eh, kalau soal "
        "implementasi, diplomasi digital itu bertingkat, ya, mulai dari tingkat awal, lalu "
        "menengah, sampai tingkat akhir. Syarat paling dasarnya, negara itu punya dulu komputer, "
        "jaringan internet, dan aplikasi yang bisa dipakai para diplomatnya bekerja. Yang menengah "
        "dan yang akhir ada di materi yang dibagikan, waktunya mepet. Saya ingat, tahun dua ribu "
        "tujuh belas saya baru mulai mengajar, dan strategi saya waktu itu sederhana sekali, "
        "papan tulis dan spidol. Nah, istilah kerennya e-diplomacy. Fergus Hanson, peneliti dari "
        "Australia, bilang intinya itu memakai internet dan gawai-gawai komunikasi demi "
        "tercapainya kepentingan diplomatik.",
    ),
    (MODERATOR, "Terima kasih, Bu. Ada pertanyaan dari Mbak Dewi di YouTube: Bu, manfaat nyatanya apa sih?"),
    (
        AYU,
        # 24 partly MEDIUM, NUMBER DIFFERS: the report says Retno Marsudi felt "empat manfaat";
        # Ayu says "tiga manfaat" and lists the three the report lists in point 24.
        # 9 partly MEDIUM: peace, conflicts, political support, three of its six benefits.
        # 28 HEAVY: "peluangnya", information flowing freely, "arus yang terbuka ini harus terus
        # kita dorong".
        "Nah, Ibu Retno Marsudi, menteri luar negeri kita, pernah cerita ada tiga manfaat yang "
        "beliau rasakan sendiri. Pesan damai jadi lebih gampang disebarkan, konflik lebih cepat "
        "dicarikan jalan keluar, dan dukungan politik dari negara-negara lain lebih mudah digalang "
        "lewat media sosial. Terus, eh, peluangnya juga ada. Informasi sekarang mengalir bebas, "
        "hampir tidak ada yang bisa disembunyikan lagi, dan arus yang terbuka ini harus terus kita "
        "dorong.",
    ),
    (MODERATOR, "Terima kasih, Bu Ayu. Pak Duta Besar, silakan. Eh, Pak, itu suara apa di belakang?"),
    (
        AMBASSADOR,
        # Hard negative for 27 (development, investment): a building under construction next door.
        # 6 LIGHT (terbukti berharga, pandemi, dilakukan secara virtual, sentence turned round).
        # 4 partly MEDIUM: YouTube and the website only; Twitter and Instagram are not said.
        # 10 HEAVY: "pelengkap, bukan pengganti", face to face cannot be fully replaced by the
        # camera; Retno Marsudi is not named as the source here.
        "Oh, maaf, itu bunyi bor. Di sebelah kedutaan sedang ada pembangunan gedung, sudah tiga "
        "bulan. Jadi begini. Yang terbukti berharga selama pandemi itu justru diplomasi yang "
        "dilakukan secara virtual. Kami juga rajin mengunggah video ke YouTube, dan situs kedutaan "
        "terus diperbarui. Tapi jangan salah paham, ya. Layar itu pelengkap, bukan pengganti. "
        "Duduk berhadapan, bersalaman, membaca raut wajah lawan bicara, itu belum bisa digantikan "
        "penuh oleh kamera.",
    ),
    (MODERATOR, "Pertanyaan terakhir dari Mas Fajar: selain itu, tantangannya apa lagi, Pak?"),
    (
        AMBASSADOR,
        # 12 partly HEAVY: only commitment and continuity ("napas panjang", "tekad", "jalan terus
        # tanpa putus"); the strategy map since 2017 is not said.
        # Hard negative for 29 (participation easier, especially the young): young Algerians
        # filling cafes for football.
        "Soal napas panjang, Mas Fajar. Banyak yang semangatnya cuma di awal. Hari ini akun "
        "dibuat, bulan depan sudah ditinggal, hangat-hangat tahi ayam, gitu. Harus ada tekad, dan "
        "harus jalan terus tanpa putus. Oh ya, anak-anak muda di sini, wah, kalau ada "
        "pertandingan sepak bola, kafe-kafe penuh sampai tengah malam. Bulan lalu saya ke "
        "Ghardaia, di pinggir Gurun Sahara, kurmanya manis sekali.",
    ),
    (
        MODERATOR,
        # Hard negative for 26 (protecting citizens more efficiently, visa and passport services):
        # the moderator's own passport renewal in a long queue.
        "Wah, bikin iri, Pak. Saya sendiri minggu lalu antre berjam-jam di kantor imigrasi untuk "
        "memperpanjang paspor, jadi belum bisa ke mana-mana. Baik, kita cukupkan sampai di sini. "
        "Terima kasih, Pak Duta Besar dan Bu Ayu. Sampai jumpa besok pagi.",
    ),
]
PARA_8_POINTS = {
    "diplomasi dilakukan secara virtual": ("covered", LIGHT),
    # YouTube and the website only.
    "Melalui penggunaan media sosial twitter": ("partly", MEDIUM),
    "bukan pengganti diplomasi konvensional": ("covered", HEAVY),
    # commitment and continuity only, not the strategy map since 2017.
    "komitmen dan kontinutas": ("partly", HEAVY),
    "Tingkatan Implementasi Diplomasi Digital": ("covered", LIGHT),
    "Awal, adanya ketersediaan": ("covered", HEAVY),
    "sebagaimana Fergus Hanson": ("covered", MEDIUM),
    # the three benefits are said, but as "tiga manfaat" where the report says "empat manfaat".
    "Retno Marsudi, ada empat manfaat": ("partly", MEDIUM),
    # peace, conflicts and political support only.
    "Manfaat diplomasi digital diantaranya": ("partly", MEDIUM),
    "terus mendorong keterbukaan informasi": ("covered", HEAVY),
}

# para-9 and para-10 were written by a third hand who had not seen how the comparison works, to be
# scored only: a panel of short turns where the moderator sums up two points again, and a long talk
# with a long digression where one speaker barely speaks; each with four or more hard negatives.
PARA_9_TURNS = [
    (
        AMBASSADOR,
        "Halo, halo, sudah terdengar? Selamat siang dari Aljir. Di sini masih pagi, tapi, eh, kopinya sudah siap.",
    ),
    (
        MODERATOR,
        # Hard negative for 17 (cyber security, data privacy, internet governance): his mobile
        # "kuota data" and his "internet" that may drop.
        "Sudah, Pak, jelas sekali. Assalamualaikum, selamat siang, Bapak Ibu peserta. Hari ini "
        "formatnya agak beda, ya, kita bikin seperti panel. Jadi Pak Duta dan Bu Ayu silakan "
        "saling potong, saling tanggap, gitu. Oh, maaf, kuota data saya tinggal sedikit, jadi "
        "kalau internet saya tiba-tiba hilang, mohon dimaklumi. Langsung saja, Pak Duta. Apa "
        "yang paling berubah?",
    ),
    (
        AMBASSADOR,
        # 7 HEAVY: a head of state joins a summit without leaving his capital (no "pemimpin",
        # "bepergian", "pertemuan internasional").  Nothing about speeches (8).
        # 5 partly MEDIUM: negotiation ("perundingan"), consular services ("layanan konsuler")
        # and interactive dialogue, moved to the screen; multilateral meetings and business
        # meetings are not said.
        "Yang, eh, yang paling kelihatan, ya, kepala negara sekarang bisa ikut konferensi tingkat "
        "tinggi tanpa harus meninggalkan ibu kotanya. Dulu kan harus terbang, transit, jet lag. "
        "Terus pekerjaan kami sehari-hari juga, perundingan, layanan konsuler, dialog interaktif "
        "dengan warga, itu banyak yang sekarang pindah ke layar.",
    ),
    (
        AYU,
        # 10 HEAVY: the screen is only a bridge, a tough negotiation still needs one table; face to
        # face cannot be stood in for by a camera.  Retno Marsudi is not named as the source.
        "Boleh saya potong sedikit, Pak? Layar itu cuma jembatan, ya. Kalau rundingannya sudah "
        "alot, orang tetap harus duduk satu meja, saling menatap, minum teh bareng. Yang begitu "
        "tidak bisa diwakili kamera.",
    ),
    (
        AMBASSADOR,
        # 11 HEAVY (first saying): the digital space is too big, thousands of parties answer each
        # other and nobody can direct the traffic of the conversation.
        # 13 MEDIUM: "dana dan prasarana", budget raised ("anggarannya harus dinaikkan"), data
        # centres and connections built.
        "Betul, betul, saya setuju, Bu. Dan, eh, masalahnya bukan cuma itu. Ruang digital itu "
        "terlalu besar. Ribuan pihak bisa saling sahut, pemerintah, lembaga swadaya, warganet, "
        "akun tanpa nama, dan kita tidak bisa mengatur lalu lintas percakapannya. Belum lagi soal "
        "dana dan prasarana, ya kan. Anggarannya harus dinaikkan, pusat data dan koneksinya harus "
        "dibangun.",
    ),
    (
        MODERATOR,
        # Hard negative for 22 and 19 (the final level of implementation, the levels awal,
        # menengah, akhir): a final-year student, "mahasiswa tingkat akhir".
        "Nah, pas sekali, ada pertanyaan dari Mas Bayu, katanya mahasiswa tingkat akhir yang lagi "
        "pusing skripsi, ha ha. Dia tanya, apa manfaatnya buat warga biasa seperti saya? Bu Ayu, "
        "silakan.",
    ),
    (
        AYU,
        # 26 HEAVY (first saying): citizens abroad who lose their travel documents or need an
        # entry permit are helped from afar, faster and cheaper, protection is quicker.
        # 29 LIGHT: young people take part more easily, the public too (new sentence, key terms).
        "Semangat skripsinya, Mas Bayu. Contoh gampangnya begini. Kalau warga kita di luar negeri "
        "kehilangan dokumen perjalanan, atau mau mengurus izin masuk ke negara lain, sekarang bisa "
        "dibantu dari jauh, lebih cepat, lebih hemat, jadi perlindungannya lebih sigap. Terus, apa "
        "namanya, anak muda juga jadi lebih mudah berpartisipasi, masyarakat umum juga. Mahasiswa "
        "klub debat saya malah ikut lomba dengan kampus di Turki, dari kamar kos.",
    ),
    (
        AMBASSADOR,
        # 16 HEAVY: every country must not just wait, get ready ("ancang-ancang") now, and hold on
        # to two things, a sense of safety and good manners (security and ethics).  "Perubahan
        # ini" is the move to the screen; hybrid diplomacy as the new norm (15) is not said.
        "Saya tambah satu, Bu, mumpung ingat. Perubahan ini datangnya cepat, jadi tiap negara "
        "jangan cuma menunggu. Ancang-ancangnya harus disiapkan dari sekarang, dan ada dua hal "
        "yang tidak boleh lepas, rasa aman dan sopan santun. Eh, ngomong-ngomong, pohon ara di "
        "halaman kedutaan kami lagi lebat-lebatnya. Tiap pagi staf lokal memetik, dibagi ke "
        "tetangga.",
    ),
    (
        MODERATOR,
        # Hard negative for 15 (hybrid diplomacy the new norm after the pandemic): the canteen
        # open again "sejak masa normal baru".
        # Summing-up, second sayings: 11 MEDIUM ("kelewat luas", "interaksinya sulit
        # dikendalikan"); 26 MEDIUM ("lebih terlindungi", passport and visa sorted faster).
        # Hard negative for 4 (Twitter, Instagram, YouTube, the ministry's websites): the campus
        # Instagram and the session's recording on YouTube (a weak one for 8, pre-recorded speeches:
        # "rekamannya").
        "Wah, bikin ngiler, Pak. Sejak masa normal baru, kantin kampus kami memang sudah buka "
        "lagi, tapi tidak ada buah ara, ha ha. Oke, waktunya sudah mepet. Saya rangkum dua hal, ya. "
        "Pertama, jagat internet itu kelewat luas, pihak yang ikut bicara terlalu banyak, jadi "
        "interaksinya sulit dikendalikan. Kedua, warga kita di luar negeri jadi lebih terlindungi, "
        "urusan paspor dan visa lebih cepat beres. Terima kasih, Pak Duta Besar, terima kasih, Bu "
        "Ayu. Jangan lupa ikuti Instagram kampus, dan rekamannya bisa ditonton ulang di YouTube "
        "STEKOM. Wassalamualaikum.",
    ),
]
# A point said twice takes the level of its closer saying (the moderator's summing-up).
PARA_9_POINTS = {
    # negotiation, consular services and interactive dialogue; not multilateral or business meetings.
    "kegiatan-kegiatan diplomatic virtual": ("partly", MEDIUM),
    "tidak mesti bepergian": ("covered", HEAVY),
    "bukan pengganti diplomasi konvensional": ("covered", HEAVY),
    # ambassador HEAVY, moderator's summing-up MEDIUM.
    "kesulitan mengontrol interaksi": ("covered", MEDIUM),
    "insfrastruktur dan anggaran": ("covered", MEDIUM),
    "Semua negara harus bersiap": ("covered", HEAVY),
    # Ayu HEAVY, moderator's summing-up MEDIUM.
    "Alat untuk melindungan warga negara": ("covered", MEDIUM),
    # only the citizen-protection item (visa and passport) of point 9's six benefits.
    "Manfaat diplomasi digital diantaranya": ("partly", MEDIUM),
    "Partisipasi masyarakat lebih mudah": ("covered", LIGHT),
}

# para-10: the ambassador talks at length, with a long story in the middle from his posting in
# Nairobi; Dr. Ayu has a cold and says one sentence.
PARA_10_TURNS = [
    (
        MODERATOR,
        "Selamat pagi, Bapak Ibu, selamat datang di hari kesepuluh. Eh, sebelum mulai, kabar "
        "kurang enak, Bu Ayu sedang flu, suaranya serak, jadi hari ini beliau lebih banyak "
        "mendengarkan, ya. Pak Duta Besar yang akan banyak bercerita. Silakan, Pak.",
    ),
    (
        AMBASSADOR,
        # Hard negative for 29 (participation easier, especially the young): his nephew, "anak
        # muda", set up the Zoom call.
        # 6 LIGHT: during the covid pandemic diplomacy done virtually ("berdiplomasi secara virtual"),
        # soon proved valuable ("terbukti ... berharga").
        # 4 HEAVY: "aplikasi burung biru" (Twitter), "aplikasi berbagi foto" (Instagram), "kanal
        # video" (YouTube), the ministry's and every embassy's official pages "terus dipoles".
        # 14 partly MEDIUM: closeness ("merasa dekat"), shaping opinion ("opini publik ... kami
        # warnai"), networking ("jaringan pertemanan"), a means of communication ("sarana
        # komunikasi"); source of information and transparency are not said.  Its "jaringan
        # pertemanan kami makin luas" shares 11's "luasnya jaringan" without 11's claim.
        # The story (digression) carries hard negatives for 11 ("jaringan telepon ... putus"),
        # 13 ("anggaran kami pas-pasan", a road "rusaknya minta ampun"), 7 ("bepergian", the
        # elephant herd's "pemimpin") and 16 ("aman", said by the driver).
        # 15 MEDIUM: diplomacy mixed, physical and digital, "normal yang baru" once the pandemic
        # is over.  17 LIGHT: cyber security, data privacy, internet governance must be dealt with
        # for a trusted digital diplomacy environment.
        "Terima kasih, Mas. Cepat sembuh, Bu Ayu. Suara saya masuk? Untung ada keponakan saya, "
        "anak muda, dia yang tadi memasang Zoom ini. Kalau tidak, saya masih bingung cari "
        "tombolnya. Baik. Jadi begini, ya. Selama pandemi covid, kita semua dipaksa berdiplomasi "
        "secara virtual, dan, eh, dalam waktu singkat terbukti cara itu berharga sekali. Alatnya "
        "macam-macam. Ada aplikasi burung biru, ada aplikasi berbagi foto, ada kanal video, lalu "
        "halaman resmi kementerian dan halaman tiap kedutaan kita terus dipoles. Nah, buat kami "
        "para diplomat, eh, untungnya apa? Masyarakat jadi merasa dekat dengan kami, opini publik "
        "bisa ikut kami warnai, jaringan pertemanan kami makin luas, dan kami punya sarana komunikasi sendiri. "
        "Ngomong-ngomong soal komunikasi, saya jadi ingat cerita lama. Tahun dua ribu tiga, saya "
        "masih sekretaris tiga di kedutaan kita di Nairobi, Kenya. Kedutaan mau mengadakan "
        "malam budaya, lengkap dengan gamelan. Nah, gamelannya dikirim dari Jakarta naik kapal, dan, eh, "
        "tertahan di pelabuhan Mombasa. Jaringan telepon di Nairobi putus tiga hari karena badai, "
        "faks juga mati. Anggaran kami pas-pasan, jadi kami sewa truk sayur, berangkat subuh, "
        "delapan jam lewat jalan yang rusaknya minta ampun. Jarang sekali saya bepergian sejauh "
        "itu lewat darat. Di tengah Taman Nasional Tsavo, truknya mogok. Lalu lewat sekawanan "
        "gajah. Yang paling depan gajah betina tua, pemimpin kawanan itu. Kami diam di dalam truk, "
        "tidak berani bernapas. Sopir kami, Pak Otieno, cuma berbisik, tenang, aman, mereka cuma "
        "mau minum. Singkat cerita, gamelannya keluar dari pelabuhan, kami sampai jam dua pagi, "
        "dan malam budayanya jalan. Tamu-tamu Kenya malah ikut menari. Eh, maaf, saya jadi "
        "melantur. Kembali ke topik. Kalau pandemi sudah selesai, saya yakin diplomasi yang "
        "dicampur, fisik dan digital, itu akan jadi normal yang baru. Tapi ada syaratnya. Keamanan "
        "siber, privasi data, tata kelola internet, kekhawatiran itu harus diatasi dulu, supaya "
        "lingkungan diplomasi digitalnya terpercaya.",
    ),
    (
        MODERATOR,
        # Hard negative for 24 and 10 (Retno Marsudi): a student named Retno.  Hard negative for 3
        # (2017, transformation of the diplomacy strategy) and for the part of 12 this day leaves
        # out (the ministry's strategy map since 2017): her intake year "dua ribu tujuh belas" and
        # her question about a "strategi" for the embassy account.
        "Ceritanya seru sekali, Pak, saya ikut deg-degan. Ada pertanyaan dari Mbak Retno, "
        "mahasiswi angkatan dua ribu tujuh belas. Katanya, Pak, strategi apa supaya akun kedutaan "
        "tidak sepi, dan apa yang paling sering gagal?",
    ),
    (
        AMBASSADOR,
        # 12 partly MEDIUM: commitment ("kesungguhan") and continuity ("terus-menerus",
        # "berkelanjutan", "keberlanjutan"); the strategy map since 2017 is not said.
        # 25 HEAVY: finding buyers abroad and cross-border business partnerships made easier over
        # digital channels (no "kerja sama", "ekonomi", "perdagangan", "menguatkan").
        "Pertanyaan yang jujur, Mbak Retno. Yang paling sering gagal itu kesungguhannya. Diplomasi "
        "digital harus dijalankan terus-menerus, berkelanjutan, tidak boleh cuma ramai di bulan "
        "pertama lalu sepi seperti rumah kosong. Jadi kuncinya kesungguhan dan keberlanjutan. Lalu "
        "satu lagi, buat pengusaha kita, mencari pembeli di luar negeri dan menjalin kongsi bisnis "
        "lintas negara itu jadi jauh lebih gampang lewat kanal digital. Bulan lalu kami "
        "mempertemukan eksportir kopi dari Aceh dengan pembeli di Konstantin, cukup lewat layar.",
    ),
    (
        AYU,
        # 27 HEAVY: two countries talking more often over the digital route, foreign investors
        # bolder with their money, the region moves forward (communication between countries,
        # investment, development).
        "Maaf, suara saya serak. Satu kalimat saja, Pak. Kalau dua negara makin sering bertukar "
        "kabar lewat jalur digital, pemodal asing lebih berani menaruh uangnya, dan daerah kita "
        "ikut maju.",
    ),
    (AMBASSADOR, "Betul sekali, Bu Ayu. Terima kasih, lekas pulih, ya."),
    (
        MODERATOR,
        # Hard negative for 16 (keeping security and ethics): the streets are "aman".
        "Baik, Bapak Ibu, kita cukupkan di sini. Terima kasih, Pak Duta Besar, terima kasih, Bu "
        "Ayu. Cuaca Semarang siang ini cerah, jalanan aman, jadi yang mau keluar cari makan siang, "
        "silakan. Sertifikat dikirim lewat surel. Sampai jumpa besok.",
    ),
]
PARA_10_POINTS = {
    "Melalui penggunaan media sosial twitter": ("covered", HEAVY),
    "diplomasi dilakukan secara virtual": ("covered", LIGHT),
    # closeness, opinion, networking and a means of communication; not source of information
    # or transparency.
    "Manfaat penggunaan media sosial": ("partly", MEDIUM),
    "diplomasi hybrid": ("covered", MEDIUM),
    "Kekhawatiran tentang keamanan siber": ("covered", LIGHT),
    # commitment and continuity only, not the strategy map since 2017.
    "komitmen dan kontinutas": ("partly", MEDIUM),
    "menguatkan kerja sama ekonomi": ("covered", HEAVY),
    "Alat untuk memajukan pembangunan": ("covered", HEAVY),
    # economic cooperation and trade, and development; not peace, conflicts, political support
    # or citizen protection.
    "Manfaat diplomasi digital diantaranya": ("partly", HEAVY),
}


# Report sentences that narrate the event (who spoke, where, how it was held): not talk content.
NARRATION = (
    "Acara Workshop Online",
    "Pada hari ke-10",
    "H.E Chalief Akbar menjelaskan",
    "Dr. Ayu Larassati, S.Sos., M.Ikom. menjelaskan",
)
REPORT = Path(__file__).resolve().parents[2] / "configs" / "reports" / "day-10.txt"

# para-11 to para-13 are of another day's report (day 7: public speaking and negotiation, two
# other speakers), written by a fourth hand who had not seen how the comparison works: a lecture,
# a fast panel where the moderator sums up, and a day that wanders with one speaker late.
DAY_7_REPORT = REPORT.with_name("day-7.txt")
DAY_7_NARRATION = (
    "Acara Workshop Online",
    "Pada hari ke-7",
    "Drs. Hendarto Wibisono, M.A. menjelaskan",
    "Dr. Maya Puspitasari, S.I.Kom., M.Si. menjelaskan",
)

# para-11: a lecture-like day, each speaker talks at length, then one question from the audience.
PARA_11_TURNS = [
    (
        MODERATOR,
        # Hard negative for 19 (preparation before speaking, among it coming early to check the
        # place and equipment): the moderator "datang lebih awal" to campus, about his own delay.
        # Hard negative for 24 (online speaking: lighting, camera, background, stable connection):
        # the campus "koneksi internet" is "tidak stabil", a hiccup, not advice.
        "Assalamualaikum, selamat pagi, Bapak Ibu, salam sejahtera untuk kita semua. Selamat "
        "datang di hari ketujuh. Eh, mohon maaf, mulainya agak molor, ya. Saya sebenarnya sudah "
        "datang lebih awal ke kampus, tapi koneksi internet di gedung kami lagi tidak stabil, "
        "jadi saya pindah dulu ke ruang sebelah. Nah, hari ini formatnya seperti kuliah, ya. Pak "
        "Konjen dulu, lalu Bu Maya, nanti pertanyaan di akhir. Pak Hendarto, silakan.",
    ),
    (
        DIPLOMAT,
        # 3 LIGHT: negotiation is a process of communication, two-way, between parties whose
        # interests differ, to reach a common agreement without violence (key terms kept).
        # 5 MEDIUM: not only clever at talking, the ears must be used; in the negotiating room
        # more time goes on listening to the other side's position than on talking.
        # 6 partly HEAVY: only bargaining ("saling tarik ulur angka") and implementation ("isi
        # kesepakatannya harus benar-benar dijalankan"); preparation, opening and closing not said.
        # 7 HEAVY: know before entering how far one may retreat, the line not to be crossed
        # (bottom line), and a fallback plan, the most profitable other choice if talks stall
        # (BATNA); no "batas minimal", "alternatif terbaik", "gagal".
        # Digression: the port of Hamburg, with a hard negative for 13 (the IEU-CEPA trade
        # negotiation of 2019): "perdagangan Indonesia dengan Uni Eropa" passes through the port,
        # coffee and cocoa, nothing about a negotiation or a clause discussed for weeks.
        # Hard negative for 9 (foreign languages, English and the local language, needed by a
        # negotiator): his son at school speaks "bahasa Inggris" and "bahasa Jerman" fluently.
        # 12 MEDIUM: the Germans, a meeting at nine is at nine, detailed data valued; in many Asian
        # countries, ourselves too, the relationship is built first, coffee first, then the core.
        # 14 partly MEDIUM: only conceding too fast ("buru-buru memberi konsesi"); emotion, data
        # and the record of discussion are not said.
        "Terima kasih, Mas. Selamat pagi dari Hamburg. Di sini masih jam dua pagi, jadi saya "
        "bangun pakai alarm, ha ha. Baik. Saya mulai dari yang paling dasar, ya. Negosiasi itu "
        "apa? Negosiasi itu sebuah proses komunikasi, sifatnya dua arah, antara pihak-pihak yang "
        "kepentingannya berbeda. Tujuannya supaya tercapai kesepakatan bersama, dan itu dicapai "
        "tanpa kekerasan. Nah, yang sering dilupakan, diplomat muda itu bukan cuma harus pintar "
        "ngomong. Justru telinganya yang harus dipakai. Kalau saya hitung-hitung, di ruang "
        "perundingan itu waktu kita lebih banyak habis untuk mendengarkan posisi pihak sana "
        "daripada untuk bicara. Lalu, eh, apa namanya, ada masa ketika dua pihak saling tarik "
        "ulur angka, maju sedikit, mundur sedikit. Dan setelah tanda tangan, pekerjaan belum "
        "selesai, isi kesepakatannya harus benar-benar dijalankan. Satu lagi. Sebelum masuk "
        "ruangan, kita harus tahu sampai titik mana kita boleh mundur. Ada garis yang tidak boleh "
        "dilewati. Dan kita pegang rencana cadangan, pilihan lain yang paling menguntungkan kalau "
        "pembicaraannya buntu. Oh ya, Hamburg ini kota pelabuhan, ya. Perdagangan Indonesia "
        "dengan Uni Eropa banyak lewat sini, kopi, kakao, minyak sawit. Kemarin saya ke "
        "pelabuhan, kapal dari Belawan baru sandar. Anak saya sekolah di sini, bahasa Inggris dan "
        "bahasa Jermannya sudah lancar, malah bahasa Jawanya yang lupa. Nah, soal orang Jerman. "
        "Kalau rapat jam sembilan, ya jam sembilan, bukan jam sembilan lewat sepuluh. Datanya "
        "juga harus rinci, angkanya lengkap, itu dihargai sekali. Beda dengan banyak negara di "
        "Asia, kita sendiri juga, hubungannya dibangun dulu, ngopi dulu, baru bicara pokok "
        "masalahnya. Terakhir, kesalahan klasik diplomat junior, buru-buru memberi konsesi, "
        "padahal belum diminta. Itu dulu dari saya.",
    ),
    (MODERATOR, "Terima kasih, Pak. Padat sekali. Sekarang Bu Maya, silakan. Eh, Bu, mikrofonnya masih mati."),
    (
        MAYA,
        # 16 LIGHT: public speaking is standing before an audience ("khalayak") and conveying one's
        # ideas orally ("menyampaikan gagasan ... secara lisan"), clear, orderly ("runtut"),
        # convincing (key terms kept in new sentences).
        # 18 LIGHT: Albert Mehrabian, seven percent words, thirty-eight percent tone of voice,
        # fifty-five percent body language.
        # 22 HEAVY: hands, the face, the way one stands, where the eyes look must go with what is
        # said; if the mouth says "I am sure" but the shoulders sag, people believe the shoulders
        # (no "gestur", "ekspresi wajah", "postur", "kontak mata", "selaras").
        # 20 HEAVY: cold hands and shaking knees before the lectern are entirely normal, she still
        # gets nervous after twenty years of teaching (no "demam panggung", "wajar",
        # "berpengalaman").
        # 21 partly LIGHT: only the deep breath ("mengatasinya", "tarik napas dalam"); mastering
        # the material, focusing on the message and eye contact are not said.
        # Hard negative for 17 (elements of public speaking, among them feedback): the feedback
        # form ("formulir umpan balik") the organisers ask to fill in.
        "Oh iya, maaf, maaf. Sudah, ya? Terima kasih, Mas, terima kasih, Pak Hendarto. Kalau saya "
        "ditanya apa itu public speaking, jawabannya sederhana. Kita berdiri di depan khalayak, "
        "lalu menyampaikan gagasan kita secara lisan. Syaratnya tiga, gagasannya jelas, urutannya "
        "runtut, dan cara membawakannya meyakinkan. Nah, ada penelitian yang terkenal sekali dari "
        "Albert Mehrabian. Dari pesan yang ditangkap audiens, kata-katanya sendiri cuma tujuh "
        "persen. Nada suara tiga puluh delapan persen, dan bahasa tubuh lima puluh lima persen. "
        "Jadi, eh, tangan, raut muka, cara berdiri, ke mana mata memandang, semuanya harus sejalan "
        "dengan apa yang diucapkan. Kalau mulut bilang saya yakin, tapi bahunya membungkuk, orang "
        "lebih percaya bahunya, ya kan. Lalu soal gugup. Tangan dingin, lutut gemetar sebelum naik "
        "mimbar, itu normal sekali, Bapak Ibu. Saya sudah dua puluh tahun mengajar, tiap awal "
        "semester masih deg-degan. Cara mengatasinya yang paling sederhana, tarik napas dalam, "
        "tahan sebentar, hembuskan pelan-pelan. Oh ya, mahasiswa klub debat saya minggu lalu "
        "juara dua lomba debat bahasa Indonesia tingkat provinsi, mohon doanya untuk tingkat "
        "nasional. Satu lagi, nanti tolong isi formulir umpan balik di akhir acara, ya, supaya "
        "panitia tahu.",
    ),
    (
        MODERATOR,
        "Selamat untuk klub debatnya, Bu. Ada pertanyaan dari Mbak Sinta, mahasiswi hubungan "
        "internasional. Katanya, Bu, kalau di tengah presentasi tiba-tiba lupa mau bilang apa, "
        "bagaimana?",
    ),
    (
        MAYA,
        # Not in the report: small cue cards and a pause.
        "Wah, itu sering sekali, Mbak Sinta. Bawa kartu kecil, isinya kata kunci saja, jangan "
        "kalimat lengkap. Kalau lupa, berhenti sebentar, minum air, lihat kartunya. Audiens "
        "tidak akan sadar, kok.",
    ),
    (
        MODERATOR,
        "Baik, terima kasih, Pak Hendarto, terima kasih, Bu Maya. Sertifikat dikirim lewat surel. Wassalamualaikum.",
    ),
]
PARA_11_POINTS = {
    "negosiasi merupakan proses komunikasi dua arah": ("covered", LIGHT),
    "pandai mendengarkan": ("covered", MEDIUM),
    # bargaining and implementation only; not preparation, opening or closing.
    "Tahapan negosiasi": ("partly", HEAVY),
    "batas minimal": ("covered", HEAVY),
    "dalam budaya Jerman": ("covered", MEDIUM),
    # conceding too fast only; not personal emotion, too little data or the record of discussion.
    "Kesalahan yang sering dilakukan": ("partly", MEDIUM),
    "Public speaking merupakan kemampuan": ("covered", LIGHT),
    "Albert Mehrabian": ("covered", LIGHT),
    "Bahasa tubuh (body language)": ("covered", HEAVY),
    "Demam panggung (stage fright)": ("covered", HEAVY),
    # the deep breath only; not mastering the material, the message or eye contact.
    "Cara mengatasi demam panggung": ("partly", LIGHT),
}

# para-12: a fast panel of short turns; the moderator sums up two points at the end.
PARA_12_TURNS = [
    (
        MODERATOR,
        "Oke, selamat siang semuanya! Hari ketujuh, ya, rasanya baru kemarin kita mulai. Hari ini "
        "formatnya kilat, tanya jawab cepat. Pak Hendarto, Bu Maya, siap?",
    ),
    (DIPLOMAT, "Siap, Mas."),
    (MAYA, "Siap. Eh, suara saya jelas?"),
    (
        MODERATOR,
        # Hard negative for 22 (body language: gesture, facial expression, posture, eye contact in
        # agreement with the message): his crooked camera shows only half his "ekspresi wajah".
        # Hard negative for 3 (negotiation as two-way communication between parties with
        # different interests): Zoom is "komunikasi dua arah", so participants may unmute.
        "Jelas, Bu. Maaf, kamera saya miring, jadi ekspresi wajah saya cuma kelihatan setengah, "
        "ha ha. Oke. Zoom ini kan komunikasi dua arah, jadi peserta boleh langsung nyalakan "
        "mikrofon, ya. Pertanyaan pertama, Pak. Diplomasi itu sebenarnya apa, sih?",
    ),
    (
        DIPLOMAT,
        # 4 HEAVY: an old British diplomat whose book is still used (Satow, not named): diplomacy
        # is using one's wits and refinement in the affairs of state between sovereign countries
        # (no "Ernest Satow", "penerapan kecerdasan dan kebijaksanaan", "tact", "hubungan resmi",
        # "negara merdeka").
        "Ada diplomat Inggris zaman dulu, bukunya masih dipakai sampai sekarang. Menurut dia, "
        "diplomasi itu soal memakai akal dan kehalusan budi dalam urusan kenegaraan antara "
        "negara-negara yang berdaulat.",
    ),
    (MODERATOR, "Akal dan kehalusan. Oke. Bu Maya, bekal apa yang wajib dibawa diplomat muda?"),
    (
        MAYA,
        # 9 LIGHT: "kemampuan bahasa asing", English, the language of the country where one is
        # posted ("bahasa negara setempat") kept in a new sentence.
        "Bahasa, Mas. Kemampuan bahasa asing itu nomor satu. Bahasa Inggris wajib, tapi bahasa "
        "negara setempat juga, supaya tidak cuma mengandalkan penerjemah.",
    ),
    (
        DIPLOMAT,
        # 8 MEDIUM: master the material ("kuasai bahan"), the numbers, facts and data of what is
        # negotiated ("yang mau dirundingkan").
        "Dan kuasai bahan, Bu. Angka, fakta, data yang mau dirundingkan, itu harus hafal di luar kepala.",
    ),
    (
        MODERATOR,
        # Hard negative for 6 (stages of negotiation, among them bargaining, "tawar menawar"): he
        # always loses when haggling at the market.
        "Wah, saya ini kalau tawar-menawar di pasar selalu kalah sama ibu-ibu, Pak, ha ha. "
        "Lanjut, Pak. Soal emosi bagaimana?",
    ),
    (
        DIPLOMAT,
        # 10 HEAVY (first saying): a cool head and a long breath, not to be provoked (patience and
        # control of emotion), and the quote in other words: a good diplomat can refuse the other
        # side's request and the other still goes home feeling respected (no "kesabaran",
        # "pengendalian emosi", "mengatakan tidak", "ditolak").
        "Nah, itu. Kepala harus dingin, napas harus panjang, jangan gampang terpancing. Diplomat "
        "yang baik itu bisa menolak permintaan lawan, tapi lawannya pulang tetap merasa "
        "dihormati.",
    ),
    (
        MAYA,
        # 11 MEDIUM: be sensitive ("peka") to the habits and culture of the person one talks with
        # ("orang yang kita ajak bicara"); no "kepekaan", "lawan bicara", "cultural awareness".
        "Saya tambah, Pak. Harus peka juga sama kebiasaan dan budaya orang yang kita ajak bicara. "
        "Yang sopan di kita belum tentu sopan di sana.",
    ),
    (
        MODERATOR,
        "Betul. Oh, di kolom chat ada salam dari peserta di Jayapura dan di Kuala Lumpur, "
        "selamat datang. Pak, pengalaman berunding yang paling alot?",
    ),
    (
        DIPLOMAT,
        # 13 LIGHT: 2019, the trade negotiation between Indonesia and the European Union (CEPA),
        # one clause ("satu pasal") discussed for weeks, key terms kept.  The Brussels canteen is a
        # digression.
        "Tahun dua ribu sembilan belas, Mas, perundingan perdagangan Indonesia dengan Uni Eropa, "
        "yang namanya CEPA itu. Satu pasal saja bisa kami bahas berminggu-minggu. Saya sampai "
        "hafal menu kantin di Brussel.",
    ),
    (
        MODERATOR,
        "Ha ha. Ada pertanyaan dari Mas Dimas di YouTube. Bu, saya mau sidang skripsi bulan "
        "depan, apa yang harus saya siapkan?",
    ),
    (
        MAYA,
        # 19 partly LIGHT: only the practice item, practising at a mirror ("berlatih di depan
        # cermin") or recording oneself; knowing the audience, the outline and coming early are
        # not said.
        # 17 partly MEDIUM: a speech is not only the one who talks: there are the listeners and
        # their response ("tanggapan balik"), also part of public speaking; speaker, audience and
        # feedback, not message or media.
        "Latihan, Mas Dimas. Berlatih di depan cermin, atau rekam diri sendiri pakai ponsel, lalu "
        "tonton ulang. Memang malu, tapi ampuh. Dan ingat, unsur public speaking itu bukan cuma "
        "yang bicara. Ada pendengarnya, ada tanggapan balik dari mereka.",
    ),
    (
        DIPLOMAT,
        # Hard negative for 21 (overcoming stage fright, among it a deep breath, "menarik nafas
        # dalam"): minus two degrees in Hamburg, a deep breath outside stings the nose.
        "Cermin, ya. Di sini lagi minus dua derajat, Bu. Kalau saya menarik napas dalam-dalam di "
        "luar, hidung rasanya perih.",
    ),
    (MODERATOR, "Jaga kesehatan, Pak. Bu, kalau tampilnya online seperti kita sekarang?"),
    (
        MAYA,
        # 24 MEDIUM (first saying): the lamp, a lit face, the camera at eye height, not from
        # below, a tidy background, a stable internet.
        # 25 HEAVY: people in front of a screen get bored fast and open another tab, so the most
        # important thing goes before five minutes pass (no "perhatian audiens", "ruang
        # virtual", "pesan utama", "menit pertama").
        "Perhatikan lampu, Mas. Wajah harus terang. Kamera taruh setinggi mata, jangan dari "
        "bawah, nanti yang kelihatan lubang hidung. Latar belakangnya rapi, internetnya stabil. "
        "Satu lagi, orang di depan layar itu cepat bosan, gampang buka tab lain. Jadi hal paling "
        "penting sampaikan sebelum lima menit lewat.",
    ),
    (
        DIPLOMAT,
        # 23 HEAVY: once at the podium of an assembly of nations, listeners take it that one
        # speaks in Jakarta's name; one wrong sentence becomes news "Indonesia says so" (no "forum
        # internasional", "mewakili negaranya", "sikap resmi pemerintah").
        "Buat diplomat, hati-hati bicara di depan umum. Begitu kita di podium sidang antarbangsa, "
        "yang mendengar menganggap kita bicara atas nama Jakarta. Salah satu kalimat, besoknya "
        "jadi berita, Indonesia bilang begini.",
    ),
    (
        MODERATOR,
        # Summing-up, second sayings: 10 MEDIUM ("sabar", "bisa mengendalikan emosinya");
        # 24 LIGHT ("pencahayaan", "kamera sejajar mata", "latar belakang rapi", "koneksi
        # internet stabil").
        "Oke, waktunya habis. Saya rangkum dua hal, ya. Pertama, diplomat muda harus sabar dan "
        "bisa mengendalikan emosinya. Kedua, kalau tampil online, urus pencahayaan, kamera "
        "sejajar mata, latar belakang rapi, dan koneksi internet yang stabil. Terima kasih, Pak "
        "Hendarto, terima kasih, Bu Maya. Sampai jumpa besok di hari kedelapan.",
    ),
]
# A point said twice takes the level of its closer saying (the moderator's summing-up).
PARA_12_POINTS = {
    "sebagaimana Ernest Satow": ("covered", HEAVY),
    "kemampuan bahasa asing": ("covered", LIGHT),
    "penguasaan materi dan data": ("covered", MEDIUM),
    # Hendarto HEAVY, moderator's summing-up MEDIUM.
    "kesabaran dan pengendalian emosi": ("covered", MEDIUM),
    "kepekaan terhadap budaya": ("covered", MEDIUM),
    "IEU-CEPA": ("covered", LIGHT),
    # practising at a mirror or recording oneself only.
    "Persiapan sebelum tampil": ("partly", LIGHT),
    # speaker, audience and feedback; not message or media.
    "Unsur-unsur public speaking": ("partly", MEDIUM),
    # Maya MEDIUM, moderator's summing-up LIGHT.
    "Public speaking secara online": ("covered", LIGHT),
    "Perhatian audiens di ruang virtual": ("covered", HEAVY),
    "Dalam forum internasional": ("covered", HEAVY),
}

# para-13: the talk wanders; Dr. Maya arrives late after a power cut; few points, scattered.
PARA_13_TURNS = [
    (
        MODERATOR,
        # Hard negative for 10 (patience and control of emotion): "mohon kesabaran" while Bu Maya
        # is on her way.
        "Selamat pagi, Bapak Ibu. Eh, sebentar, ya. Bu Maya belum bisa masuk. Tadi beliau kirim "
        "pesan, listrik di rumahnya padam, jadi sekarang beliau sedang menuju kampus. Mohon "
        "kesabaran, Bapak Ibu. Sambil menunggu, Pak Hendarto, apa kabar Hamburg?",
    ),
    (
        DIPLOMAT,
        # Hard negative for 12 (German culture values punctuality and detailed data): his train to
        # Berlin forty minutes late, German trains are no longer "tepat waktu".
        # Digression: rain, an Indonesian food festival at the town hall.
        "Hamburg hujan terus, Mas. Seminggu ini mataharinya cuma muncul sekali. Kemarin kereta "
        "saya ke Berlin terlambat empat puluh menit. Kereta di Jerman sekarang sudah jarang tepat "
        "waktu, ha ha. Oh ya, minggu depan kami ada festival kuliner Indonesia di balai kota. "
        "Rendang, sate, es cendol. Tahun lalu antreannya sampai ke seberang jalan.",
    ),
    (
        MODERATOR,
        # Hard negative for 25 (attention shorter online, the main message within the first five
        # minutes): his voice did not reach YouTube in the "lima menit pertama".
        "Wah, jadi lapar, Pak. Eh, mohon maaf untuk yang menonton di YouTube, katanya lima menit "
        "pertama tadi suara saya tidak masuk. Sudah aman sekarang. Pak, sambil menunggu Bu Maya, "
        "negosiasi itu sebenarnya apa, sih?",
    ),
    (
        DIPLOMAT,
        # 3 HEAVY: two parties who want different things sit, talk and listen back and forth
        # until they meet a point both accept, without a fight, without weapons (no "proses
        # komunikasi dua arah", "kepentingan berbeda", "kesepakatan bersama", "kekerasan").
        # 11 LIGHT: "kepekaan terhadap budaya", "budaya lawan bicara", "cultural awareness" kept.
        # Digression: a dinner in Seoul where he poured his own drink.
        "Gampangnya begini, Mas. Ada dua pihak, maunya beda. Mereka duduk, saling bicara, saling "
        "dengar, bolak-balik, sampai ketemu satu titik yang dua-duanya mau terima. Dan semua itu "
        "tanpa adu otot, tanpa senjata. Makanya kepekaan terhadap budaya lawan bicara itu "
        "penting, cultural awareness kata orang. Dulu waktu saya bertugas di Seoul, di makan "
        "malam pertama saya menuang minuman untuk diri sendiri. Semua orang di meja diam. Ternyata "
        "di sana yang menuangkan harus orang lain. Malu sekali saya.",
    ),
    (
        DIPLOMAT,
        # 14 partly MEDIUM: personal feelings not brought to the negotiating table ("meja
        # runding") and the notes of the result written after each meeting; too-fast concessions
        # and too little data are not said.
        # Hard negative for 7 (the best alternative if the negotiation fails): "alternatifnya" if
        # Bu Maya cannot join, the plan may "gagal" because his coffee ran out.
        "Terus, eh, apa namanya, pesan saya buat yang masih muda. Jangan bawa perasaan pribadi ke "
        "meja runding. Dan setiap pertemuan selesai, tulis catatan hasilnya, jangan cuma "
        "mengandalkan ingatan. Mas, kalau Bu Maya tetap belum bisa masuk, alternatifnya saya saja "
        "yang bicara lebih lama, ha ha. Tapi rencana itu bisa gagal, kopi saya sudah habis.",
    ),
    (
        MODERATOR,
        # Digression: the graduation next week, the campus mosque's parking; a message from Bu Maya.
        "Ha ha, tenang, Pak, saya kirim kopi lewat layar. Sambil menunggu, pengumuman dari "
        "panitia, ya. Minggu depan kampus kita ada wisuda, jadi parkiran di samping masjid kampus "
        "ditutup dari hari Senin. Yang mau ke perpustakaan, lewat gerbang belakang saja. Oh, Bu "
        "Maya barusan kirim pesan, katanya sudah di lobi. Sebentar lagi, Bapak Ibu.",
    ),
    (DIPLOMAT, "Alhamdulillah. Saya tambah kopi dulu kalau begitu."),
    (
        MAYA,
        # 24 partly LIGHT: only the lighting ("pencahayaan", "online"); camera height, background
        # and connection are not said.
        # Hard negative for 8 (mastery of the material and data): her "materi" is on the laptop at
        # home, so she cannot show the "data".
        "Halo, halo, maaf sekali, Bapak Ibu. Saya baru sampai kampus. Listrik padam, jalanan "
        "macet, ya begitulah. Sudah kelihatan? Sebentar, lampunya saya nyalakan dulu, gelap "
        "sekali. Nah, pas, ini sekalian contoh. Kalau bicara online, pencahayaan itu penting, "
        "wajah kita harus kelihatan. Maaf juga, materi saya masih di laptop rumah, jadi datanya "
        "tidak bisa saya tampilkan.",
    ),
    (
        MODERATOR,
        "Tidak apa-apa, Bu, yang penting sudah sampai. Langsung ada pertanyaan dari Mbak Laras. "
        "Bu, saya selalu gugup kalau presentasi di kelas, saya ini aneh tidak?",
    ),
    (
        MAYA,
        # 20 MEDIUM: nervousness in public is usual ("biasa"), everyone can get it, including
        # speakers who have been on stage for decades.
        # 19 partly HEAVY: only knowing the audience: find out who will sit in front of you, a
        # lecturer or classmates, and the way of talking differs; no "mengenali audiens".
        # 18 partly HEAVY: research found people take in body language most, more than half, the
        # words themselves very little; Mehrabian is not named, the tone of voice and the exact
        # figures are not said.
        # Digression: her cat.
        "Tidak aneh sama sekali, Mbak Laras. Gugup di depan umum itu biasa. Semua orang bisa "
        "kena, termasuk pembicara yang sudah puluhan tahun naik panggung. Satu tips, ya. Sebelum "
        "tampil, cari tahu dulu siapa yang nanti duduk di depanmu. Dosen penguji? Teman sekelas? "
        "Cara bicaranya beda. Dan ada penelitian, yang paling banyak ditangkap orang itu justru "
        "gerak tubuh kita, lebih dari separuh. Kata-katanya sendiri cuma sedikit sekali. Eh, maaf, "
        "itu kucing saya, dia ikut ke kampus karena di rumah gelap.",
    ),
    (
        MODERATOR,
        "Ha ha, salam untuk kucingnya, Bu. Waktu kita sudah habis, karena tadi mulainya "
        "terlambat. Terima kasih, Pak Hendarto, terima kasih, Bu Maya. Sampai jumpa besok.",
    ),
]
PARA_13_POINTS = {
    "negosiasi merupakan proses komunikasi dua arah": ("covered", HEAVY),
    "kepekaan terhadap budaya": ("covered", LIGHT),
    # personal emotion and the record of discussion; not concessions or data.
    "Kesalahan yang sering dilakukan": ("partly", MEDIUM),
    # lighting only.
    "Public speaking secara online": ("partly", LIGHT),
    "Demam panggung (stage fright)": ("covered", MEDIUM),
    # knowing the audience only.
    "Persiapan sebelum tampil": ("partly", HEAVY),
    # body language more than half, words very little; no tone of voice, no figures, no name.
    "Albert Mehrabian": ("partly", HEAVY),
}


# para-14 and para-15 (day 7 again) were written by a fifth hand, to be scored only: an interview
# with an audience question answered about something else, and a day Dr. Maya leads.
# para-14: an interview.  The moderator asks, the speakers answer at medium length; an audience
# member asks about a point of the report (Mehrabian) and the speaker answers about something else.
# Said: 3 heavy, 5 medium, 7 light partly, 9 medium, 12 light, 14 heavy partly, 16 medium,
#       20 heavy, 23 heavy, 24 light partly.
# Missing: 4, 6, 8, 10, 11, 13, 17, 18, 19, 21, 22, 25.
# Hard negatives: 6 (stages of the event), 17 (feedback form), 13 (2019, "pasal", weeks of moving
#       house), 18 (audience question naming Mehrabian, answered about something else),
#       25 (the first five minutes of waiting), 21 (a deep breath of cold Hamburg air).
PARA_14_TURNS = [
    # No point.  Greeting, technical hiccup (frozen screen share).
    # HN 6: "tahap", "pembukaan", "penutupan" of the event's running order, not of a negotiation.
    # HN 17: "umpan balik", "feedback" as the participants' form, not an element of public speaking.
    # HN 25: "lima menit pertama" spent waiting for participants, not where to put the main message.
    (
        MODERATOR,
        "Assalamualaikum warahmatullahi wabarakatuh, selamat pagi semuanya, selamat datang di hari "
        "ketujuh workshop online kita. Eh, sebentar ya, layar saya kok nge-freeze, ini kelihatan nggak "
        "sih? Oke, oke, sudah jalan lagi. Jadi tadi lima menit pertama kita memang nunggu peserta "
        "masuk dulu ya. Nah, sekarang kita masih di tahap pembukaan acara, nanti di penutupan ada "
        "foto bersama, dan jangan lupa isi formulir umpan balik, feedback gitu, linknya nanti saya "
        "taruh di chat. Langsung aja, Pak Hendarto, apa kabar di Hamburg, Pak?",
    ),
    # No point.  Digression: life in Hamburg (weather, the harbour, fish sandwiches).
    # HN 21: "tarik napas dalam" of cold air on a bike, not a way to beat stage fright.
    (
        DIPLOMAT,
        "Waalaikumsalam. Alhamdulillah baik, Mbak. Di sini lagi dingin sekali, tadi pagi empat derajat, "
        "gerimis terus. Saya tiap pagi naik sepeda ke kantor lewat pelabuhan, tarik napas dalam-dalam "
        "itu rasanya paru-paru kayak ditusuk es, hehe. Tapi enak, di pinggir pelabuhan ada yang jual "
        "roti isi ikan, itu sarapan favorit saya sekarang.",
    ),
    # No point.  The moderator's first question.
    (
        MODERATOR,
        "Wah, jadi pengen ke sana. Oke Pak, pertanyaan pertama. Kalau pakai bahasa yang sederhana, "
        "negosiasi itu sebenarnya apa sih, Pak?",
    ),
    # Point 3, HEAVY, covered: talking back and forth with a side that wants something else,
    #   until both land on a spot both can accept, with no fists or threats.
    # Point 5, MEDIUM, covered: not only good at talking but good at listening, because most of the
    #   time in the negotiating room goes on hearing the other side's position.
    (
        DIPLOMAT,
        "Jadi gini, Mbak. Negosiasi itu pada dasarnya kita ngobrol bolak-balik, saling sahut, dengan "
        "pihak yang maunya lain dari kita, ya kan, sampai akhirnya ketemu satu titik yang sama-sama "
        "bisa kita pegang. Dan itu semua tanpa ada yang main pukul, tanpa ancaman, tanpa senjata. Nah, "
        "yang sering dilupakan anak muda, eh, diplomat muda itu bukan cuma dituntut jago ngomong, tapi "
        "juga jago menyimak. Karena apa? Ya karena di ruang runding itu, jujur aja, kebanyakan waktu kita "
        "habis buat dengerin posisi pihak sana, bukan buat ngomong.",
    ),
    # No point.  Next question.
    (MODERATOR, "Menarik sekali. Terus Pak, sebelum masuk ke ruang perundingan, apa yang harus sudah dipegang?"),
    # Point 7, LIGHT, partly: only the bottom line (the lowest acceptable limit); BATNA not said.
    # Point 9, MEDIUM, covered: English is a must, and the host country's language too (German).
    # HN 13: "tahun dua ribu sembilan belas", "pasal", "berminggu-minggu" about moving house,
    #   not about a trade negotiation with the EU.
    (
        DIPLOMAT,
        "Nah, dalam persiapan itu seorang negosiator harus tahu bottom line-nya, batas minimal yang "
        "masih bisa diterima. Kalau tawaran sudah di bawah itu, ya jangan mau. Terus bahasa, ya. Bahasa "
        "Inggris itu wajib lah, tapi kalau bisa juga kuasai bahasa tuan rumah. Saya di sini, apa "
        "namanya, mau nggak mau belajar bahasa Jerman, walaupun sampai sekarang masih belepotan. Dulu "
        "tahun dua ribu sembilan belas saya masih di Jakarta, anak saya baru masuk SD, terus pindah ke "
        "sini. Pasal pindahan itu aja makan waktu berminggu-minggu, ngurus visa, ngurus kontainer.",
    ),
    # No point.  Question about culture.
    (MODERATOR, "Hehe, kebayang repotnya. Kalau soal budaya, Pak? Bapak kan tiap hari ketemu orang Jerman."),
    # Point 12, LIGHT, covered: Germans value punctuality and detailed data; in many Asian countries
    #   a good relationship is built first before the core problem.
    # Point 14, HEAVY, partly: only the first mistake (giving concessions too quickly).
    (
        DIPLOMAT,
        "Nah itu. Orang Jerman sangat menghargai ketepatan waktu, dan mereka suka data yang rinci, "
        "angka, tabel, lengkap. Beda dengan banyak negara Asia, termasuk kita, hubungan baik harus "
        "dibangun dulu, ngopi dulu, kenalan dulu, baru bahas inti masalahnya. Oh ya, satu lagi yang "
        "sering saya lihat. Yang muda-muda ini baru digertak sedikit sudah buru-buru melepas tawaran, "
        "kasih ini kasih itu di awal. Itu blunder. Simpan kartunya.",
    ),
    # No point.  Technical hiccup (muted microphone).
    (MODERATOR, "Terima kasih, Pak. Sekarang ke Bu Maya. Bu Maya? Eh, Bu, mic-nya masih mute, Bu. Nah, sudah."),
    # Point 16, MEDIUM, covered: putting ideas across by speaking in front of many people, clear,
    #   in order, and making people believe.
    # Point 20, HEAVY, covered: nerves before going on are normal; she still trembles after fifteen
    #   years of teaching; everyone has it.
    # No HN; digression about the campus (rain, the new building).
    (
        MAYA,
        "Maaf, maaf, kebiasaan. Selamat pagi semuanya. Saya dari kampus ini, di luar hujan deras, "
        "gedung baru kami atapnya masih bocor, hehe. Jadi public speaking itu, eh, kemampuan kita buat "
        "menyampaikan ide dengan ngomong langsung di hadapan banyak orang, dan itu harus jelas, urut, "
        "nggak loncat-loncat, dan bikin orang yakin. Terus kalau deg-degan sebelum maju, itu normal "
        "banget. Saya yang sudah ngajar lima belas tahun aja masih gemeteran tiap pertama pegang mic. "
        "Semua orang ngalamin, gitu.",
    ),
    # No point.  Audience question.
    # HN 18: names Albert Mehrabian and his research but states none of its claim.
    (
        MODERATOR,
        "Nah, ada pertanyaan dari peserta, Mas Rizky dari Kendal. Bu, saya sering dengar nama Albert "
        "Mehrabian disebut di seminar-seminar, itu penelitiannya tentang apa ya, Bu, dan berlaku nggak "
        "buat diplomat?",
    ),
    # No point.  The answer drifts to a former student, not to Mehrabian.
    # HN 18 (continued): "Mehrabian" and "penelitian" again, no percentages, no claim.
    (
        MAYA,
        "Wah, Mehrabian ya. Jujur saya lebih pengen jawab bagian kedua, Mas. Saya punya mantan "
        "mahasiswa, dulu pemalu sekali, kalau presentasi suaranya hilang. Terus dia ikut klub debat "
        "kampus, tiap Kamis sore, dan sekarang dia sudah kerja di Kementerian Luar Negeri. Jadi "
        "penelitian apa pun, yang penting mau mencoba dulu.",
    ),
    # No point.  Question about speaking online.
    (MODERATOR, "Aamiin. Bu, untuk kita yang sering tampil lewat Zoom begini, tipsnya apa?"),
    # Point 24, LIGHT, partly: only lighting and the camera at eye level; background and internet
    #   connection not said.
    (
        MAYA,
        "Yang pertama pencahayaan ya, cahayanya dari depan, jangan dari belakang. Terus kameranya "
        "diatur sejajar dengan mata, jangan dari bawah, nanti kelihatan lubang hidungnya semua, hehe.",
    ),
    # Point 23, HEAVY, covered: at international sessions nobody hears him as a private person;
    #   one slipped sentence is read as Indonesia's position.
    (
        DIPLOMAT,
        "Boleh saya tambahkan, Bu. Di sidang-sidang internasional itu, begitu kita buka mulut, orang "
        "nggak melihat Hendarto pribadi. Yang mereka dengar itu Jakarta yang bicara. Jadi satu kalimat "
        "keceplosan aja bisa dicatat sebagai posisi Indonesia.",
    ),
    # No point.  Thanks and closing.
    (
        MODERATOR,
        "Luar biasa. Terima kasih Pak Hendarto, terima kasih Bu Maya, terima kasih para peserta. "
        "Sampai jumpa besok, wassalamualaikum.",
    ),
]

PARA_14_POINTS = {
    "proses komunikasi dua arah": ("covered", HEAVY),  # 3
    "tidak hanya pandai berbicara": ("covered", MEDIUM),  # 5
    "batas minimal yang bisa": ("partly", LIGHT),  # 7
    "kemampuan bahasa asing terutama": ("covered", MEDIUM),  # 9
    "ketepatan waktu dan data": ("covered", LIGHT),  # 12
    "terlalu cepat memberikan konsesi": ("partly", HEAVY),  # 14
    "menyampaikan gagasan secara lisan": ("covered", MEDIUM),  # 16
    "adalah hal yang wajar": ("covered", HEAVY),  # 20
    "seorang diplomat mewakili negaranya": ("covered", HEAVY),  # 23
    "posisi kamera sejajar dengan mata": ("partly", LIGHT),  # 24
}


# para-15: Dr. Maya leads most of the talk, the diplomat says little; a long digression in the
# middle; point 11 is said only in the closing summary.
# Said: 4 medium, 10 light, 11 heavy (closing summary only), 17 medium partly, 18 light,
#       19 heavy partly, 21 medium, 22 light, 25 heavy.
# Missing: 3, 5, 6, 7, 8, 9, 12, 13, 14, 16, 20, 23, 24.
# Hard negatives: 7 (minimum attendance for the certificate), 24 (unstable internet connection),
#       8 (a material file whose data will not open), 9 (an English podcast by students),
#       23 (personal opinion, "bukan sikap resmi pemerintah").
PARA_15_TURNS = [
    # No point.  Greeting.
    # HN 7: "batas minimal ... bisa diterima" of attendance for a certificate, not a bottom line.
    (
        MODERATOR,
        "Selamat siang semuanya, selamat datang lagi. Sebelum mulai, pengumuman dulu ya, untuk "
        "sertifikat batas minimal kehadirannya delapan puluh persen, kalau kurang dari itu mohon maaf "
        "nggak bisa diterima. Hari ini Pak Hendarto lebih banyak mendampingi, jadi Bu Maya, silakan.",
    ),
    # No point.  Technical hiccup.
    # HN 24: "koneksi internet" and "stabil" as an apology, not advice on speaking online.
    # Point 17, MEDIUM, partly: only two of the elements, the audience and their feedback.
    (
        MAYA,
        "Terima kasih, Mbak. Suara saya kedengeran ya? Maaf, koneksi internet di rumah lagi nggak "
        "stabil, tadi sempat putus dua kali. Oke. Kita mulai dari yang paling dasar dulu. Dalam "
        "public speaking itu ada beberapa komponen, nah, yang paling sering dilupakan itu penontonnya, "
        "sama tanggapan balik dari mereka, feedback gitu. Kita ngomong terus tanpa lihat reaksi orang.",
    ),
    # Point 18, LIGHT, covered: Mehrabian, seven, thirty-eight and fifty-five percent.
    # Point 22, LIGHT, covered: gesture, facial expression, posture, eye contact must match the message.
    (
        MAYA,
        "Nah, ada penelitian Albert Mehrabian yang terkenal. Menurut dia, pesan yang ditangkap audiens "
        "itu cuma tujuh persen dari kata-kata, tiga puluh delapan persen dari nada suara, dan lima "
        "puluh lima persen dari bahasa tubuh. Jadi kata-kata kita itu porsinya kecil banget, ya kan. "
        "Makanya gestur, ekspresi wajah, postur, kontak mata, semuanya harus selaras sama isi pesan "
        "yang kita omongin. Jangan bilang saya senang sekali berada di sini tapi mukanya cemberut.",
    ),
    # No point.  Technical hiccup.
    (MODERATOR, "Bu, maaf memotong, slidenya belum kelihatan di layar saya, Bu."),
    # No point.  Start of the long digression (the campus, the flood, the students' podcast).
    # HN 8: "materi" and "data" of a file that will not open, not mastery of what is negotiated.
    # HN 9: "bahasa Inggris" of a students' podcast, not a negotiator's language skill.
    (
        MAYA,
        "Oh iya, file materinya nggak mau kebuka, kayaknya datanya rusak. Ya sudah, saya cerita aja. "
        "Ngomong-ngomong soal file rusak, minggu lalu di kampus itu heboh. Hujan tiga hari, parkiran "
        "motor belakang banjir sampai selutut, terus server di lab ikut mati. Mahasiswa saya lagi "
        "bikin podcast bahasa Inggris di studio radio kampus yang baru, eh, rekamannya hilang semua. "
        "Mereka sampai nangis, sudah rekaman empat episode. Akhirnya kami semua ngungsi ke kantin, "
        "makan soto sambil nunggu listrik nyala. Soto kantin kami itu legendaris lho, Pak, "
        "kuahnya bening, tujuh ribu rupiah aja. Kapan-kapan kalau Bapak pulang ke Semarang, saya "
        "traktir. Dan ternyata anak-anak itu malah rekaman ulang di kantin, pakai HP, dengan suara "
        "sendok dan piring di belakangnya. Jadinya lucu, malah yang paling banyak didengar.",
    ),
    # Point 4, MEDIUM, covered: Ernest Satow: using cleverness and finesse (tact) in official dealings
    #   between governments of sovereign states.
    # Point 10, LIGHT, covered: patience and emotional control; can say no without the other feeling
    #   rejected.
    # HN 23: "bukan sikap resmi pemerintah", a disclaimer, not the claim that every word counts as
    #   the government's stance.
    (
        DIPLOMAT,
        "Hehe, siap, Bu, saya tagih nanti. Boleh saya tambah sedikit. Ini pendapat pribadi saya ya, "
        "bukan sikap resmi pemerintah. Ada diplomat Inggris zaman dulu, Ernest Satow, dia bilang "
        "diplomasi itu kira-kira memakai kepintaran sama kehalusan, tact, waktu berurusan secara resmi "
        "antar pemerintahan negara yang berdaulat. Dan buat itu perlu kesabaran dan kendali emosi. "
        "Diplomat yang baik itu bisa bilang tidak, tapi lawan bicaranya nggak merasa ditolak.",
    ),
    # Point 21, MEDIUM, covered: for nerves, breathe long and deep, know the material thoroughly,
    #   focus on the message not on oneself, look a few people in the eye.
    # Point 19, HEAVY, partly: only practising while looking in a glass or filming oneself on a phone.
    (
        MAYA,
        "Betul, Pak. Nah, terus gimana kalau grogi? Ada beberapa trik. Ambil napas panjang "
        "pelan-pelan, kuasai betul bahan yang mau dibawakan, fokus ke apa yang mau disampaikan, bukan "
        "ke diri kita, aduh rambut saya gimana, bukan itu. Terus cari dua tiga wajah di ruangan, tatap "
        "mata mereka. Satu lagi, sebelum hari H, coba latihan ngomong sambil ngaca, atau rekam pakai "
        "HP terus tonton ulang. Malu sih lihat diri sendiri, tapi manjur.",
    ),
    # Point 25, HEAVY, covered: online people get bored fast and open other tabs, so the most
    #   important thing goes first, before five minutes have passed.
    (
        MAYA,
        "Dan khusus yang online kayak gini, orang itu cepat sekali bosan, buka tab lain, buka "
        "Instagram. Jadi hal yang paling penting langsung taruh di depan, jangan ditunda, sebelum lewat "
        "lima menit itu sudah harus keluar.",
    ),
    # No point.  Moderator asks for a summary.
    (MODERATOR, "Wah, padat sekali. Bu, boleh dirangkum sebelum kita tutup?"),
    # Closing summary.  Recaps 18, 22 and 21 briefly.
    # Point 11, HEAVY, covered, said only here: a negotiator must first understand the habits and
    #   values of people from another country, what is polite and what offends them.
    (
        MAYA,
        "Boleh. Jadi, kata-kata itu porsinya kecil, tubuh dan suara kita yang bicara lebih banyak. "
        "Kalau grogi, napas dan fokus ke pesan. Dan satu pesan Pak Hendarto tadi waktu ngobrol sebelum "
        "mulai, yang saya garis bawahi: kalau berunding sama orang dari negara lain, pahami dulu "
        "kebiasaan dan nilai-nilai mereka, apa yang sopan buat mereka, apa yang bikin tersinggung. "
        "Itu modal seorang perunding.",
    ),
    # No point.  Thanks and closing.
    (MODERATOR, "Terima kasih banyak Bu Maya, Pak Hendarto. Terima kasih semuanya, sampai jumpa besok."),
]

PARA_15_POINTS = {
    "sebagaimana Ernest Satow adalah": ("covered", MEDIUM),  # 4
    "kesabaran dan pengendalian emosi": ("covered", LIGHT),  # 10
    "kepekaan terhadap budaya lawan": ("covered", HEAVY),  # 11
    "Unsur-unsur public speaking diantaranya": ("partly", MEDIUM),  # 17
    "menurut penelitian Albert Mehrabian": ("covered", LIGHT),  # 18
    "Persiapan sebelum tampil diantaranya": ("partly", HEAVY),  # 19
    "Cara mengatasi demam panggung": ("covered", MEDIUM),  # 21
    "harus selaras dengan isi pesan": ("covered", LIGHT),  # 22
    "Perhatian audiens di ruang virtual": ("covered", HEAVY),  # 25
}


# para-16 and para-17 are of a third report (day 3: cultural diplomacy and Indonesia's image),
# written by a sixth hand as a campus news portal writes (a dateline, quotes with "ujar", a bulleted
# and a numbered list, subheadings, a byline), with fewer hard negatives, as real talks have: to be
# scored only.
DAY_3_REPORT = REPORT.with_name("day-3.txt")
DAY_3_NARRATION = (
    "kembali menggelar Workshop Online",
    "diikuti oleh lebih dari 300 peserta",
    "Acara dibuka oleh Wakil Rektor III",
    "Hadir sebagai narasumber Atase",
    "Salah satu peserta, mahasiswa Program Studi",
    "Workshop hari keempat akan digelar",
)

# para-16: a conventional day.  The moderator opens, the diplomat talks, the professor talks,
# then audience questions.
# Said: 4 medium, 6 light, 7 heavy, 13 medium partly, 15 heavy, 17 light partly, 18 medium,
#       21 light, 22 heavy.
# Missing: 5, 8, 9, 10, 11, 12, 14, 16, 19, 20, 23, 24, 25, 26, 28.
# Hard negatives: 16 (the son's angklung at a picnic in the city park), 14 (this year's travel
#       budget of KBRI Seoul), 10 (an audience question on scholarships for Indonesians going to
#       Korea).
PARA_16_TURNS = [
    # No point.  Greeting, theme, a hiccup (is my audio in?), hands over to the diplomat.
    (
        NADIA,
        "Assalamualaikum warahmatullahi wabarakatuh. Selamat pagi semuanya, selamat datang di hari "
        "ketiga workshop online diplomasi dan publik speaking. Saya Nadia, hari ini saya yang memandu. "
        "Eh, sebentar, suara saya sudah masuk belum ya? Tolong ketik di chat. Oke, katanya sudah, "
        "terima kasih. Nah, tema kita hari ini diplomasi budaya dan citra Indonesia di mata dunia. "
        "Sudah hadir Pak Bayu dari Seoul dan Prof Ratna. Pak Bayu, silakan, Pak, kurang lebih dua "
        "puluh menit ya.",
    ),
    # No point.  Digression: Seoul heat, cold noodles, his son, a trip home postponed.
    # HN 16: "angklung" and "taman kota" of a family picnic, not a show outlasting press releases.
    # HN 14: "tahun ini", "anggaran", "KBRI Seoul" of a travel budget, not Rp1.2 billion for
    #   cultural promotion.
    (
        BAYU,
        "Waalaikumsalam. Terima kasih, Mbak Nadia. Selamat pagi, kalau di Seoul sudah siang ini, "
        "panasnya lagi nggak karuan, tiga puluh empat derajat. Tadi saya makan siang dulu, naengmyeon, "
        "mi dingin, biar kuat ngomong, hehe. Oh iya, anak saya yang kecil ikut ekskul angklung di "
        "sekolah Indonesia di sini. Minggu kemarin kami piknik di taman kota, dia bawa angklungnya, "
        "bunyinya nggak jelas tapi semangat sekali. Tahun ini sebenarnya saya pengen pulang ke Solo, "
        "tapi anggaran perjalanan KBRI Seoul lagi diketatkan, jadi ya, sabar dulu.",
    ),
    # Point 4, MEDIUM, covered: a country makes its art, values and lifestyle known to people in
    #   other countries so both sides understand each other; not only a show.
    # Point 6, LIGHT, covered: South Korea's image lifted by the pop-culture wave, Hallyu, from the
    #   late nineties.
    # Point 7, HEAVY, covered: "not magic"; the state kept watering it, support unbroken through
    #   several presidents, over twenty years.
    (
        BAYU,
        "Oke, masuk ke materi. Jadi, apa sih diplomasi budaya itu? Gampangnya gini, eh, sebuah negara "
        "mengenalkan kesenian, nilai-nilai, gaya hidup orangnya, ke masyarakat di negara lain, "
        "tujuannya supaya kita saling memahami. Bukan cuma tontonan, bukan cuma joget di panggung terus "
        "selesai. Nah, contoh yang paling dekat dengan saya ya Korea Selatan. Citra negara ini terangkat "
        "lewat gelombang budaya pop, Hallyu, yang mulai akhir tahun sembilan puluhan. Drama, musik, "
        "makanan. Tapi jangan dikira itu sulap, ya kan. Di belakangnya ada negara yang terus nyiramin, "
        "ganti presiden berkali-kali pun dukungannya nggak pernah putus, sudah dua puluh tahun lebih.",
    ),
    # Point 13, MEDIUM, partly: only the gamelan shows in several cities; the culinary festivals
    #   are not said.
    # Point 15, HEAVY, covered: four of every ten Koreans learning Indonesian started after a
    #   holiday in Bali.
    # Point 17, LIGHT, partly: culinary diplomacy and the name Indonesia Spice Up the World; the
    #   target (four thousand restaurants by twenty twenty-four) is not said.
    (
        BAYU,
        "Di sini kami rutin bikin pentas gamelan, nggak cuma di Seoul, di Busan sama Daegu juga "
        "pernah. Terus ada cerita lucu. Saya sering ngobrol sama orang Korea yang belajar bahasa "
        "Indonesia, saya tanya, kenapa sih belajar bahasa kami? Dari sepuluh orang, empat jawabnya "
        "sama: dulu liburan ke Bali, pulang-pulang langsung jatuh cinta. Jadi gara-gara liburan itu "
        "mereka mulai kenal kita. Satu lagi, diplomasi kuliner, ada program namanya Indonesia Spice Up "
        "the World, nah itu juga kami dukung terus. Mungkin itu dulu dari saya, Mbak.",
    ),
    # No point.  Thanks; hiccup (the professor's camera is off).
    (
        NADIA,
        "Terima kasih banyak, Pak Bayu. Sekarang kita ke Prof Ratna. Prof? Eh, Prof, kameranya belum "
        "nyala, Prof. Nah, sudah kelihatan.",
    ),
    # Point 18, MEDIUM, covered: a nation's image is not made by the government alone; its people
    #   decide it too, especially now on social media.
    # Point 22, HEAVY, covered: bad news (an earthquake, an official caught stealing public money,
    #   smoke from burnt forests) runs fast abroad; a science olympiad win goes unnoticed.
    # No HN; digression about breakfast with her grandchild.
    (
        RATNA,
        "Maaf, maaf, tadi kameranya ketutup. Selamat pagi semua. Saya dari Jogja, tadi sempat sarapan "
        "gudeg dulu sama cucu, jadi energinya cukup, hehe. Jadi begini. Yang membentuk wajah sebuah "
        "bangsa di mata orang luar itu bukan cuma pemerintah, bukan cuma Kementerian Luar Negeri. "
        "Masyarakatnya sendiri ikut menentukan, apalagi sekarang lewat medsos, Instagram, TikTok, semua "
        "orang bisa bicara atas nama Indonesia tanpa sadar. Terus, eh, apa namanya, ada satu hal lagi. "
        "Kabar buruk dari kita itu larinya kencang sekali. Ada gempa, ada pejabat ditangkap karena "
        "menilap uang rakyat, ada asap dari hutan yang dibakar sampai ke negeri tetangga, besoknya sudah "
        "dibaca orang di Eropa. Tapi kalau anak kita menang olimpiade sains, sepi, nggak ada yang tahu.",
    ),
    # No point.  Audience question (it names Bali; the answer makes point 21).
    (
        NADIA,
        "Terima kasih, Prof. Ada pertanyaan dari peserta, Mas Fajar dari Kendal. Bu, kenapa ya, orang "
        "luar negeri itu kalau ditanya soal Indonesia, jawabnya cuma Bali?",
    ),
    # Point 21, LIGHT, covered: Indonesia's image still identical with Bali; Toraja, Raja Ampat and
    #   others little known abroad.  Digression: an anecdote from the Netherlands.
    (
        RATNA,
        "Itu dia, Mas Fajar. Sampai sekarang citra Indonesia memang masih identik dengan Bali. Padahal "
        "kita punya Toraja, Raja Ampat, Danau Toba, Wakatobi, tapi daerah-daerah lain itu kurang dikenal "
        "di luar sana. Dulu waktu saya kuliah di Belanda, saya bilang saya dari Indonesia, eh, dia "
        "jawab, oh, yang dekat Bali itu ya? Hehe.",
    ),
    # No point.  Second audience question.
    # HN 10: "beasiswa" for Indonesian students going to Korea, not the BSBI arts scholarship for
    #   foreign youth.
    (
        NADIA,
        "Hehe, sering sekali itu. Satu lagi dari Mbak Dewi. Pak Bayu, kalau mahasiswa Indonesia mau "
        "cari beasiswa ke Korea, ada nggak, Pak?",
    ),
    # No point.  The answer: Korean government scholarships, the embassy website.
    (
        BAYU,
        "Ada, Mbak Dewi, banyak. Ada beasiswa dari pemerintah Korea, ada juga dari kampus-kampusnya "
        "langsung. Syaratnya biasanya nilai sama sertifikat bahasa. Infonya bisa dicek di situs KBRI, "
        "atau DM Instagram kami aja, nanti staf saya bantu.",
    ),
    # No point.  Thanks and closing.
    (
        NADIA,
        "Baik, terima kasih Pak Bayu, terima kasih Prof Ratna, terima kasih semua peserta. Sampai "
        "jumpa Sabtu depan di hari keempat. Wassalamualaikum warahmatullahi wabarakatuh.",
    ),
]

PARA_16_POINTS = {
    "diplomasi budaya adalah upaya sebuah negara": ("covered", MEDIUM),  # 4
    "Ia mencontohkan Korea Selatan": ("covered", LIGHT),  # 6
    "keberhasilan itu tidak datang tiba-tiba": ("covered", HEAVY),  # 7
    "Festival kuliner dan pertunjukan gamelan": ("partly", MEDIUM),  # 13
    "40 persen peserta kelas BIPA": ("covered", HEAVY),  # 15
    "Indonesia Spice Up the World": ("partly", LIGHT),  # 17
    "tidak hanya dibentuk oleh pemerintah": ("covered", MEDIUM),  # 18
    "masih identik dengan Bali": ("covered", LIGHT),  # 21
    "Berita negatif seperti bencana": ("covered", HEAVY),  # 22
}


# para-17: a conversation led by the moderator, who asks short questions; the speakers answer
# one point or two at a time; one audience question.
# Said: 5 heavy, 9 medium, 10 medium, 11 light, 16 light, 19 medium, 23 heavy,
#       24 medium partly, 25 light partly, 28 heavy.
# Missing: 4, 6, 7, 8, 12, 13, 14, 15, 17, 18, 20, 21, 22, 26.
# Hard negatives: 15 (forty percent of today's participants are teachers), 17 (Indonesian
#       restaurants in Seoul are few and dear).
PARA_17_TURNS = [
    # No point.  Greeting, format, the speakers.
    # HN 15: "empat puluh persen peserta" of today's audience, not of BIPA students after Bali.
    (
        NADIA,
        "Selamat siang semuanya, selamat datang di hari ketiga. Saya Nadia. Hari ini formatnya "
        "ngobrol santai aja ya, kayak talkshow. Oh iya, kata panitia, empat puluh persen peserta kita "
        "hari ini ternyata guru SMA, wah, selamat datang Bapak Ibu guru. Di layar sudah ada Pak Bayu "
        "dari Seoul dan Prof Ratna. Pak, Prof, sudah siap?",
    ),
    # No point.
    (BAYU, "Siap, Mbak Nadia. Selamat siang semuanya."),
    # No point.
    (RATNA, "Siap. Selamat siang, salam dari Jogja."),
    # No point.  First question.
    (
        NADIA,
        "Pak Bayu, langsung aja. Kenapa sih harus lewat budaya? Kenapa nggak langsung ngomongin politik atau ekonomi?",
    ),
    # Point 5, HEAVY, covered: someone whose tongue is won by our cooking and who likes wearing our
    #   woven cloth listens more openly; the most friendly road to another nation is arts and food.
    (
        BAYU,
        "Nah, pertanyaan bagus. Jadi gini, orang yang lidahnya sudah kepincut sama masakan kita, yang "
        "sudah senang pakai kain tenun kita, itu biasanya telinganya juga lebih terbuka waktu kita "
        "ngomong. Kalau mau mulai berhubungan sama bangsa lain tanpa bikin mereka curiga, jalan yang "
        "paling bersahabat ya lewat kesenian sama makanan.",
    ),
    # No point.  Next question.
    (NADIA, "Konkretnya, Pak, apa saja yang dikerjakan?"),
    # Point 9, MEDIUM, covered: through its embassies abroad the government has many programs.
    # Point 10, MEDIUM, covered: a scholarship for young people from abroad to study our arts and
    #   culture (dance, gamelan, batik) at studios in Indonesia.
    # Point 11, LIGHT, covered: Darmasiswa, foreigners come to our campuses for a year to learn the
    #   language and the culture.
    # Point 16, LIGHT, covered: ten press releases lose to one angklung show in the city park.
    (
        BAYU,
        "Banyak, Mbak. Lewat kedutaan-kedutaan kita di luar negeri, pemerintah itu punya macam-macam "
        "program. Ada beasiswa khusus buat anak-anak muda mancanegara, mereka belajar tari, gamelan, "
        "batik, pokoknya kesenian kita, di sanggar-sanggar di Indonesia. Terus yang kedua Darmasiswa. "
        "Itu orang asing datang ke kampus-kampus kita, setahun, belajar bahasa Indonesia sekalian "
        "budayanya. Dan saya selalu bilang ke staf, sepuluh siaran pers yang kita kirim ke koran itu "
        "kalah sama satu kali anak-anak main angklung di taman kota. Orang ingatnya angklungnya.",
    ),
    # No point.  Digression on food abroad and his wife's suitcase of spices.
    # HN 17: "restoran Indonesia" in Seoul, few and dear; no program, no target number.
    (NADIA, "Hehe, setuju. Eh, Pak, penasaran, di Seoul ada restoran Indonesia nggak sih?"),
    (
        BAYU,
        "Ada, tapi cuma beberapa, dan mahal. Rendang sepiring bisa dua ratus ribu rupiah kalau "
        "dirupiahkan. Jadi saya lebih sering makan di rumah, istri saya kalau pulang dari Semarang "
        "bawa bumbu satu koper penuh, sampai ditanya petugas bandara, hehe.",
    ),
    # No point.  Question to the professor.
    (NADIA, "Wah, repot juga ya. Prof Ratna, dari kacamata akademik, ini namanya apa, Prof?"),
    # No point at first: a hiccup (breaking audio).
    # Point 19, MEDIUM, covered: Joseph Nye's soft power, making others follow us because they are
    #   charmed, not because they are held at gunpoint or bribed.
    (
        RATNA,
        "Eh, maaf, suara saya putus-putus nggak? Internet di rumah lagi, apa namanya, rebutan sama "
        "cucu yang main game. Oke. Jadi di hubungan internasional kita kenal istilah soft power, dari "
        "Joseph Nye. Intinya, kemampuan sebuah negara bikin pihak lain mau ikut maunya kita karena "
        "mereka terpikat, bukan karena ditodong, bukan karena disogok.",
    ),
    # No point.  Question.
    (NADIA, "Tapi Prof, kita kan sering bikin festival budaya di luar negeri, kok kayaknya nggak ngefek ya?"),
    # Point 23, HEAVY, covered: we are good at staging: ribbon cutting, speeches, group photo, go
    #   home; next year nothing continues; only the photos in the report remain.
    (
        RATNA,
        "Nah, itu penyakit lama kita. Kita itu jago bikin acara. Gunting pita, sambutan, foto bersama, "
        "pulang. Tahun depannya? Nggak ada lanjutannya, orangnya ganti, uangnya pindah ke pos lain. "
        "Jadi yang tersisa cuma foto di laporan.",
    ),
    # No point.  Audience question.
    (NADIA, "Ada pertanyaan dari peserta, Mbak Laras dari Demak. Bu, kita yang cuma mahasiswa ini bisa ngapain?"),
    # Point 25, LIGHT, partly: be culture ambassadors, the digital version, make content on your own
    #   region's culture; the foreign language (at least English) is not said.
    # Point 24, MEDIUM, partly: one netizen's post mocking another nation can heat up relations
    #   between two countries; "ruin years of diplomatic work" is not said.
    (
        RATNA,
        "Banyak, Mbak Laras. Kalian bisa jadi duta budaya, tapi versi digital. Bikin konten tentang "
        "budaya daerah kalian masing-masing. Demak punya apa? Masjidnya, kulinernya, ceritanya, "
        "unggah. Tapi hati-hati juga ya. Satu postingan netizen yang ngeledek bangsa lain itu bisa "
        "bikin hubungan dua negara panas.",
    ),
    # No point.  Question (about heritage claimed by others).
    (
        NADIA,
        "Pak Bayu, terakhir. Kalau ada budaya kita yang diaku-aku negara lain, terus warganet kita "
        "ngamuk di kolom komentar, gimana tuh, Pak?",
    ),
    # Point 28, HEAVY, covered: rather than a comment war, record, film, archive it neatly and
    #   submit it to the UN body for world heritage.
    (
        BAYU,
        "Daripada perang komentar, mending tenaganya dipakai buat mencatat, merekam, bikin arsip yang "
        "rapi, terus diajukan ke badan PBB yang ngurus warisan dunia. Itu jauh lebih kuat daripada "
        "ngamuk di Instagram.",
    ),
    # No point.  Thanks and closing.
    (
        NADIA,
        "Setuju, Pak. Terima kasih Pak Bayu, terima kasih Prof Ratna, terima kasih semuanya. Sampai "
        "jumpa di hari keempat, Sabtu depan ya.",
    ),
]

PARA_17_POINTS = {
    "pintu masuk diplomasi yang paling ramah": ("covered", HEAVY),  # 5
    "Melalui perwakilan RI di luar negeri": ("covered", MEDIUM),  # 9
    "Beasiswa Seni dan Budaya Indonesia": ("covered", MEDIUM),  # 10
    "Program Darmasiswa untuk belajar": ("covered", LIGHT),  # 11
    "Satu penampilan angklung di taman kota": ("covered", LIGHT),  # 16
    "konsep soft power dari Joseph Nye": ("covered", MEDIUM),  # 19
    "berhenti pada acara seremonial": ("covered", HEAVY),  # 23
    "Satu unggahan warganet": ("partly", MEDIUM),  # 24
    "menjadi duta budaya digital": ("partly", LIGHT),  # 25
    "didaftarkan ke UNESCO": ("covered", HEAVY),  # 28
}


# para-18 and para-19 are two more days of the day-3 report, by a seventh hand that had not seen how
# the comparison works, with 5 hard negatives each: scored only (docs/compare.md, "Two more days of
# the day-3 report by a new hand").

# para-18: the diplomat, a question from the moderator, the professor (who names three challenges
# and is cut short after two), one audience question.
# Said: 5 medium, 8 heavy, 12 light, 14 medium, 17 medium, 20 light, 21 heavy, 22 medium partly,
#       24 heavy, 26 light, 28 medium partly.
# Missing: 4, 6, 7, 9, 10, 11, 13, 15, 16, 18, 19, 23, 25.
# Hard negatives: 15 (the moderator's holiday on Bali, its air fare up forty percent), 6 (the
#       diplomat's wife watches South Korean dramas), 10 (a young foreigner's engineering
#       scholarship), 23 (the opening was "seremonial"), 18 (a regency government's social media
#       account).
PARA_18_TURNS = [
    # No point.  Greeting, a request, a digression about her holiday; hands over.
    # HN 15: "liburan", "Bali", "empat puluh persen" of an air fare, not of BIPA students.
    (
        NADIA,
        "Halo, selamat pagi semuanya. Jadi ini hari ketiga workshop kita, saya Nadia lagi yang nemenin "
        "Bapak Ibu. Sebelum mulai, yang kameranya nyala boleh dimatikan dulu ya, biar koneksinya ringan. "
        "Nah, saya baru pulang liburan dari Bali kemarin, dan tiket pesawatnya naik empat puluh persen, "
        "aduh, dompet saya menangis, hehe. Oke. Hari ini kita bareng Pak Bayu yang masih di Seoul, sama "
        "Prof Ratna di Jogja. Pak Bayu duluan ya, silakan, Pak.",
    ),
    # No point.  Digression: the cold, his wife's dramas, instant noodles.
    # HN 6: "drama Korea Selatan" watched at home, not Hallyu lifting the country's image.
    (
        BAYU,
        "Iya, terima kasih Mbak Nadia. Selamat pagi semuanya. Wah, liburan ke Bali, enak sekali itu. Di "
        "sini baru mulai dingin, kemarin pagi lima derajat. Istri saya tiap malam nonton drama Korea "
        "Selatan, sampai lupa masak, jadi saya yang masak mi instan, hehe. Ya begitulah hidup di sini.",
    ),
    # Point 5, MEDIUM, covered: the friendliest way to approach another nation is culture; someone
    #   smitten with rendang or fond of batik listens to us more easily.
    # Point 8, HEAVY, covered: people say we lag far behind Korea; he disagrees, our stock is a
    #   warehouse full (peoples, languages, dances, music, food), we lack nothing.
    (
        BAYU,
        "Nah, jadi begini. Kalau mau mendekati bangsa lain, jalan yang paling bersahabat itu ya lewat "
        "budaya. Orang yang sudah kesengsem sama rendang, atau yang sudah suka pakai batik, biasanya "
        "lebih gampang mau dengar omongan kita, ya kan. Terus, eh, sering orang bilang kita ketinggalan "
        "jauh dari Korea. Saya nggak setuju. Bekal kita itu segudang, ratusan suku, ratusan bahasa "
        "daerah, tarian, musik, masakan. Kita nggak miskin apa-apa, tinggal mau ngolahnya atau nggak.",
    ),
    # Point 12, LIGHT, covered: the embassy opens BIPA classes, Indonesian for foreign speakers.
    # Point 14, MEDIUM, covered: this year's budget for making the culture known, about 1.2 billion
    #   rupiah.
    # Point 17, MEDIUM, covered: the food program Indonesia Spice Up the World, aiming at four
    #   thousand Indonesian eating places abroad by 2024.
    (
        BAYU,
        "Di KBRI sendiri kami buka kelas BIPA, Bahasa Indonesia bagi Penutur Asing, dan tiap semester "
        "penuh terus. Terus soal dana, ya. Anggaran kami buat mengenalkan budaya tahun ini kira-kira "
        "satu koma dua miliar rupiah. Kedengarannya besar, tapi kalau dibagi satu tahun, ya, pas-pasan. "
        "Satu lagi yang lagi digenjot itu urusan makanan, programnya namanya Indonesia Spice Up the "
        "World. Sasarannya, sampai tahun dua ribu dua puluh empat, ada empat ribu rumah makan Indonesia "
        "di mancanegara.",
    ),
    # Point 8 again (the moderator sums up): our cultural stock is large, it only needs working.
    # No other point.  HN 10: a young foreigner ("pemuda asing") with a "beasiswa" for mechanical
    #   engineering, not the BSBI arts scholarship.
    (
        NADIA,
        "Wah, menarik, Pak. Jadi, eh, kalau saya rangkum, bekal budaya kita banyak, tinggal digarap. "
        "Oh iya, Pak, ngomong-ngomong, di kos saya dulu ada pemuda asing dari Sudan, dia dapat beasiswa "
        "dari kampusnya, kuliah teknik mesin. Itu jalurnya gimana sih, Pak?",
    ),
    # No point.  The answer: the campus's or his own government's scholarship.
    (
        BAYU,
        "Oh, itu biasanya beasiswa kampus, Mbak, atau dari pemerintahnya sendiri. Macam-macam. Tapi "
        "saya nggak hafal detailnya, nanti bisa tanya ke bagian akademik kampusnya, hehe.",
    ),
    # No point.
    (NADIA, "Oke, terima kasih, Pak. Sekarang giliran Prof Ratna. Prof, silakan."),
    # HN 23: the workshop's opening "agak seremonial", not cultural promotion ending at ceremonies.
    # Point 20, LIGHT, covered: Indonesia faces three main challenges in building its image.
    # Point 21, HEAVY, covered: a European knows only the Island of the Gods, as if the other
    #   islands were not on the map.
    # Point 22, MEDIUM, partly: news of disasters and corrupt officials spreads abroad fast; the
    #   haze and the comparison with achievements are not said.
    # The third challenge (point 23) is never reached.
    (
        RATNA,
        "Terima kasih, Mbak Nadia. Tadi pembukaannya agak seremonial ya, sambutan-sambutan dulu, ya "
        "maklum, acara kampus memang begitu, hehe. Jadi begini. Kalau bicara citra, menurut saya "
        "Indonesia menghadapi tiga tantangan utama untuk membangun citranya. Yang pertama, coba tanya "
        "orang Eropa, apa yang mereka tahu tentang kita? Pulau Dewata. Sudah, itu saja. Seolah-olah "
        "pulau-pulau yang lain nggak ada di peta. Yang kedua, kabar soal musibah, soal pejabat yang "
        "korupsi, aduh, cepat sekali beredarnya ke luar. Yang ketiga, eh, waktu saya sedikit ya, nanti "
        "saja saya lanjutkan di tanya jawab.",
    ),
    # Point 24, HEAVY, covered: one tweet insulting people of another country can wreck years of
    #   our negotiators' work overnight.
    # HN 18: "akun pemerintah" on "media sosial" showing only the regent, not who shapes an image.
    (
        RATNA,
        "Terus, ada satu yang saya mau titip ke mahasiswa. Cukup satu cuitan yang menghina orang dari "
        "negeri lain, kerja keras para juru runding kita belasan tahun bisa ambyar dalam semalam. Hati-"
        "hati jempolnya. Oh iya, soal media sosial, akun pemerintah kabupaten di kampung saya itu isinya "
        "cuma foto-foto pak bupati lagi rapat, hehe, nggak ada yang lain.",
    ),
    # Point 26, LIGHT, covered: no need to wait to become a diplomat to do diplomacy; the phone in
    #   your hand is enough.
    (
        RATNA,
        "Dan satu lagi. Kalian nggak perlu menunggu jadi diplomat dulu untuk berdiplomasi. Ponsel yang "
        "ada di tangan kalian sekarang itu sudah cukup.",
    ),
    # No point.  Audience question (a dance claimed by a neighbour).
    (
        NADIA,
        "Terima kasih, Prof. Ada pertanyaan dari peserta, Mas Rizki dari Kudus. Pak Bayu, kalau ada "
        "tarian kita yang diakui negara tetangga, kita harus gimana, Pak?",
    ),
    # Point 28, MEDIUM, partly: do not fight it out in the comment column; record and document it
    #   fully; registering it with UNESCO is not said.
    (
        BAYU,
        "Nah, ini sering sekali ditanya. Saran saya, jangan diributkan di kolom komentar. Lebih baik "
        "kita catat baik-baik, kita rekam, kita buat dokumentasi yang lengkap. Bertengkar di medsos itu "
        "nggak ada hasilnya, Mas.",
    ),
    # No point.  Thanks and closing.
    (
        NADIA,
        "Oke, waktunya habis. Terima kasih Pak Bayu, terima kasih Prof Ratna. Sampai ketemu Sabtu depan "
        "di hari keempat ya, semuanya. Selamat siang.",
    ),
]

PARA_18_POINTS = {
    "pintu masuk diplomasi yang paling ramah": ("covered", MEDIUM),  # 5
    "memiliki modal yang tidak kalah besar": ("covered", HEAVY),  # 8
    "Kelas Bahasa Indonesia bagi Penutur Asing": ("covered", LIGHT),  # 12
    "mengalokasikan sekitar Rp1,2 miliar": ("covered", MEDIUM),  # 14
    "Indonesia Spice Up the World": ("covered", MEDIUM),  # 17
    "ada tiga tantangan utama": ("covered", LIGHT),  # 20
    "masih identik dengan Bali": ("covered", HEAVY),  # 21
    "Berita negatif seperti bencana": ("partly", MEDIUM),  # 22
    "Satu unggahan warganet": ("covered", HEAVY),  # 24
    "Tidak perlu menunggu menjadi diplomat": ("covered", LIGHT),  # 26
    "didaftarkan ke UNESCO": ("partly", MEDIUM),  # 28
}


# para-19: the professor first (the diplomat is late), then the diplomat, questions from the chat.
# Said: 4 light, 7 medium, 9 heavy, 12 medium, 13 light, 15 light partly, 16 heavy, 18 heavy,
#       19 light partly, 23 medium, 25 medium, 28 light.
# Missing: 5, 6, 8, 10, 11, 14, 17, 20, 21, 22, 24, 26.
# Hard negatives: 24 (the committee's post on the schedule, commented on by netizens), 26 (her phone
#       died; her grandchild wants to be a diplomat), 21 (a meeting on Bali, traffic there and in other
#       regions), 14 (KBRI Seoul moves building this year, billions for the renovation), 17 (iced tea
#       for four thousand rupiah at a restaurant by the campus).
PARA_19_TURNS = [
    # No point.  Greeting, a change of order, certificates.
    # HN 24: "unggahan" commented on by "warganet", not a post demeaning another nation.
    (
        NADIA,
        "Selamat siang, Bapak Ibu, teman-teman mahasiswa. Ini hari ketiga ya, saya Nadia. Hari ini "
        "urutannya agak beda, Prof Ratna duluan, karena Pak Bayu katanya masih ada rapat. Oh iya, "
        "unggahan panitia soal jadwal workshop ini kemarin ramai sekali dikomentari warganet, banyak "
        "yang nanya sertifikat, hehe. Sertifikat ada ya, tenang saja. Prof, silakan.",
    ),
    # HN 26: "ponsel" and "diplomat" of a dead phone and a grandchild's wish, not of diplomacy by phone.
    # Point 18, HEAVY, covered: Indonesia's face abroad is not only the foreign ministry's or the
    #   embassies' business; everyone with an account who posts or comments draws it.
    # Point 19, LIGHT, partly: the term soft power, from Joseph Nye; what it means is not said.
    (
        RATNA,
        "Terima kasih, Mbak Nadia. Maaf, tadi ponsel saya mati, jadi telat masuk. Cucu saya yang kelas "
        "lima kemarin bilang, Uti, aku besok mau jadi diplomat, biar bisa naik pesawat terus, hehe. Oke. "
        "Jadi begini. Wajah Indonesia di mata orang luar itu bukan cuma urusan orang Pejambon, bukan cuma "
        "urusan kedutaan. Setiap kita yang punya akun, yang nge-post, yang komentar, itu ikut menggambar "
        "wajah republik ini, mau sadar atau tidak. Nah, di ilmu hubungan internasional ada istilah soft "
        "power, dari Joseph Nye. Nanti kalau sempat saya jelaskan lebih panjang.",
    ),
    # No point.
    (NADIA, "Siap, Prof. Eh, Prof, kenapa ya promosi budaya kita itu kayak nggak nempel di kepala orang luar?"),
    # Point 23, MEDIUM, covered: our cultural promotion often stalls at the ceremony; lively, then no
    #   continuation, nobody looks after it.
    # HN 21: "Bali" and "daerah lain" of traffic jams, not of Indonesia's image.
    (
        RATNA,
        "Nah, itu. Promosi budaya kita itu sering mandek di seremoni. Acaranya meriah, habis itu nggak "
        "ada kelanjutannya, nggak ada yang merawat. Padahal yang bikin orang ingat itu kan yang terus-"
        "menerus. Eh, ngomong-ngomong, minggu lalu saya ke Bali untuk rapat, aduh, macetnya luar biasa. "
        "Tapi daerah lain sekarang juga sama, Jogja juga macet, hehe.",
    ),
    # No point.  A question from the chat.
    (
        NADIA,
        "Hehe, Jogja memang sekarang padat, Prof. Oke, ada pertanyaan di chat dari Mbak Sinta, "
        "mahasiswa Sastra Inggris. Prof, kami mahasiswa ini bisa bantu apa?",
    ),
    # Point 25, MEDIUM, covered: be culture ambassadors online; make content on your home region's
    #   arts, food and stories in a foreign language, at least English.
    (
        RATNA,
        "Bisa sekali, Mbak Sinta. Jadilah duta budaya, tapi di dunia maya. Angkat kesenian, makanan, "
        "cerita dari kampung halaman kalian sendiri, lalu bikin kontennya pakai bahasa asing, minimal "
        "bahasa Inggris. Kan kamu anak Sastra Inggris, pas sekali itu.",
    ),
    # No point.
    (NADIA, "Terima kasih, Prof. Nah, Pak Bayu ternyata sudah masuk. Pak Bayu, suaranya sudah bisa, Pak?"),
    # No point.  HN 14: "Tahun ini", "KBRI Seoul", "miliaran" of a building's renovation, not of
    #   the cultural promotion budget.
    (
        BAYU,
        "Sudah, Mbak, sudah. Maaf, maaf, tadi saya terjebak rapat. Tahun ini KBRI Seoul lagi pindah "
        "gedung, jadi rapatnya banyak sekali, katanya renovasinya saja makan miliaran. Ya sudah, itu "
        "urusan bagian umum, hehe.",
    ),
    # No point.
    (NADIA, "Hehe, semangat, Pak. Pak, langsung saja ya, sebenarnya diplomasi budaya itu apa sih, Pak?"),
    # Point 4, LIGHT, covered: cultural diplomacy is a country's effort to make its art, values and
    #   way of life known to the public abroad, for mutual understanding; not mere entertainment.
    # Point 7, MEDIUM, covered: Korea did not become known suddenly; its success came from the
    #   government's steady support for more than twenty years.  (Korea's image and Hallyu, point 6,
    #   are not said.)
    (
        BAYU,
        "Jadi, diplomasi budaya itu usaha sebuah negara memperkenalkan seni, nilai, dan cara hidup "
        "bangsanya ke publik di luar negeri, supaya tumbuh saling pengertian. Bukan sekadar hiburan, ya "
        "kan, bukan cuma tari-tarian di panggung lalu pulang. Lihat saja Korea. Orang kira mereka "
        "terkenal mendadak. Padahal nggak, sukses itu hasil pemerintahnya mendukung terus-menerus, ajek, "
        "lebih dari dua puluh tahun.",
    ),
    # Point 9, HEAVY, covered: from our embassies and consulates abroad the state has a row of
    #   activities.
    # Point 12, MEDIUM, covered: a class of Indonesian for foreigners, at the KBRI.
    # Point 13, LIGHT, covered: culinary festivals and gamelan shows, taken to several cities.
    # Point 15, LIGHT, partly: about forty percent of the BIPA students in Seoul first took an
    #   interest in Indonesia because of a holiday; Bali is not said.
    # Point 16, HEAVY, covered: people remember one show of bamboo music in the open more than a
    #   dozen news releases.
    (
        BAYU,
        "Nah, kita sendiri gimana? Dari kedutaan dan konsulat kita di negeri orang, negara punya sederet "
        "kegiatan. Contohnya di tempat saya, ada kelas bahasa Indonesia buat orang asing, yang di KBRI "
        "itu. Terus ada festival kuliner, ada pertunjukan gamelan, kami bawa ke berbagai kota, bukan di "
        "ibu kota saja. Kami pernah tanya-tanya, kira-kira empat puluh persen peserta kelas BIPA di Seoul "
        "itu mulai tertarik sama Indonesia gara-gara liburan. Satu lagi. Saya perhatikan, orang sini "
        "lebih ingat satu kali lihat pertunjukan musik bambu di ruang terbuka, ketimbang membaca belasan "
        "rilis berita dari kami.",
    ),
    # No point.  HN 17: "restoran" and "empat ribu" of iced tea, not of the Spice Up target.
    (
        NADIA,
        "Wah, keren, Pak. Eh, Pak, penasaran, di restoran dekat kampus kami es teh masih empat ribu. Di "
        "Seoul berapa, Pak?",
    ),
    # No point.
    (BAYU, "Wah, di sini es teh bisa tiga puluh ribu rupiah, Mbak, hehe. Makanya saya bawa termos dari rumah."),
    # No point.  Audience question (point 27 narrates it).
    (
        NADIA,
        "Hehe. Satu pertanyaan terakhir dari peserta, Mas Yoga, mahasiswa Sistem Informasi. Pak, "
        "gimana caranya promosi budaya tanpa ribut saling klaim sama negara tetangga?",
    ),
    # Point 28, LIGHT, covered: document the heritage well and register it with UNESCO; do not
    #   argue about it on social media.
    (
        BAYU,
        "Gampang, Mas Yoga. Warisan budaya kita didokumentasikan dengan baik, lalu didaftarkan ke "
        "UNESCO. Jangan diperdebatkan di media sosial, itu cuma buang tenaga.",
    ),
    # No point.  Thanks and closing.
    (
        NADIA,
        "Siap. Terima kasih Pak Bayu, terima kasih Prof Ratna. Sampai jumpa di hari keempat, Sabtu "
        "depan. Selamat siang semuanya.",
    ),
]

PARA_19_POINTS = {
    "diplomasi budaya adalah upaya sebuah negara": ("covered", LIGHT),  # 4
    "keberhasilan itu tidak datang tiba-tiba": ("covered", MEDIUM),  # 7
    "Melalui perwakilan RI di luar negeri": ("covered", HEAVY),  # 9
    "Kelas Bahasa Indonesia bagi Penutur Asing": ("covered", MEDIUM),  # 12
    "Festival kuliner dan pertunjukan gamelan": ("covered", LIGHT),  # 13
    "40 persen peserta kelas BIPA": ("partly", LIGHT),  # 15
    "Satu penampilan angklung di taman kota": ("covered", HEAVY),  # 16
    "tidak hanya dibentuk oleh pemerintah": ("covered", HEAVY),  # 18
    "konsep soft power dari Joseph Nye": ("partly", LIGHT),  # 19
    "berhenti pada acara seremonial": ("covered", MEDIUM),  # 23
    "menjadi duta budaya digital": ("covered", MEDIUM),  # 25
    "didaftarkan ke UNESCO": ("covered", LIGHT),  # 28
}


@dataclass(frozen=True)
class DemoDay:
    turns: list[tuple[str, str]]
    omitted: list[str] = field(default_factory=list)
    # (status, level) of the report points the talk says, each named by a phrase only that point
    # contains; every other point is missing, or narration.
    points: dict[str, tuple[str, str]] = field(default_factory=dict)
    room: bool = False  # reverberation, noise and a 16 kbit/s codec
    report: Path = REPORT  # the written report the points are of
    narration: tuple[str, ...] = NARRATION  # a phrase of each report sentence that narrates the event


DEMO_DAYS = {
    "demo": DemoDay(DEMO_TURNS, DEMO_OMITTED, DEMO_POINTS),
    "demo-2": DemoDay(
        DEMO_2_TURNS, ["Manfaat diplomasi digital diantaranya yaitu penyebaran pesan perdamaian"], DEMO_2_POINTS
    ),
    "demo-3": DemoDay(
        DEMO_3_TURNS,
        ["Peluang diplomasi digital diantaranya yaitu terus mendorong keterbukaan informasi."],
        DEMO_3_POINTS,
    ),
    "para-1": DemoDay(PARA_1_TURNS, points=PARA_1_POINTS, room=True),
    "para-2": DemoDay(PARA_2_TURNS, points=PARA_2_POINTS, room=True),
    "para-3": DemoDay(PARA_3_TURNS, points=PARA_3_POINTS, room=True),
    "para-4": DemoDay(PARA_4_TURNS, points=PARA_4_POINTS, room=True),
    "para-5": DemoDay(PARA_5_TURNS, points=PARA_5_POINTS, room=True),
    "para-6": DemoDay(PARA_6_TURNS, points=PARA_6_POINTS, room=True),
    "para-7": DemoDay(PARA_7_TURNS, points=PARA_7_POINTS, room=True),
    "para-8": DemoDay(PARA_8_TURNS, points=PARA_8_POINTS, room=True),
    "para-9": DemoDay(PARA_9_TURNS, points=PARA_9_POINTS, room=True),
    "para-10": DemoDay(PARA_10_TURNS, points=PARA_10_POINTS, room=True),
    **{
        f"para-{number}": DemoDay(turns, points=points, room=True, report=DAY_7_REPORT, narration=DAY_7_NARRATION)
        for number, turns, points in (
            (11, PARA_11_TURNS, PARA_11_POINTS),
            (12, PARA_12_TURNS, PARA_12_POINTS),
            (13, PARA_13_TURNS, PARA_13_POINTS),
            (14, PARA_14_TURNS, PARA_14_POINTS),
            (15, PARA_15_TURNS, PARA_15_POINTS),
        )
    },
    **{
        f"para-{number}": DemoDay(turns, points=points, room=True, report=DAY_3_REPORT, narration=DAY_3_NARRATION)
        for number, turns, points in (
            (16, PARA_16_TURNS, PARA_16_POINTS),
            (17, PARA_17_TURNS, PARA_17_POINTS),
            (18, PARA_18_TURNS, PARA_18_POINTS),
            (19, PARA_19_TURNS, PARA_19_POINTS),
        )
    },
}

SAMPLE_RATE = 22050  # espeak-ng's native rate
PAUSE_SECONDS = 0.8
SPEECH_THRESHOLD = 0.01
# The room of the para-* days: a small hall's reverberation, fan-like noise and mains hum.
ROOM_DECAY_SECONDS = 0.25
ROOM_WET = 0.35
ROOM_SNR_DB = 20
HUM_DB = -40
ROOM_BITRATE = "16k"
CLEAN_BITRATE = "32k"


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


def _room(samples: np.ndarray, seed: int) -> np.ndarray:
    """Reverberation (exponentially decaying noise as impulse response), noise and hum."""
    from scipy.signal import fftconvolve, lfilter

    rng = np.random.default_rng(seed)
    t = np.arange(int(ROOM_DECAY_SECONDS * 3 * SAMPLE_RATE)) / SAMPLE_RATE
    impulse = rng.standard_normal(len(t)) * np.exp(-t / ROOM_DECAY_SECONDS * 3)
    impulse /= np.abs(impulse).sum()
    wet = fftconvolve(samples, impulse)[: len(samples)]
    mixed = samples + ROOM_WET * wet / max(np.abs(wet).max(), 1e-9) * np.abs(samples).max()
    noise = lfilter([1.0], [1.0, -0.95], rng.standard_normal(len(mixed)))  # low-heavy, like a fan
    speech_power = np.mean(mixed[np.abs(mixed) > SPEECH_THRESHOLD] ** 2)
    noise *= np.sqrt(speech_power / np.mean(noise**2) / 10 ** (ROOM_SNR_DB / 10))
    hum = 10 ** (HUM_DB / 20) * np.sin(2 * np.pi * 50 * np.arange(len(mixed)) / SAMPLE_RATE)
    out = mixed + noise + hum
    return (out / max(np.abs(out).max(), 1.0)).astype("float32")


def point_labels(day: DemoDay) -> list[dict]:
    """Every report point with its truth: covered / partly / missing / narration, and the level."""
    points = [text for text, _ in split_points(day.report.read_text(encoding="utf-8"))]

    def only_point(phrase: str) -> str:
        found = [p for p in points if phrase in p]
        assert len(found) == 1, (phrase, found)
        return found[0]

    narration = {only_point(phrase) for phrase in day.narration}
    given = {only_point(phrase): label for phrase, label in day.points.items()}
    return [
        {"point": point, "status": "narration", "level": None}
        if point in narration
        else dict(zip(("point", "status", "level"), (point, *given.get(point, ("missing", None))), strict=True))
        for point in points
    ]


def build(target: Path, day: DemoDay) -> None:
    target.mkdir(parents=True, exist_ok=True)
    pause = np.zeros(int(PAUSE_SECONDS * SAMPLE_RATE), dtype="float32")
    pieces, truth_turns, cursor = [pause], [], len(pause)
    with tempfile.TemporaryDirectory() as tmp:
        for speaker, text in day.turns:
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
        audio = np.concatenate(pieces)
        if day.room:
            audio = _room(audio, seed=sum(map(ord, target.name)))
        full = Path(tmp) / "demo.wav"
        soundfile.write(full, audio, SAMPLE_RATE)
        subprocess.run(
            [
                "ffmpeg",
                "-loglevel",
                "error",
                "-y",
                "-i",
                str(full),
                "-ac",
                "1",
                "-ar",
                "16000",
                "-c:a",
                "libopus",
                "-b:a",
                ROOM_BITRATE if day.room else CLEAN_BITRATE,
                str(target / "recording.opus"),
            ],
            check=True,
        )
    truth = {
        "description": "Ground truth of a bundled recording (espeak-ng voices), made by pipeline/demo/build.py.",
        "turns": truth_turns,
        "omitted_report_passages": day.omitted,
        "points": point_labels(day),
    }
    (target / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
    rttm = [
        f"SPEAKER {target.name} 1 {t['start']:.3f} {t['end'] - t['start']:.3f} <NA> <NA> "
        f"{t['speaker'].replace(' ', '_')} <NA> <NA>"
        for t in truth_turns
    ]
    (target / "truth.rttm").write_text("\n".join(rttm) + "\n")


# The voices of a long talk's speakers by their place in its day's config (the host first), as the
# bundled days of the same report give them; the participants, whom no config lists, one each.
LONG_TALK_VOICES = {
    "day-10.txt": [VOICES[MODERATOR], VOICES[AMBASSADOR], VOICES[AYU]],
    "day-7.txt": [VOICES[MODERATOR], VOICES[DIPLOMAT], VOICES[MAYA]],
    "day-3.txt": [VOICES[NADIA], VOICES[BAYU], VOICES[RATNA]],
}
PARTICIPANT_VOICES = [  # in turn, again from the first where a talk has more participants
    ("id+f1", 55, 140),
    ("id+m4", 45, 135),
    ("id+m5", 50, 135),
    ("id+f2", 80, 130),
    ("id+m1", 45, 130),
    ("id+m6", 50, 135),
    ("id+f5", 60, 140),
    ("id+m8", 40, 135),
]


def build_long_talk(talk: str, configs: Path) -> Path:
    """A long talk (configs/long-talks/<talk>/) made into a day as the bundled days are made, in
    `configs`/long-<talk>/ with its config beside it: the whole pipeline on a day as long as a real
    one (docs/compare.md, "Long talks as speech").  Returns the config's path."""
    import yaml

    from pipeline.bench.days import long_talk

    config, truth, _ = long_talk(talk)
    written = yaml.safe_load(config.config_path.read_text(encoding="utf-8"))
    voices = dict(zip(config.speaker_names(), LONG_TALK_VOICES[config.report_path.name], strict=True))
    strangers = dict.fromkeys(t.speaker for t in truth.turns if t.speaker not in voices)
    VOICES.update(voices | dict(zip(strangers, itertools.cycle(PARTICIPANT_VOICES))))
    name = f"long-{talk}"
    report = config.report_path
    build(configs / name, DemoDay([(t.speaker, t.text) for t in truth.turns], room=True, report=report, narration=()))
    made = json.loads((configs / name / "truth.json").read_text())
    made["points"] = [p.model_dump() for p in truth.points]
    (configs / name / "truth.json").write_text(json.dumps(made, ensure_ascii=False, indent=2) + "\n")
    (configs / "reports").mkdir(exist_ok=True)
    (configs / "reports" / report.name).write_bytes(report.read_bytes())
    written.update(id=name, source=f"{name}/recording.opus", truth=f"{name}/truth.json", title=f"{talk} (long talk)")
    written["report"] = f"reports/{report.name}"
    (configs / f"{name}.yaml").write_text(yaml.safe_dump(written, allow_unicode=True, sort_keys=False))
    return configs / f"{name}.yaml"


if __name__ == "__main__":
    if sys.argv[1:2] == ["long-talks"]:  # python -m pipeline.demo.build long-talks FOLDER [TALK ...]
        from pipeline.bench.days import LONG_TALK_SPLITS

        known = list(LONG_TALK_SPLITS)
        if len(sys.argv) < 3 or any(talk not in known for talk in sys.argv[3:]):
            sys.exit(f"usage: python -m pipeline.demo.build long-talks FOLDER [TALK ...], each TALK one of {known}")
        for talk in sys.argv[3:] or known:
            print(build_long_talk(talk, Path(sys.argv[2])))
        sys.exit()
    configs = Path(sys.argv[1] if len(sys.argv) > 1 else "configs")
    names = sys.argv[2:] or list(DEMO_DAYS)
    for name in names:
        build(configs / name, DEMO_DAYS[name])
