package id.satudata.hub.catalog.registry.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers {@code GET /schemas/ids/{id}} for an id whose body is already rendered without going through Spring MVC:
 * every consumer of every topic asks it, so it is the registry's hottest read, and the bytes never change. Anything
 * else (another path, an id not read yet, a client that accepts only another content type) goes on to
 * {@link SchemaController}, which renders and keeps the body. Served this way, the request is not timed by the web
 * layer's {@code http.server.requests} metric.
 */
class SchemaByIdFastPath implements Filter {

    private final String prefix;
    private final SchemaBodies bodies;

    /** @param prefix the path up to the id, such as {@code /registry/schemas/ids/} */
    SchemaByIdFastPath(String prefix, SchemaBodies bodies) {
        this.prefix = prefix;
        this.bodies = bodies;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] body = cached((HttpServletRequest) request);
        if (body == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_OK);
        http.setContentType(RegistryMediaTypes.V1_JSON);
        http.setContentLength(body.length);
        http.getOutputStream().write(body);
    }

    private byte[] cached(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !acceptsV1(request.getHeader("Accept"))) {
            return null;
        }
        String uri = request.getRequestURI();
        if (!uri.startsWith(prefix) || uri.length() == prefix.length() || uri.length() - prefix.length() > 10) {
            return null;
        }
        long id = 0;
        for (int i = prefix.length(); i < uri.length(); i++) {
            char digit = uri.charAt(i);
            if (digit < '0' || digit > '9') {
                return null;
            }
            id = id * 10 + (digit - '0');
        }
        return id > Integer.MAX_VALUE ? null : bodies.cached((int) id);
    }

    /** No Accept header, a wildcard, or Confluent's own type: what Confluent clients and tools send. */
    private static boolean acceptsV1(String accept) {
        return accept == null || accept.contains("*/*") || accept.contains(RegistryMediaTypes.V1_JSON);
    }
}
