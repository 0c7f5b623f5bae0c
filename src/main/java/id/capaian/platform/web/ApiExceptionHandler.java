package id.capaian.platform.web;

import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of {@code /api/v1} as RFC 9457 problem details, translated by {@code Accept-Language}; validation
 * problems list every field with its code and message.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(0)
public class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("error.validation", null, locale));
        pd.setTitle(messages.getMessage("error.validation.title", null, locale));
        List<Map<String, Object>> errors = e.problems().stream().map(p -> Map.<String, Object>of(
                "field", p.field(), "code", p.code(),
                "message", messages.getMessage(p.code(), p.args().toArray(), p.code(), locale))).toList();
        pd.setProperty("errors", errors);
        return pd;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage("error.notFound",
                new Object[] {messages.getMessage(e.entity(), null, e.entity(), locale)}, locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.unreadable", null, LocaleContextHolder.getLocale()));
    }
}
