package id.capaian.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The application's messages, with the texts that take no arguments remembered per language. The labels come from
 * 20 bundles (one per module), and Spring looks a code up in each bundle in turn until one has it: on a page of a few
 * hundred labels that was several per cent of the deadline-day load test's CPU. A text without arguments is the
 * bundle's text as it stands, so remembering it changes nothing; texts with arguments are formatted each time as
 * before. A message that does not exist is remembered as missing too, and still refused as Spring refuses it.
 */
final class RememberedMessages implements MessageSource {

    /** More codes and languages than the application has; past it (odd languages sent by clients) it starts again. */
    private static final int LIMIT = 50_000;

    private final MessageSource messages;
    private final Map<Locale, Map<String, Optional<String>>> remembered = new ConcurrentHashMap<>();

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
            return messages.getMessage(code, args, defaultMessage, locale);
        }
        return lookUp(code, locale).orElse(defaultMessage);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        if (!plain(code, args, locale)) {
            return messages.getMessage(code, args, locale);
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

    private Optional<String> lookUp(String code, Locale locale) {
        Map<String, Optional<String>> texts = remembered.get(locale);
        if (texts == null) {
            if (remembered.size() > 20) {
                remembered.clear();
            }
            texts = remembered.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        }
        Optional<String> text = texts.get(code);
        if (text == null) {
            text = Optional.ofNullable(messages.getMessage(code, null, null, locale));
            if (texts.size() >= LIMIT) {
                texts.clear();
            }
            texts.put(code, text);
        }
        return text;
    }
}
