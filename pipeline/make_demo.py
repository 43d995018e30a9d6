"""Build the bundled demo days: Indonesian recordings spoken from the day-10 report.

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

    python -m pipeline.make_demo configs      # writes configs/demo*/recording.opus and truth
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile

from pipeline.points import split_points

AMBASSADOR = "H.E. Chalief Akbar"
AYU = "Dr. Ayu Larasati"
MODERATOR = "Moderator"

# espeak-ng voice, pitch (0-99) and speed (words per minute): two clearly different voices,
# slow enough for Whisper base to follow (docs/measurements.md: a slower voice lowered WER).
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
REPORT = Path(__file__).resolve().parents[1] / "configs" / "reports" / "day-10.txt"


@dataclass(frozen=True)
class DemoDay:
    turns: list[tuple[str, str]]
    omitted: list[str] = field(default_factory=list)
    # (status, level) of the report points the talk says, each named by a phrase only that point
    # contains; every other point is missing, or narration.
    points: dict[str, tuple[str, str]] = field(default_factory=dict)
    room: bool = False  # reverberation, noise and a 16 kbit/s codec


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
    points = [text for text, _ in split_points(REPORT.read_text(encoding="utf-8"))]

    def only_point(phrase: str) -> str:
        found = [p for p in points if phrase in p]
        assert len(found) == 1, (phrase, found)
        return found[0]

    narration = {only_point(phrase) for phrase in NARRATION}
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
        "description": "Ground truth of a bundled recording (espeak-ng voices), made by pipeline/make_demo.py.",
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


if __name__ == "__main__":
    configs = Path(sys.argv[1] if len(sys.argv) > 1 else "configs")
    names = sys.argv[2:] or list(DEMO_DAYS)
    for name in names:
        build(configs / name, DEMO_DAYS[name])
