package org.metrolex.platform.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What the common layout needs on every page: the message bundle in the user's language, who is
 * logged in and where, the navigation for the user's role, and the CSRF token for forms.
 */
public final class PageContext {

    /**
     * One entry of the top navigation: a link ({@code href} set, no children) or a group shown as a
     * dropdown ({@code href} null, its links in {@code children}). A group is active when the page
     * belongs to it; a link when it is the page's own entry.
     */
    public record NavItem(String labelKey, String href, boolean active, List<NavItem> children) {

        public NavItem(String labelKey, String href, boolean active) {
            this(labelKey, href, active, List.of());
        }

        public NavItem {
            children = List.copyOf(children);
        }

        public boolean group() {
            return !children.isEmpty();
        }

        /** An id for the group's toggle, from its message key ("nav.group.verification" → "nav-group-verification"). */
        public String domId() {
            return labelKey.replace('.', '-');
        }
    }

    private final MessageSource messages;
    private final Locale locale;
    private final String path;
    private final String userName;
    private final String roleKey;
    private final String regionName;
    private final List<NavItem> nav;
    private final String csrfParameter;
    private final String csrfToken;

    public PageContext(MessageSource messages, Locale locale, String path, String userName, String roleKey,
                       String regionName, List<NavItem> nav, String csrfParameter, String csrfToken) {
        this.messages = messages;
        this.locale = locale;
        this.path = path;
        this.userName = userName;
        this.roleKey = roleKey;
        this.regionName = regionName;
        this.nav = nav;
        this.csrfParameter = csrfParameter;
        this.csrfToken = csrfToken;
    }

    /** The message for a key in the page's language; the key itself if the bundle lacks it. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The label of an enum value in the page's language, from the bundles ({@code label.<type>.<constant>}):
     * one way for every page to name a status, kind or type, instead of each enum carrying its own texts.
     */
    public String label(Enum<?> value) {
        return value == null ? "" : t(org.metrolex.platform.text.Labels.key(value));
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    public String lang() {
        return english() ? "en" : "zh-CN";
    }

    public String path() {
        return path;
    }

    public boolean loggedIn() {
        return userName != null;
    }

    public String userName() {
        return userName;
    }

    public String roleLabel() {
        return roleKey == null ? "" : t(roleKey);
    }

    public String regionName() {
        return regionName;
    }

    public List<NavItem> nav() {
        return nav;
    }

    public String csrfParameter() {
        return csrfParameter;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The same page in the other language. */
    public String switchLanguageHref() {
        return "?lang=" + (english() ? "zh_CN" : "en");
    }
}
