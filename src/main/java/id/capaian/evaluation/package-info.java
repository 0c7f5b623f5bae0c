/**
 * Evaluation (evaluasi kinerja) and its follow-up: periodic and annual evaluation of each SKP by the appraiser
 * (result rating suggested from the achievement figures, BerAKHLAK behaviour ratings, the predikat matrix), 360
 * input from peers and subordinates, the unit's grade and distribution curve with calibration, finalising,
 * objections (keberatan), documents, functional credit points, the results board, recognition of high
 * performers and coaching plans (pembinaan) for those below expectation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package id.capaian.evaluation;
