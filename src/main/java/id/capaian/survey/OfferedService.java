package id.capaian.survey;

/** A service a unit offers (KTP elektronik, akta kelahiran, poli umum): the respondent says which one they used. */
public record OfferedService(long id, String name, boolean active, int ordinal) {
}
