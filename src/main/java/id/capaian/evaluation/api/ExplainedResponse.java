package id.capaian.evaluation.api;

import id.capaian.evaluation.Explained;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A figure with the rule that produced it: a stable code, and the explanation in the caller's language. */
@Schema(name = "ExplainedValue", description = "A value with the rule that produced it")
public record ExplainedResponse(@Schema(description = "The value; null when there is none") Object value,
        @Schema(description = "The rule's stable code", example = "evaluation.rule.result.above") String rule,
        @Schema(description = "The rule with its numbers, in the language of Accept-Language") String explanation) {

    static ExplainedResponse of(Explained<?> x, MessageSource messages, Locale locale) {
        if (x == null) {
            return null;
        }
        return new ExplainedResponse(x.value(), x.rule(), messages.getMessage(x.rule(), x.args(), x.rule(), locale));
    }
}
