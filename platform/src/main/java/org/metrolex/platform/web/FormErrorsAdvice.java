package org.metrolex.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page has {@code errors}: the ones a failed form brought back through the redirect (a flash
 * attribute, which Spring puts in the model first and this advice then leaves alone), or none.
 */
@ControllerAdvice(annotations = PageController.class)
class FormErrorsAdvice {

    @ModelAttribute(FormErrors.ATTRIBUTE)
    FormErrors errors() {
        return FormErrors.none();
    }
}
