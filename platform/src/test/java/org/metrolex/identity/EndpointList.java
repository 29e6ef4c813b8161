package org.metrolex.identity;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint the platform's own controllers map, as "METHOD /pattern". */
final class EndpointList {

    static Set<String> of(RequestMappingHandlerMapping mapping) {
        Set<String> out = new TreeSet<>();
        for (var e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.metrolex")) {
                continue;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    out.add("ANY " + pattern);
                }
                methods.forEach(m -> out.add(m.name() + " " + pattern));
            }
        }
        return out;
    }

    private EndpointList() {
    }
}
