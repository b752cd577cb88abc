package org.copse.web.facilitation.app;

import org.copse.index.InvalidQueryException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors of facilitation's pages (an error page) and API (RFC 9457 problem details): 404, 403, 400. */
final class FacilitationErrors {
  private FacilitationErrors() {}

  /**
   * The facilitation pages. Selectors of one advice are ORed, so naming the classes is what keeps
   * these handlers off the rest of the application's controllers (issue #8).
   */
  @ControllerAdvice(assignableTypes = {CommunityPagesController.class, MemberPagesController.class,
      OrganisationPagesController.class})
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  static class Pages {
    @ExceptionHandler(Guard.NotFound.class)
    ModelAndView notFound(Guard.NotFound e) {
      return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Guard.Forbidden.class)
    ModelAndView forbidden(Guard.Forbidden e) {
      return page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({InvalidQueryException.class, IllegalArgumentException.class})
    ModelAndView badInput(RuntimeException e) {
      return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String message) {
      ModelAndView view = new ModelAndView("facilitation/error");
      view.setStatus(status);
      view.addObject("status", status.value());
      view.addObject("title", status.getReasonPhrase());
      view.addObject("message", message);
      return view;
    }
  }

  @ControllerAdvice(assignableTypes = FacilitationApiController.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Api {
    @ExceptionHandler(Guard.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(Guard.NotFound e) {
      return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Guard.Forbidden.class)
    ResponseEntity<ProblemDetail> forbidden(Guard.Forbidden e) {
      return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({InvalidQueryException.class, IllegalArgumentException.class})
    ResponseEntity<ProblemDetail> badInput(RuntimeException e) {
      return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
      return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
    }
  }
}
