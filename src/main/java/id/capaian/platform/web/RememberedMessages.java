package id.capaian.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The application's messages, with the texts that take no arguments remembered per language. The labels come from
 * 20 bundles (one per module), and Spring looks a code up in each bundle in turn until one has it: on a page of a few
 * hundred labels that was several per cent of the deadline-day load test's CPU. A text without arguments is the
 * bundle's text as it stands, so remembering it changes nothing. A text with arguments is parsed once into a
 * {@link MessageFormat} from that same text, as Spring parses it, and formatted each time (arguments that are
 * themselves messages to resolve are left to Spring). A message that does not exist is remembered as missing too,
 * and still refused or defaulted as Spring does it.
 */
final class RememberedMessages implements MessageSource {

    /** More codes and languages than the application has; past it (odd languages sent by clients) it starts again. */
    private static final int LIMIT = 50_000;

    private final MessageSource messages;
    private final Map<Locale, Map<String, Optional<String>>> remembered = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, Optional<MessageFormat>>> formats = new ConcurrentHashMap<>();

    RememberedMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Stands in for the context's {@code messageSource} bean. */
    static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName) && bean instanceof MessageSource m
                        && !(bean instanceof RememberedMessages) ? new RememberedMessages(m) : bean;
            }
        };
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        if (!plain(code, args, locale)) {
            String formatted = formatted(code, args, locale);
            return formatted != null ? formatted : messages.getMessage(code, args, defaultMessage, locale);
        }
        return lookUp(code, locale).orElse(defaultMessage);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        if (!plain(code, args, locale)) {
            String formatted = formatted(code, args, locale);
            return formatted != null ? formatted : messages.getMessage(code, args, locale);
        }
        return lookUp(code, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        return messages.getMessage(resolvable, locale);
    }

    private static boolean plain(String code, Object[] args, Locale locale) {
        return code != null && locale != null && (args == null || args.length == 0);
    }

    /**
     * The text with its arguments put in, or null when Spring is to do it: no code or language, an argument that is
     * a message to resolve, or a code that has no text.
     */
    private String formatted(String code, Object[] args, Locale locale) {
        if (code == null || locale == null || args == null) {
            return null;
        }
        for (Object arg : args) {
            if (arg instanceof MessageSourceResolvable) {
                return null;
            }
        }
        Optional<MessageFormat> format = remembered(formats, code, locale,
                () -> lookUp(code, locale).map(text -> new MessageFormat(text, locale)));
        if (format.isEmpty()) {
            return null;
        }
        MessageFormat f = format.get();
        synchronized (f) { // a MessageFormat is not safe for threads; Spring shares its own the same way
            return f.format(args);
        }
    }

    private Optional<String> lookUp(String code, Locale locale) {
        return remembered(remembered, code, locale, () -> Optional.ofNullable(messages.getMessage(code, null, null, locale)));
    }

    private static <T> Optional<T> remembered(Map<Locale, Map<String, Optional<T>>> store, String code, Locale locale,
            Supplier<Optional<T>> compute) {
        Map<String, Optional<T>> byCode = store.get(locale);
        if (byCode == null) {
            if (store.size() > 20) {
                store.clear();
            }
            byCode = store.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        }
        Optional<T> value = byCode.get(code);
        if (value == null) {
            value = compute.get();
            if (byCode.size() >= LIMIT) {
                byCode.clear();
            }
            byCode.put(code, value);
        }
        return value;
    }
}
