package org.metrolex.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metrolex.platform.scope.Role;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role × every endpoint: allowed or refused. "Refused" is 401/403, or for pages a redirect to
 * the login page; "allowed" is anything else below 500 (a 400 for the deliberately empty bodies of
 * writes, or a 404 for ids that do not exist, means the caller passed the gate). Which rows an allowed
 * caller then sees is data scope, tested per module. A new endpoint missing from this table fails
 * {@link #theMatrixCoversEveryEndpoint}.
 */
@MetrolexIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    /** Column order of the access strings: Y allowed, - refused. */
    private static final Role[] ROLES = {Role.PUBLIC, Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.COUNTY_OFFICER,
            Role.INSTITUTION_STAFF, Role.ENTERPRISE_USER};

    // endpoint                                         | concrete path                          | P A C O I E
    private static final String MATRIX = """
            GET /                                          | /                                      | YYYYYY
            GET /login                                     | /login                                 | YYYYYY
            GET /public/institutions                       | /public/institutions                   | YYYYYY
            GET /api/public/institutions                   | /api/public/institutions               | YYYYYY
            GET /api/regions                               | /api/regions                           | YYYYYY
            GET /api/regions/{code}                        | /api/regions/130100                    | YYYYYY
            GET /api/calendar/working-day                  | /api/calendar/working-day?date=2026-10-08 | YYYYYY
            GET /api/calendar/add-working-days             | /api/calendar/add-working-days?start=2026-09-30&days=3 | YYYYYY
            GET /api/calendar/working-days-between         | /api/calendar/working-days-between?from=2026-01-01&to=2026-02-28 | YYYYYY
            GET /calendar                                  | /calendar                              | -YYYYY
            GET /regions                                   | /regions                               | -YYY--
            GET /admin/accounts                            | /admin/accounts                        | -Y----
            POST /admin/accounts/tokens                    | /admin/accounts/tokens                 | -Y----
            POST /admin/accounts/{id:\\d+}/unlock          | /admin/accounts/{none}/unlock          | -Y----
            GET /admin/audit                               | /admin/audit                           | -Y----
            GET /admin/audit/verify                        | /admin/audit/verify                    | -Y----
            GET /api/accounts                              | /api/accounts                          | -Y----
            POST /api/accounts/{id:\\d+}/tokens            | /api/accounts/{none}/tokens            | -Y----
            POST /api/accounts/{id:\\d+}/unlock            | /api/accounts/{none}/unlock            | -Y----
            GET /api/audit/entries                         | /api/audit/entries                     | -Y----
            GET /api/audit/verify                          | /api/audit/verify                      | -Y----
            GET /admin/rule-editions                       | /admin/rule-editions                   | -Y----
            POST /admin/rule-editions                      | /admin/rule-editions                   | -Y----
            GET /api/rule-editions                         | /api/rule-editions                     | -Y----
            POST /api/rule-editions                        | /api/rule-editions                     | -Y----
            GET /api/rule-editions/loads/{id:\\d+}/file   | /api/rule-editions/loads/{none}/file   | -Y----
            GET /api/enterprises                           | /api/enterprises                       | -YYY-Y
            GET /api/enterprises/{id:\\d+}                 | /api/enterprises/{enterprise}          | -YYY-Y
            GET /api/enterprises/export                    | /api/enterprises/export                | -YYY-Y
            POST /api/enterprises                          | /api/enterprises                       | -YYY--
            POST /api/enterprises/import                   | /api/enterprises/import                | -YYY--
            PUT /api/enterprises/{id:\\d+}                 | /api/enterprises/{none}                | -YYY--
            POST /api/enterprises/{id:\\d+}/activate       | /api/enterprises/{none}/activate       | -YYY--
            POST /api/enterprises/{id:\\d+}/deactivate     | /api/enterprises/{none}/deactivate     | -YYY--
            GET /enterprises                               | /enterprises                           | -YYY-Y
            GET /enterprises/{id:\\d+}                     | /enterprises/{enterprise}              | -YYY-Y
            GET /enterprises/export                        | /enterprises/export                    | -YYY-Y
            GET /enterprises/new                           | /enterprises/new                       | -YYY--
            POST /enterprises/new                          | /enterprises/new                       | -YYY--
            GET /enterprises/{id:\\d+}/edit                | /enterprises/{enterprise}/edit         | -YYY--
            POST /enterprises/{id:\\d+}/edit               | /enterprises/{none}/edit               | -YYY--
            POST /enterprises/{id:\\d+}/active             | /enterprises/{none}/active?active=false | -YYY--
            GET /enterprises/import                        | /enterprises/import                    | -YYY--
            POST /enterprises/import                       | /enterprises/import                    | -YYY--
            GET /api/institutions                          | /api/institutions                      | -YYYY-
            GET /api/institutions/{id:\\d+}                | /api/institutions/{institution}        | -YYYY-
            POST /api/institutions                         | /api/institutions                      | -YY---
            PUT /api/institutions/{id:\\d+}                | /api/institutions/{none}               | -YY---
            POST /api/institutions/{id:\\d+}/activate      | /api/institutions/{none}/activate      | -YY---
            POST /api/institutions/{id:\\d+}/deactivate    | /api/institutions/{none}/deactivate    | -YY---
            POST /api/institutions/{id:\\d+}/authorizations | /api/institutions/{none}/authorizations | -YY---
            GET /institutions                              | /institutions                          | -YYYY-
            GET /institutions/{id:\\d+}                    | /institutions/{institution}            | -YYYY-
            GET /institutions/new                          | /institutions/new                      | -YY---
            POST /institutions/new                         | /institutions/new                      | -YY---
            GET /institutions/{id:\\d+}/edit               | /institutions/{institution}/edit       | -YY---
            POST /institutions/{id:\\d+}/edit              | /institutions/{none}/edit              | -YY---
            POST /institutions/{id:\\d+}/active            | /institutions/{none}/active?active=false | -YY---
            POST /institutions/{id:\\d+}/authorizations    | /institutions/{none}/authorizations    | -YY---
            GET /api/people                                | /api/people                            | -YYYY-
            GET /api/people/{id:\\d+}                      | /api/people/{person}                   | -YYYY-
            POST /api/people                               | /api/people                            | -YYY--
            PUT /api/people/{id:\\d+}                      | /api/people/{none}                     | -YYY--
            POST /api/people/{id:\\d+}/activate            | /api/people/{none}/activate            | -YYY--
            POST /api/people/{id:\\d+}/deactivate          | /api/people/{none}/deactivate          | -YYY--
            POST /api/people/{id:\\d+}/qualifications      | /api/people/{none}/qualifications      | -YYY--
            GET /people                                    | /people                                | -YYYY-
            GET /people/{id:\\d+}                          | /people/{person}                       | -YYYY-
            GET /people/new                                | /people/new                            | -YYY--
            POST /people/new                               | /people/new                            | -YYY--
            GET /people/{id:\\d+}/edit                     | /people/{person}/edit                  | -YYY--
            POST /people/{id:\\d+}/edit                    | /people/{none}/edit                    | -YYY--
            POST /people/{id:\\d+}/active                  | /people/{none}/active?active=false     | -YYY--
            POST /people/{id:\\d+}/qualifications          | /people/{none}/qualifications          | -YYY--
            GET /api/instrument-categories                 | /api/instrument-categories             | -YYYYY
            GET /api/public/instruments/{qrToken}          | /api/public/instruments/{qr}           | YYYYYY
            GET /public/instruments/{qrToken}              | /public/instruments/{qr}               | YYYYYY
            GET /api/instruments                           | /api/instruments                       | -YYY-Y
            GET /api/instruments/{id:\\d+}                 | /api/instruments/{instrument}          | -YYY-Y
            POST /api/instruments                          | /api/instruments                       | -YYY-Y
            PUT /api/instruments/{id:\\d+}                 | /api/instruments/{instrument}          | -YYY-Y
            POST /api/instruments/{id:\\d+}/status         | /api/instruments/{instrument}/status   | -YYY-Y
            GET /instruments                               | /instruments                           | -YYY-Y
            GET /api/verifications                         | /api/verifications                     | -YYYYY
            GET /api/verifications/{id:\\d+}             | /api/verifications/{none}              | -YYYYY
            POST /api/verifications                        | /api/verifications                     | -YYY-Y
            POST /api/verifications/{id:\\d+}/assign     | /api/verifications/{none}/assign       | -YYY-Y
            POST /api/verifications/{id:\\d+}/readings   | /api/verifications/{none}/readings     | ----Y-
            POST /api/verifications/{id:\\d+}/issue      | /api/verifications/{none}/issue        | ----Y-
            GET /api/verifications/{id:\\d+}/redecision  | /api/verifications/{none}/redecision   | -YYY--
            POST /api/verifications/{id:\\d+}/redecide   | /api/verifications/{none}/redecide     | -YYY--
            POST /api/certificates/{id:\\d+}/revoke      | /api/certificates/{none}/revoke        | -YYYY-
            GET /api/certificates/{id:\\d+}/pdf          | /api/certificates/{none}/pdf           | -YYYYY
            GET /api/certificates/{id:\\d+}/xml          | /api/certificates/{none}/xml           | -YYYYY
            GET /api/public/certificates/{number}          | /api/public/certificates/NO-SUCH-1     | YYYYYY
            POST /api/public/certificates/verify-signature | /api/public/certificates/verify-signature | YYYYYY
            GET /public/certificates/{number}              | /public/certificates/NO-SUCH-1         | YYYYYY
            GET /public/certificates/verify                | /public/certificates/verify            | YYYYYY
            POST /public/certificates/verify               | /public/certificates/verify            | YYYYYY
            GET /verifications                             | /verifications                         | -YYYYY
            GET /verifications/{id:\\d+}                 | /verifications/{none}                  | -YYYYY
            POST /verifications/{id:\\d+}/issue          | /verifications/{none}/issue            | ----Y-
            POST /verifications/{id:\\d+}/revoke         | /verifications/{none}/revoke           | -YYYY-
            POST /verifications/{id:\\d+}/redecide       | /verifications/{none}/redecide?confirm=yes | -YYY--
            GET /overdue                                   | /overdue                               | -YYY-Y
            GET /api/overdue                               | /api/overdue                           | -YYY-Y
            GET /api/measurement-standards                 | /api/measurement-standards             | -YYYY-
            GET /api/measurement-standards/{id:\\d+}       | /api/measurement-standards/{none}      | -YYYY-
            POST /api/measurement-standards                | /api/measurement-standards             | -YYYY-
            POST /api/instruments/import                   | /api/instruments/import                | -YYY-Y
            GET /instruments/import                        | /instruments/import                    | -YYY-Y
            POST /instruments/import                       | /instruments/import                    | -YYY-Y
            GET /instruments/{id:\\d+}                     | /instruments/{instrument}              | -YYY-Y
            GET /instruments/new                           | /instruments/new                       | -YYY-Y
            POST /instruments/new                          | /instruments/new                       | -YYY-Y
            GET /instruments/{id:\\d+}/edit                | /instruments/{instrument}/edit         | -YYY-Y
            POST /instruments/{id:\\d+}/edit               | /instruments/{none}/edit               | -YYY-Y
            POST /instruments/{id:\\d+}/status             | /instruments/{none}/status?change=SUSPEND | -YYY-Y
            """;

    record Row(String endpoint, String path, Map<Role, Boolean> allowed) {
    }

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    private final Map<String, String> ids = new LinkedHashMap<>();

    /**
     * The rows above, then the rows of every module's own file in
     * {@code src/test/resources/authorization-matrix/*.txt} (same format; blank lines and lines
     * starting with {@code #} are skipped), so modules built in parallel do not edit one table.
     */
    static List<Row> rows() {
        List<String> lines = new ArrayList<>(List.of(MATRIX.strip().split("\n")));
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            var files = resolver.getResources("classpath*:authorization-matrix/*.txt");
            java.util.Arrays.sort(files, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (var file : files) {
                for (String line : file.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) {
                        lines.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\\|");
            String access = f[2].strip();
            Map<Role, Boolean> allowed = new EnumMap<>(Role.class);
            for (int i = 0; i < ROLES.length; i++) {
                allowed.put(ROLES[i], access.charAt(i) == 'Y');
            }
            rows.add(new Row(f[0].strip().replace("\\\\", "\\"), f[1].strip(), allowed));
        }
        return rows;
    }

    static Stream<Arguments> cases() {
        return rows().stream().flatMap(r -> Stream.of(ROLES).map(role -> Arguments.of(r.endpoint(), role, r)));
    }

    @BeforeAll
    void sampleIds() {
        var enterpriseUser = TestLogins.principal(identity, Role.ENTERPRISE_USER);
        var institutionUser = TestLogins.principal(identity, Role.INSTITUTION_STAFF);
        ids.put("{enterprise}", String.valueOf(enterpriseUser.partyId()));
        ids.put("{institution}", String.valueOf(institutionUser.partyId()));
        ids.put("{person}", String.valueOf(jdbc.queryForObject(
                "select min(id) from person where institution_id = ?", Long.class, institutionUser.partyId())));
        ids.put("{none}", "999999");
        // an instrument of the enterprise user, in the county officer's 长安区: every reader may open it
        ids.put("{instrument}", String.valueOf(jdbc.queryForObject(
                "select min(id) from instrument where owner_enterprise_id = ?", Long.class, enterpriseUser.partyId())));
        ids.put("{qr}", jdbc.queryForObject("select qr_token from instrument where id = ?", String.class,
                Long.valueOf(ids.get("{instrument}"))));
    }

    @Test
    void theMatrixCoversEveryEndpoint() {
        var inMatrix = rows().stream().map(Row::endpoint).toList();
        assertThat(inMatrix).doesNotHaveDuplicates();
        assertThat(inMatrix).containsExactlyInAnyOrderElementsOf(EndpointList.of(mapping));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachRoleIsAllowedOrRefusedAsTheMatrixSays(String endpoint, Role role, Row row) throws Exception {
        MockHttpServletResponse response = mvc.perform(build(endpoint, row.path()).with(TestLogins.as(identity, role)))
                .andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean refused = status == 401 || status == 403
                || (status == 302 && location != null && location.endsWith("/login"));
        if (row.allowed().get(role)) {
            assertThat(refused).as("%s as %s should be allowed, got %d %s", endpoint, role, status, location).isFalse();
            assertThat(status).as("%s as %s answered %d: %s", endpoint, role, status, response.getContentAsString()).isLessThan(500);
        } else {
            assertThat(refused).as("%s as %s should be refused, got %d", endpoint, role, status).isTrue();
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> build(String endpoint, String pathTemplate) {
        String path = pathTemplate;
        for (var e : ids.entrySet()) {
            path = path.replace(e.getKey(), e.getValue());
        }
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        boolean api = path.startsWith("/api/");
        AbstractMockHttpServletRequestBuilder<?> b;
        if (path.endsWith("/import") && method == HttpMethod.POST) {
            b = multipart(path).file(new MockMultipartFile("file", "empty.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[0]));
        } else {
            var plain = request(method, path);
            if (api && method != HttpMethod.GET) {
                // An empty object: allowed callers get a 400 naming the missing fields, nothing is written.
                plain.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            b = plain;
        }
        b.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (method != HttpMethod.GET) {
            b.with(csrf());
        }
        return b;
    }
}
