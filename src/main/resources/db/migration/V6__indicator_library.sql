-- Indicator library (issue 3, part 5): national templates (agency_id NULL) per sector and position kind, each an
-- RHK statement with its IKI, ready to be assigned to a whole unit or position group in one action. Agencies add
-- their own next to them. Also the indexes the cascade view and the unit completion figures need (part 6).

ALTER TABLE indicator_template ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicator_template ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE indicator_template ADD COLUMN created_by VARCHAR(40) NOT NULL DEFAULT 'system';
CREATE INDEX indicator_template_kind_idx ON indicator_template (sector, position_kind) WHERE active;
CREATE INDEX indicator_template_position_idx ON indicator_template (position_id) WHERE position_id IS NOT NULL;

-- which IKI came from a template (and keeps the FK's ON DELETE SET NULL from scanning the whole table)
CREATE INDEX result_indicator_template_idx ON result_indicator (template_id) WHERE template_id IS NOT NULL;

-- cascade: the period's plans of an agency, and the employees of a unit, found without touching other agencies
CREATE INDEX performance_plan_agency_period_idx ON performance_plan (agency_id, period_id) INCLUDE (employee_id, status);
CREATE INDEX employee_agency_unit_idx ON employee (agency_id, unit_id) INCLUDE (superior_id, appraiser_id) WHERE active;
CREATE INDEX unit_agreement_agency_period_idx ON unit_agreement (agency_id, period_id);

INSERT INTO indicator_template (agency_id, sector, position_kind, result_statement, name, aspect, target_kind,
                                target_value, target_unit, target_text, direction)
VALUES
-- HEALTH: puskesmas, hospital and health office (e.g. the "Pariaman Sehat" programme)
(NULL, 'HEALTH', 'JPT', 'Meningkatnya derajat kesehatan masyarakat',
 'Angka kematian bayi per 1.000 kelahiran hidup', 'KUALITAS', 'NUMBER', 8, 'per 1.000 KH', NULL, 'LOWER'),
(NULL, 'HEALTH', 'ADMINISTRATOR', 'Terlaksananya program kesehatan masyarakat sesuai rencana kerja',
 'Persentase program kesehatan yang terlaksana', 'KUANTITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'PENGAWAS', 'Tercapainya cakupan imunisasi dasar lengkap pada bayi di wilayah kerja',
 'Cakupan imunisasi dasar lengkap', 'KUANTITAS', 'NUMBER', 95, '%', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'PENGAWAS', 'Meningkatnya kepuasan pasien terhadap pelayanan puskesmas',
 'Indeks kepuasan pasien', 'KUALITAS', 'NUMBER', 82, 'indeks', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'PENGAWAS', 'Tercapainya penemuan dan pengobatan kasus tuberkulosis sampai tuntas',
 'Persentase pasien TBC yang berhasil diobati', 'KUALITAS', 'NUMBER', 90, '%', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'FUNGSIONAL', 'Terlaksananya pelayanan kesehatan perorangan kepada pasien',
 'Jumlah kunjungan pasien yang dilayani', 'KUANTITAS', 'NUMBER', 6000, 'kunjungan', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'FUNGSIONAL', 'Terlaksananya pelayanan kesehatan yang memuaskan pasien',
 'Persentase pasien yang menyatakan puas atas pelayanan', 'KUALITAS', 'NUMBER', 85, '%', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'FUNGSIONAL', 'Terlaksananya imunisasi dasar bagi bayi di wilayah binaan',
 'Jumlah bayi yang mendapat imunisasi dasar lengkap', 'KUANTITAS', 'NUMBER', 240, 'bayi', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'FUNGSIONAL', 'Terlaksananya pemeriksaan kehamilan sesuai standar',
 'Cakupan kunjungan ibu hamil (K6)', 'KUANTITAS', 'NUMBER', 90, '%', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'FUNGSIONAL', 'Terlaksananya pemeriksaan kesehatan rutin (skrining) penduduk usia produktif',
 'Jumlah penduduk usia produktif yang diskrining', 'KUANTITAS', 'NUMBER', 1200, 'orang', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'FUNGSIONAL', 'Terlaksananya penyuluhan kesehatan kepada masyarakat',
 'Jumlah kegiatan penyuluhan kesehatan', 'KUANTITAS', 'NUMBER', 24, 'kegiatan', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'FUNGSIONAL', 'Terlaksananya rujukan pasien sesuai indikasi medis',
 'Persentase rujukan yang sesuai indikasi medis', 'KUALITAS', 'NUMBER', 95, '%', NULL, 'HIGHER'),
(NULL, 'HEALTH', 'PELAKSANA', 'Tersusunnya laporan bulanan pelayanan puskesmas',
 'Waktu penyampaian laporan bulanan setelah akhir bulan', 'WAKTU', 'NUMBER', 5, 'hari kerja', NULL, 'LOWER'),

-- EDUCATION: schools and the education office
(NULL, 'EDUCATION', 'ADMINISTRATOR', 'Meningkatnya partisipasi pendidikan dasar',
 'Angka partisipasi murni SD/MI', 'KUANTITAS', 'NUMBER', 98, '%', NULL, 'HIGHER'),
(NULL, 'EDUCATION', 'PENGAWAS', 'Terlaksananya program sekolah sesuai rencana kerja sekolah',
 'Persentase program sekolah yang terlaksana', 'KUANTITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),
(NULL, 'EDUCATION', 'PENGAWAS', 'Meningkatnya mutu pembelajaran di satuan pendidikan',
 'Persentase peserta didik yang mencapai kompetensi minimum literasi', 'KUALITAS', 'NUMBER', 70, '%', NULL, 'HIGHER'),
(NULL, 'EDUCATION', 'FUNGSIONAL', 'Meningkatnya capaian hasil belajar peserta didik pada mata pelajaran yang diampu',
 'Rata-rata capaian hasil belajar peserta didik', 'KUALITAS', 'NUMBER', 78, 'nilai', NULL, 'HIGHER'),
(NULL, 'EDUCATION', 'FUNGSIONAL', 'Tuntasnya pembelajaran peserta didik sesuai kriteria ketercapaian tujuan pembelajaran',
 'Persentase peserta didik yang tuntas belajar', 'KUALITAS', 'NUMBER', 85, '%', NULL, 'HIGHER'),
(NULL, 'EDUCATION', 'FUNGSIONAL', 'Terlaksananya pembelajaran sesuai rencana pelaksanaan pembelajaran',
 'Persentase jam pembelajaran yang terlaksana', 'KUANTITAS', 'NUMBER', 98, '%', NULL, 'HIGHER'),
(NULL, 'EDUCATION', 'FUNGSIONAL', 'Terlaksananya bimbingan dan konseling peserta didik',
 'Jumlah peserta didik yang memperoleh layanan konseling', 'KUANTITAS', 'NUMBER', 150, 'peserta didik', NULL, 'HIGHER'),
(NULL, 'EDUCATION', 'PELAKSANA', 'Termutakhirkannya data pokok pendidikan (Dapodik) sekolah',
 'Persentase data peserta didik yang valid di Dapodik', 'KUALITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),

-- POPULATION: population and civil registry (Disdukcapil)
(NULL, 'POPULATION', 'ADMINISTRATOR', 'Meningkatnya kepemilikan akta kelahiran anak',
 'Persentase anak usia 0-18 tahun yang memiliki akta kelahiran', 'KUANTITAS', 'NUMBER', 98, '%', NULL, 'HIGHER'),
(NULL, 'POPULATION', 'PENGAWAS', 'Meningkatnya perekaman KTP elektronik penduduk wajib KTP',
 'Persentase penduduk wajib KTP yang telah merekam KTP-el', 'KUANTITAS', 'NUMBER', 99, '%', NULL, 'HIGHER'),
(NULL, 'POPULATION', 'PENGAWAS', 'Meningkatnya pemanfaatan identitas kependudukan digital',
 'Jumlah penduduk yang mengaktivasi IKD', 'KUANTITAS', 'NUMBER', 5000, 'orang', NULL, 'HIGHER'),
(NULL, 'POPULATION', 'PELAKSANA', 'Terselesaikannya pelayanan dokumen kependudukan tepat waktu',
 'Waktu penyelesaian dokumen kependudukan', 'WAKTU', 'NUMBER', 1, 'hari', NULL, 'LOWER'),
(NULL, 'POPULATION', 'PELAKSANA', 'Terbitnya dokumen kependudukan bagi penduduk yang memohon',
 'Jumlah dokumen kependudukan yang diterbitkan', 'KUANTITAS', 'NUMBER', 3000, 'dokumen', NULL, 'HIGHER'),
(NULL, 'POPULATION', 'PELAKSANA', 'Terlayaninya perekaman KTP elektronik',
 'Jumlah perekaman KTP-el yang dilayani', 'KUANTITAS', 'NUMBER', 1500, 'perekaman', NULL, 'HIGHER'),
(NULL, 'POPULATION', 'FUNGSIONAL', 'Terjaganya kualitas basis data kependudukan',
 'Persentase data ganda yang ditindaklanjuti', 'KUALITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),

-- ADMINISTRATION: secretariats, planning, finance, HR, assets
(NULL, 'ADMINISTRATION', 'JPT', 'Meningkatnya kualitas tata kelola pemerintahan',
 'Indeks reformasi birokrasi', 'KUALITAS', 'NUMBER', 70, 'nilai', NULL, 'HIGHER'),
(NULL, 'ADMINISTRATION', 'ADMINISTRATOR', 'Meningkatnya akuntabilitas kinerja perangkat daerah',
 'Nilai evaluasi SAKIP perangkat daerah', 'KUALITAS', 'NUMBER', 75, 'nilai', NULL, 'HIGHER'),
(NULL, 'ADMINISTRATION', 'PENGAWAS', 'Tersusunnya dokumen perencanaan dan anggaran unit',
 'Jumlah dokumen perencanaan yang disusun (Renja, RKA, DPA)', 'KUANTITAS', 'NUMBER', 3, 'dokumen', NULL, 'HIGHER'),
(NULL, 'ADMINISTRATION', 'PENGAWAS', 'Terlaksananya penatausahaan keuangan sesuai ketentuan',
 'Persentase realisasi anggaran terhadap pagu', 'BIAYA', 'NUMBER', 95, '%', NULL, 'HIGHER'),
(NULL, 'ADMINISTRATION', 'PELAKSANA', 'Tersusunnya laporan kinerja unit tepat waktu',
 'Ketepatan waktu penyampaian laporan', 'WAKTU', 'NUMBER', 100, '%', NULL, 'HIGHER'),
(NULL, 'ADMINISTRATION', 'PELAKSANA', 'Terkelolanya administrasi persuratan dan kearsipan',
 'Persentase surat masuk yang diagendakan pada hari diterima', 'KUALITAS', 'NUMBER', 95, '%', NULL, 'HIGHER'),
(NULL, 'ADMINISTRATION', 'PELAKSANA', 'Tertatanya barang milik daerah',
 'Persentase barang milik daerah yang tercatat dan berlabel', 'KUANTITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),
(NULL, 'ADMINISTRATION', 'FUNGSIONAL', 'Terlaksananya pengelolaan kinerja pegawai',
 'Persentase pegawai yang SKP-nya ditetapkan tepat waktu', 'KUANTITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),

-- PUBLIC_SERVICE: front offices, licensing, complaints
(NULL, 'PUBLIC_SERVICE', 'ADMINISTRATOR', 'Meningkatnya kepatuhan unit terhadap standar pelayanan publik',
 'Nilai kepatuhan standar pelayanan publik', 'KUALITAS', 'NUMBER', 88, 'nilai', NULL, 'HIGHER'),
(NULL, 'PUBLIC_SERVICE', 'PENGAWAS', 'Meningkatnya kepuasan masyarakat terhadap layanan unit',
 'Indeks kepuasan masyarakat (IKM) unit layanan', 'KUALITAS', 'NUMBER', 82, 'indeks', NULL, 'HIGHER'),
(NULL, 'PUBLIC_SERVICE', 'PENGAWAS', 'Terlaksananya survei kepuasan masyarakat secara berkala',
 'Jumlah survei kepuasan masyarakat yang dilaksanakan dan dipublikasikan', 'KUANTITAS', 'NUMBER', 2, 'survei', NULL, 'HIGHER'),
(NULL, 'PUBLIC_SERVICE', 'PELAKSANA', 'Tertanganinya pengaduan masyarakat',
 'Persentase pengaduan yang ditindaklanjuti', 'KUANTITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),
(NULL, 'PUBLIC_SERVICE', 'PELAKSANA', 'Terselesaikannya tindak lanjut pengaduan dalam waktu standar',
 'Rata-rata waktu tindak lanjut pengaduan', 'WAKTU', 'NUMBER', 5, 'hari kerja', NULL, 'LOWER'),
(NULL, 'PUBLIC_SERVICE', 'PELAKSANA', 'Terlayaninya permohonan layanan sesuai standar pelayanan',
 'Jumlah permohonan layanan yang diselesaikan', 'KUANTITAS', 'NUMBER', 1000, 'permohonan', NULL, 'HIGHER'),
(NULL, 'PUBLIC_SERVICE', 'PELAKSANA', 'Terbitnya perizinan sesuai waktu standar pelayanan',
 'Persentase izin yang terbit sesuai waktu standar', 'WAKTU', 'NUMBER', 95, '%', NULL, 'HIGHER'),

-- GENERAL: any position
(NULL, 'GENERAL', NULL, 'Meningkatnya kompetensi diri melalui pengembangan kompetensi',
 'Jumlah jam pelajaran pengembangan kompetensi', 'KUANTITAS', 'NUMBER', 20, 'JP', NULL, 'HIGHER'),
(NULL, 'GENERAL', NULL, 'Tersusunnya inovasi untuk perbaikan layanan unit',
 'Jumlah inovasi yang diterapkan', 'KUANTITAS', 'NUMBER', 1, 'inovasi', NULL, 'HIGHER'),
(NULL, 'GENERAL', NULL, 'Terlaksananya tugas sesuai standar operasional prosedur',
 'Kualitas pelaksanaan tugas', 'KUALITAS', 'TEXT', NULL, NULL, 'Tugas dilaksanakan sesuai SOP tanpa temuan pemeriksaan', 'EXACT'),
(NULL, 'GENERAL', 'ADMINISTRATOR', 'Terlaksananya pembinaan dan pengendalian kinerja bawahan',
 'Persentase bawahan yang SKP-nya ditetapkan sebelum batas waktu', 'KUANTITAS', 'NUMBER', 100, '%', NULL, 'HIGHER'),
(NULL, 'GENERAL', 'PENGAWAS', 'Terlaksananya dialog kinerja dengan bawahan',
 'Jumlah dialog kinerja yang terdokumentasi', 'KUANTITAS', 'NUMBER', 4, 'dialog per pegawai', NULL, 'HIGHER');
