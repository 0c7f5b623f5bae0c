package id.capaian.survey.web;

import id.capaian.survey.Survey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full address of a survey's public page, as printed on the poster and in its QR code: under
 * {@code capaian.survey.public-base-url} when set (the address citizens reach, e.g. https://capaian.siantarkota.go.id),
 * otherwise under the address of the current request.
 */
@Component
class PublicLinks {

    private final String base;

    PublicLinks(@Value("${capaian.survey.public-base-url:}") String base) {
        this.base = base == null ? "" : base.strip().replaceAll("/+$", "");
    }

    String url(Survey survey) {
        String root = base.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : base;
        return root + survey.publicPath();
    }
}
