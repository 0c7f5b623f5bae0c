/**
 * Agencies (instansi, the tenants), the unit tree (unit kerja), positions (jabatan), employees (pegawai) and
 * reporting lines (atasan langsung, pejabat penilai).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package id.capaian.organisation;
