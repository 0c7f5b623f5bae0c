package id.capaian.development;

import java.time.LocalDate;

/** A training of the agency's catalogue that a development action may name (read from the catalogue table). */
public record CatalogueOffer(long id, String code, String title, String kind, int jp, Long competencyId,
        LocalDate startsOn) {
}
