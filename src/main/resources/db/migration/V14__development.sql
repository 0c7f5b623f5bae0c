-- Development: the competency dictionary (teknis, manajerial levels 1-5, sosial kultural), position standards,
-- employee competency profiles from assessments, the training catalogue with JP, enrolments and certificates, the
-- 20 JP a year, individual development plans and mentoring.

CREATE TABLE development_setting (
    agency_id   BIGINT       PRIMARY KEY REFERENCES agency (id),
    jp_target   INTEGER      NOT NULL DEFAULT 20 CHECK (jp_target BETWEEN 0 AND 200),
    version     INTEGER      NOT NULL DEFAULT 0
);

-- NULL agency: the national dictionary (PermenPAN-RB 38/2017); agencies add their own technical competencies.
CREATE TABLE competency (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        REFERENCES agency (id),
    kind         VARCHAR(16)   NOT NULL CHECK (kind IN ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')),
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    level_1      VARCHAR(1000),
    level_2      VARCHAR(1000),
    level_3      VARCHAR(1000),
    level_4      VARCHAR(1000),
    level_5      VARCHAR(1000),
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    version      INTEGER       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX competency_code_uq ON competency (COALESCE(agency_id, 0), code);

INSERT INTO competency (agency_id, kind, code, name, description, level_1, level_2, level_3, level_4, level_5) VALUES
 (NULL, 'MANAJERIAL', 'INTEGRITAS', 'Integritas',
  'Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi, jujur dalam hubungan dengan manajemen, rekan kerja, bawahan dan pemangku kepentingan.',
  'Mampu bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi',
  'Mampu mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma dan etika organisasi',
  'Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma dan etika organisasi',
  'Mampu menciptakan situasi kerja yang membuat rekan kerja patuh pada nilai, norma dan etika organisasi',
  'Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional'),
 (NULL, 'MANAJERIAL', 'KERJA_SAMA', 'Kerja Sama',
  'Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas.',
  'Berpartisipasi dalam kelompok kerja', 'Menumbuhkan tim kerja yang partisipatif dan efektif',
  'Efektif membangun tim kerja untuk peningkatan kinerja organisasi', 'Membangun komitmen tim, sinergi',
  'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi'),
 (NULL, 'MANAJERIAL', 'KOMUNIKASI', 'Komunikasi',
  'Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis.',
  'Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama', 'Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain',
  'Berkomunikasi secara asertif, terampil berkomunikasi lisan/tertulis untuk menyampaikan informasi yang sensitif',
  'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan',
  'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi'),
 (NULL, 'MANAJERIAL', 'ORIENTASI_HASIL', 'Orientasi pada Hasil',
  'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab.',
  'Bertanggung jawab untuk memenuhi standar kerja', 'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar',
  'Menetapkan target kerja yang menantang bagi unit kerja', 'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya',
  'Kemampuan menyusun kebijakan dengan target kinerja jangka panjang'),
 (NULL, 'MANAJERIAL', 'PELAYANAN_PUBLIK', 'Pelayanan Publik',
  'Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan.',
  'Menjalankan tugas mengikuti standar pelayanan', 'Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas pelayanan',
  'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja',
  'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak isu-isu jangka panjang',
  'Mampu menciptakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan berstandar internasional'),
 (NULL, 'MANAJERIAL', 'PENGEMBANGAN_DIRI', 'Pengembangan Diri dan Orang Lain',
  'Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan.',
  'Pengembangan diri', 'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan',
  'Memberikan umpan balik, membimbing', 'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran',
  'Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan'),
 (NULL, 'MANAJERIAL', 'MENGELOLA_PERUBAHAN', 'Mengelola Perubahan',
  'Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama.',
  'Mengikuti perubahan dengan arahan', 'Proaktif beradaptasi mengikuti perubahan',
  'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat', 'Memimpin perubahan pada unit kerja',
  'Mengarahkan perubahan kelembagaan'),
 (NULL, 'MANAJERIAL', 'PENGAMBILAN_KEPUTUSAN', 'Pengambilan Keputusan',
  'Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian.',
  'Mengumpulkan informasi untuk bertindak sesuai kewenangan', 'Menganalisis masalah secara mendalam',
  'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi', 'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan',
  'Menghasilkan solusi strategis yang berdampak pada tataran instansi/nasional'),
 (NULL, 'SOSIAL_KULTURAL', 'PEREKAT_BANGSA', 'Perekat Bangsa',
  'Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat.',
  'Peka memahami dan menerima kemajemukan', 'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan',
  'Mempromosikan, mengembangkan sikap toleransi dan persatuan', 'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi',
  'Wakil pemerintah untuk membangun hubungan sosial psikologis');

-- The level each position needs per competency (the position's standard).
CREATE TABLE position_competency (
    position_id     BIGINT   NOT NULL REFERENCES position (id) ON DELETE CASCADE,
    competency_id   BIGINT   NOT NULL REFERENCES competency (id),
    agency_id       BIGINT   NOT NULL REFERENCES agency (id),
    required_level  INTEGER  NOT NULL CHECK (required_level BETWEEN 1 AND 5),
    PRIMARY KEY (position_id, competency_id)
);

-- Assessment results: every assessment is kept; the latest per competency is the profile.
CREATE TABLE competency_assessment (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    employee_id    BIGINT        NOT NULL REFERENCES employee (id),
    competency_id  BIGINT        NOT NULL REFERENCES competency (id),
    level          INTEGER       NOT NULL CHECK (level BETWEEN 1 AND 5),
    assessed_on    DATE          NOT NULL,
    method         VARCHAR(20)   NOT NULL CHECK (method IN ('ASSESSMENT_CENTER', 'UJI_KOMPETENSI', 'SUPERVISOR', 'SELF', 'IMPORT')),
    assessor       VARCHAR(200),
    note           VARCHAR(1000),
    recorded_by    VARCHAR(120)  NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX competency_assessment_employee_idx ON competency_assessment (employee_id, competency_id, assessed_on DESC, id DESC);
CREATE INDEX competency_assessment_agency_idx ON competency_assessment (agency_id);

-- The training catalogue; JP per offering.
CREATE TABLE training (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    code           VARCHAR(40)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    kind           VARCHAR(12)   NOT NULL CHECK (kind IN ('KLASIKAL', 'E_LEARNING', 'COACHING', 'MENTORING', 'SEMINAR')),
    jp             INTEGER       NOT NULL CHECK (jp BETWEEN 1 AND 1000),
    provider       VARCHAR(200),
    competency_id  BIGINT        REFERENCES competency (id),
    starts_on      DATE,
    ends_on        DATE,
    capacity       INTEGER       CHECK (capacity IS NULL OR capacity > 0),
    url            VARCHAR(1000),
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    version        INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (agency_id, code),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- Enrolment in a catalogue training, or an external one (training_id NULL, with its own title, kind and JP).
-- JP count once the certificate is verified.
CREATE TABLE training_enrolment (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT        NOT NULL REFERENCES agency (id),
    employee_id        BIGINT        NOT NULL REFERENCES employee (id),
    training_id        BIGINT        REFERENCES training (id),
    title              VARCHAR(300),
    kind               VARCHAR(12)   CHECK (kind IN ('KLASIKAL', 'E_LEARNING', 'COACHING', 'MENTORING', 'SEMINAR')),
    jp                 INTEGER       NOT NULL CHECK (jp BETWEEN 1 AND 1000),
    status             VARCHAR(10)   NOT NULL DEFAULT 'ENROLLED' CHECK (status IN ('ENROLLED', 'COMPLETED', 'VERIFIED', 'REJECTED', 'CANCELLED')),
    enrolled_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    completed_on       DATE,
    certificate_key    VARCHAR(200),
    certificate_name   VARCHAR(255),
    certificate_type   VARCHAR(100),
    certificate_size   BIGINT,
    verified_by        VARCHAR(200),
    verified_at        TIMESTAMPTZ,
    rejection_reason   VARCHAR(1000),
    version            INTEGER       NOT NULL DEFAULT 0,
    CHECK (training_id IS NOT NULL OR (title IS NOT NULL AND kind IS NOT NULL))
);
CREATE INDEX training_enrolment_employee_idx ON training_enrolment (employee_id, status, completed_on);
CREATE INDEX training_enrolment_agency_idx ON training_enrolment (agency_id, status, completed_on);
CREATE UNIQUE INDEX training_enrolment_once_uq ON training_enrolment (training_id, employee_id)
    WHERE training_id IS NOT NULL AND status <> 'CANCELLED';

-- Individual development plan (IDP) for a year, proposed from gaps, agreed in a dialogue, followed to completion.
CREATE TABLE development_plan (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    employee_id    BIGINT        NOT NULL REFERENCES employee (id),
    year           INTEGER       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status         VARCHAR(10)   NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'AGREED', 'COMPLETED', 'CANCELLED')),
    dialogue_id    BIGINT,
    agreed_by      VARCHAR(200),
    agreed_at      TIMESTAMPTZ,
    completed_at   TIMESTAMPTZ,
    note           VARCHAR(2000),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (employee_id, year)
);

CREATE TABLE development_action (
    id              BIGSERIAL PRIMARY KEY,
    agency_id       BIGINT        NOT NULL REFERENCES agency (id),
    plan_id         BIGINT        NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    source          VARCHAR(16)   NOT NULL CHECK (source IN ('COMPETENCY_GAP', 'PERFORMANCE_GAP', 'COACHING', 'OTHER')),
    competency_id   BIGINT        REFERENCES competency (id),
    gap             INTEGER,
    reference       VARCHAR(500),
    description     VARCHAR(1000) NOT NULL,
    training_id     BIGINT        REFERENCES training (id),
    jp              INTEGER       CHECK (jp IS NULL OR jp BETWEEN 0 AND 1000),
    due_on          DATE,
    status          VARCHAR(8)    NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'DONE', 'DROPPED')),
    done_on         DATE,
    note            VARCHAR(1000),
    position        INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX development_action_plan_idx ON development_action (plan_id, position);

CREATE TABLE mentoring_pair (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    mentor_id    BIGINT        NOT NULL REFERENCES employee (id),
    mentee_id    BIGINT        NOT NULL REFERENCES employee (id),
    goal         VARCHAR(1000) NOT NULL,
    starts_on    DATE          NOT NULL,
    ends_on      DATE,
    status       VARCHAR(8)    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED')),
    outcome      VARCHAR(1000),
    created_by   VARCHAR(120)  NOT NULL,
    version      INTEGER       NOT NULL DEFAULT 0,
    CHECK (mentor_id <> mentee_id)
);
CREATE INDEX mentoring_pair_mentor_idx ON mentoring_pair (mentor_id, status);
CREATE INDEX mentoring_pair_mentee_idx ON mentoring_pair (mentee_id, status);

CREATE TABLE mentoring_session (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    pair_id      BIGINT        NOT NULL REFERENCES mentoring_pair (id) ON DELETE CASCADE,
    held_on      DATE          NOT NULL,
    minutes      INTEGER       NOT NULL CHECK (minutes BETWEEN 5 AND 1440),
    topic        VARCHAR(300)  NOT NULL,
    notes        VARCHAR(4000),
    recorded_by  VARCHAR(120)  NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX mentoring_session_pair_idx ON mentoring_session (pair_id, held_on);
