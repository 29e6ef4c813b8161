package org.metrolex.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A form posted as a browser does it: the POST must answer with a redirect (post, then redirect, also
 * when the input is refused), and the page it leads to is read with the flash attributes and the
 * language cookie the POST left behind.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /** The page shown after posting {@code post}, read as {@code login}. */
    public static String submit(MockMvc mvc, RequestBuilder post, RequestPostProcessor login) throws Exception {
        var posted = mvc.perform(post).andExpect(status().is3xxRedirection()).andReturn();
        String url = posted.getResponse().getRedirectedUrl();
        assertThat(url).as("a form post redirects").isNotNull();
        var next = get(url).flashAttrs(posted.getFlashMap()).with(login);
        if (posted.getResponse().getCookies().length > 0) {
            next = next.cookie(posted.getResponse().getCookies());
        }
        return mvc.perform(next).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
