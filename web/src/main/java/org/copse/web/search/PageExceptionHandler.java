package org.copse.web.search;

import org.copse.index.InvalidQueryException;
import org.copse.index.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the HTML controllers: 404 for anything missing or not visible (the same page
 * either way), 400 for bad input, 503 when the index or database fails (details go to the log only).
 * It covers every controller of the application, so that a failing database makes any page fail
 * closed with a 503, never a 500 or a partial answer; the API's own handler, ordered first, answers
 * API calls with problem details instead.
 */
@ControllerAdvice(basePackages = "org.copse.web")
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return page("error/404", HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(InvalidQueryException.class)
  ModelAndView badInput(InvalidQueryException e) {
    return page("error/400", HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(StoreException.class)
  ModelAndView unavailable(StoreException e) {
    log.error("storage failure while serving a page", e);
    return page("error/503", HttpStatus.SERVICE_UNAVAILABLE, "Search is unavailable just now. Try again shortly.");
  }

  private static ModelAndView page(String template, HttpStatus status, String message) {
    ModelAndView view = new ModelAndView(template);
    view.setStatus(status);
    view.addObject("message", message);
    return view;
  }
}
