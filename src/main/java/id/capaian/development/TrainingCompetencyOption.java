package id.capaian.development;

/** A competency a training may develop, for the catalogue form's picker. */
public record TrainingCompetencyOption(long id, String code, String name, String kind) {
}
