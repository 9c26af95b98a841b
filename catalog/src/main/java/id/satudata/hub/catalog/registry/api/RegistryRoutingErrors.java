package id.satudata.hub.catalog.registry.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers requests under the registry's path that match no endpoint (unknown path, wrong method, unsupported content
 * type) in Confluent's body, {@code {"error_code": 405, "message": "HTTP 405 Method Not Allowed"}}. Such failures
 * happen before a controller is chosen, so {@link RegistryErrorHandler} never sees them; failures of a controller
 * are its, and other paths are left alone.
 */
class RegistryRoutingErrors implements HandlerExceptionResolver, Ordered {

    private final String basePath;
    private final RegistryJson json;

    RegistryRoutingErrors(@Value(RegistryMediaTypes.BASE_PATH) String basePath, RegistryJson json) {
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (handler instanceof HandlerMethod
                || !(failure instanceof ErrorResponse refused)
                || !request.getRequestURI().startsWith(basePath)) {
            return null;
        }
        int status = refused.getStatusCode().value();
        HttpStatus known = HttpStatus.resolve(status);
        String message = "HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase());
        try {
            refused.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setStatus(status);
            response.setContentType(RegistryMediaTypes.V1_JSON);
            response.getOutputStream().write(json.write(new RegistryErrorHandler.ErrorBody(status, message)));
            return new ModelAndView();
        } catch (IOException unwritable) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
