package org.copse.web.security;

import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method's {@link AccessScope} parameter the signed-in viewer's scope, read
 * from the {@link Directory} on every request and never cached, so a revoked membership takes
 * effect on the viewer's next request. An anonymous viewer reads nothing.
 */
@Component
class ViewerScopeResolver implements HandlerMethodArgumentResolver {
  /** The viewer id of a scope for someone not signed in. */
  static final String ANONYMOUS = "anonymous";

  private final Directory directory;

  ViewerScopeResolver(Directory directory) {
    this.directory = directory;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(AccessScope.class);
  }

  @Override
  public AccessScope resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
      NativeWebRequest request, WebDataBinderFactory binderFactory) {
    Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
    if (viewer == null || !viewer.isAuthenticated() || viewer instanceof AnonymousAuthenticationToken) {
      return AccessScope.of(ANONYMOUS);
    }
    return directory.scopeFor(viewer.getName());
  }
}
