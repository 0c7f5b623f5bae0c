package id.capaian.organisation;

/** Level (jenjang) of a functional position: skill levels (keterampilan) and expert levels (keahlian). */
public enum JfLevel { PEMULA, TERAMPIL, MAHIR, PENYELIA, AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA }
