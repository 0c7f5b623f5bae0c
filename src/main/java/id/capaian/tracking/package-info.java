/**
 * Tracking: realisations of indicators per sub-period with evidence (realisasi, bukti dukung), daily progress,
 * the achievement of each indicator and result with how it was computed, and live monitoring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package id.capaian.tracking;
