package id.capaian.platform.web;

import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the web pages: a translated page that says what happened and where to go next. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
public class WebExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        response.setStatus(404);
        return page("error.notFound.title", "error.notFound.page", e.entity());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletResponse response) {
        response.setStatus(403);
        return page("error.forbidden.title", "error.forbidden", null);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ModelAndView conflict(ConcurrentChangeException e, HttpServletResponse response) {
        response.setStatus(409);
        return page("error.conflict.title", "error.conflict", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
        response.setStatus(413);
        return page("error.tooLarge.title", "error.tooLarge", null);
    }

    private static ModelAndView page(String title, String message, String arg) {
        ModelAndView mav = new ModelAndView("error/problem");
        mav.addObject("titleKey", title);
        mav.addObject("messageKey", message);
        mav.addObject("messageArg", arg);
        return mav;
    }
}
