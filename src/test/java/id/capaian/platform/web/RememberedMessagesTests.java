package id.capaian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

class RememberedMessagesTests {

    static final Locale ID = Locale.forLanguageTag("id");

    /** Counts how often a text is looked up in the bundles. */
    static final class Counted extends StaticMessageSource {
        int lookUps;

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            lookUps++;
            return super.resolveCodeWithoutArguments(code, locale);
        }

        @Override
        protected java.text.MessageFormat resolveCode(String code, Locale locale) {
            lookUps++;
            return super.resolveCode(code, locale);
        }
    }

    final Counted bundles = new Counted();
    final RememberedMessages messages = new RememberedMessages(bundles);

    RememberedMessagesTests() {
        bundles.addMessage("nav.results", ID, "Hasil Kinerja");
        bundles.addMessage("nav.results", Locale.ENGLISH, "Performance results");
        bundles.addMessage("feedback.count", ID, "{0} umpan balik");
        bundles.addMessage("plan.of", ID, "SKP ''{0}'' tahun {1,number,#}");
        bundles.addMessage("plan.status", ID, "Status: {0}");
        bundles.addMessage("status.APPROVED", ID, "Disetujui");
    }

    @Test
    void aTextWithoutArgumentsIsLookedUpOncePerLanguage() {
        assertThat(messages.getMessage("nav.results", null, ID)).isEqualTo("Hasil Kinerja");
        assertThat(messages.getMessage("nav.results", new Object[0], ID)).isEqualTo("Hasil Kinerja");
        assertThat(messages.getMessage("nav.results", null, "default", ID)).isEqualTo("Hasil Kinerja");
        assertThat(bundles.lookUps).isEqualTo(1);
        assertThat(messages.getMessage("nav.results", null, Locale.ENGLISH)).isEqualTo("Performance results");
        assertThat(bundles.lookUps).isEqualTo(2);
    }

    @Test
    void aMissingTextIsStillRefusedOrDefaulted() {
        assertThatThrownBy(() -> messages.getMessage("no.such.code", null, ID)).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> messages.getMessage("no.such.code", null, ID)).isInstanceOf(NoSuchMessageException.class);
        assertThat(messages.getMessage("no.such.code", null, "Bawaan", ID)).isEqualTo("Bawaan");
        assertThat(bundles.lookUps).isEqualTo(1);
    }

    @Test
    void aTextWithArgumentsIsLookedUpOnceAndFormattedEachTime() {
        assertThat(messages.getMessage("plan.of", new Object[] {"Ani", 2026}, ID)).isEqualTo("SKP 'Ani' tahun 2026");
        assertThat(messages.getMessage("plan.of", new Object[] {"Budi", 2027}, "x", ID)).isEqualTo("SKP 'Budi' tahun 2027");
        assertThat(bundles.lookUps).isEqualTo(1);
        // the same as Spring formats it
        assertThat(messages.getMessage("plan.of", new Object[] {"Ani", 2026}, ID))
                .isEqualTo(bundles.getMessage("plan.of", new Object[] {"Ani", 2026}, ID));
        // an argument that is a message itself is resolved by Spring, as before
        assertThat(messages.getMessage("plan.status", new Object[] {new DefaultMessageSourceResolvable("status.APPROVED")}, ID))
                .isEqualTo("Status: Disetujui");
        // a missing text with arguments: refused, or the default
        assertThatThrownBy(() -> messages.getMessage("no.such.code", new Object[] {1}, ID)).isInstanceOf(NoSuchMessageException.class);
        assertThat(messages.getMessage("no.such.code", new Object[] {1}, "Bawaan", ID)).isEqualTo("Bawaan");
    }

    @Test
    void textsWithArgumentsAreFormattedEachTime() {
        assertThat(messages.getMessage("feedback.count", new Object[] {3}, ID)).isEqualTo("3 umpan balik");
        assertThat(messages.getMessage("feedback.count", new Object[] {4}, ID)).isEqualTo("4 umpan balik");
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"feedback.count"}, new Object[] {5}), ID))
                .isEqualTo("5 umpan balik");
    }
}
