package org.copse.web.api;

import org.copse.index.InvalidQueryException;
import org.copse.index.StoreException;
import org.copse.web.search.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the API: 400 naming the bad parameter, 404 for anything missing or
 * not visible (the same answer either way), 503 when storage fails (details go to the log only).
 */
@RestControllerAdvice(assignableTypes = {SearchApiController.class, ExpertsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidQueryException.class)
  ProblemDetail badInput(InvalidQueryException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid parameter: " + e.parameter());
    problem.setProperty("parameter", e.parameter());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(StoreException.class)
  ProblemDetail unavailable(StoreException e) {
    log.error("storage failure while answering the API", e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "Search is unavailable just now. Try again shortly.");
  }
}
