package org.metrolex.prepackaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.metrology.prepackage.SampleSelection;
import org.metrolex.platform.scope.Role;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lot decisions through the whole path, over REST as the county officer: register the lot (sample size
 * and package numbers drawn by metrology-core from a seed), enter the readings (net, average tare or
 * tare per package), read the decision with its reasons and rule edition, download the PDF report and
 * read it. RULES.md §1 worked example, and lots that fail on the mean and on a T2 defect.
 */
@MetrolexIntegrationTest
class LotInspectionPathIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | date       | N   | data          | tare         | accepted | T1 | T2 | mean | limit     | edition       | unverified
            RULES.md §1 worked example      | 2020-06-15 | 300 | self-check    | NET          | true     | 1  | 0  | PASS | 498.7599  | JJF 1070-2005 | false
            worked example, average tare    | 2020-06-15 | 300 | self-check    | AVERAGE_TARE | true     | 1  | 0  | PASS | 498.7599  | JJF 1070-2005 | false
            worked example, tare per package| 2020-06-15 | 300 | self-check    | PER_PACKAGE  | true     | 1  | 0  | PASS | 498.7599  | JJF 1070-2005 | false
            worked example under 2023 rules | 2025-03-01 | 300 | self-check    | NET          | true     | 1  | 0  | PASS | 498.7599  | JJF 1070-2023 | true
            fails on the mean               | 2020-06-15 | 300 | fails-on-mean | NET          | false    | 0  | 0  | FAIL | 499.6172  | JJF 1070-2005 | false
            fails on one T2 package         | 2020-06-15 | 300 | fails-on-t2   | NET          | false    | 0  | 1  | PASS | 498.2848  | JJF 1070-2005 | false
            lot of 8: every package, no mean| 2020-06-15 | 8   | good-8        | NET          | true     | 0  | 0  | NOT_APPLICABLE |  | JJF 1070-2005 | false
            """)
    void entryDecisionReport(String name, String date, int lotSize, String data, String tare, boolean accepted, int t1, int t2,
                             String meanOutcome, String limit, String edition, boolean unverified) throws Exception {
        long producer = TestLogins.principal(identity, Role.ENTERPRISE_USER).partyId();
        var county = TestLogins.as(identity, Role.COUNTY_OFFICER);

        // 1. register: n and the package numbers come from metrology-core, reproducible from the stored seed
        Map<String, Object> newLot = new LinkedHashMap<>();
        newLot.put("producerId", producer);
        newLot.put("productName", "全脂奶粉（" + name + "）");
        newLot.put("nominalValue", 500);
        newLot.put("nominalUnit", "g");
        newLot.put("lotSize", lotSize);
        newLot.put("inspectionDate", date);
        JsonNode lot = json.readTree(mvc.perform(post("/api/prepackaged/lots").with(county).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(newLot)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long id = lot.get("id").asLong();
        long seed = lot.get("sampleSeed").asLong();
        List<Integer> numbers = new ArrayList<>();
        lot.get("sampleNumbers").forEach(n -> numbers.add(n.asInt()));
        List<BigDecimal> net = PrepackagedFixtures.dataset(data);
        assertThat(numbers).hasSize(net.size());
        assertThat(numbers.stream().mapToInt(Integer::intValue).toArray()).isEqualTo(SampleSelection.choose(lotSize, net.size(), seed));

        // 2. readings of the drawn packages, gross/tare as the case says
        BigDecimal packaging = new BigDecimal("12.5");
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("packageNumber", numbers.get(i));
            switch (tare) {
                case "NET" -> r.put("net", net.get(i));
                case "AVERAGE_TARE" -> r.put("gross", net.get(i).add(packaging));
                default -> {
                    BigDecimal own = packaging.add(new BigDecimal(i % 3).movePointLeft(1));
                    r.put("gross", net.get(i).add(own));
                    r.put("tare", own);
                }
            }
            readings.add(r);
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("tareMode", tare);
        form.put("averageTare", "AVERAGE_TARE".equals(tare) ? packaging : null);
        form.put("readings", readings);
        mvc.perform(put("/api/prepackaged/lots/" + id + "/readings").with(county).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form))).andExpect(status().isOk());

        // 3. the decision, its reasons and the edition that made it
        JsonNode detail = json.readTree(mvc.perform(get("/api/prepackaged/lots/" + id).with(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode decision = detail.get("decision");
        assertThat(decision.get("accepted").asBoolean()).isEqualTo(accepted);
        assertThat(decision.get("t1Count").asInt()).isEqualTo(t1);
        assertThat(decision.get("t2Count").asInt()).isEqualTo(t2);
        assertThat(decision.get("criteria").get(0).get("outcome").asString()).isEqualTo(meanOutcome);
        if (limit != null) {
            assertThat(new BigDecimal(decision.get("meanLimit").asString()).setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString())
                    .isEqualTo(limit);
        }
        assertThat(detail.get("lot").get("accepted").asBoolean()).isEqualTo(accepted);
        assertThat(detail.get("lot").get("editions").asString()).contains(edition);
        assertThat(detail.get("lot").get("anyUnverified").asBoolean()).isEqualTo(unverified);
        // an unverified edition, or a stand-in (JJF 1070-2023 decided with the 2005 tables, ADR 0018), says so in its citation
        assertThat(detail.get("lot").get("editions").asString().contains("unverified")).isEqualTo(unverified);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'lot-inspection' and entity_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(2L);

        // 4. the report: Chinese text with the readings, T, the limit, the decision, the edition, the inspector
        byte[] pdf = mvc.perform(get("/api/prepackaged/lots/" + id + "/report").with(county)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("定量包装商品净含量计量检验报告", "全脂奶粉", "允许短缺量 T", edition,
                    accepted ? "该检验批合格" : "该检验批不合格", "赵静", String.valueOf(seed));
            if (limit != null) {
                assertThat(text).contains(limit);
            }
            if ("self-check".equals(data)) {
                assertThat(text).contains("484", "500.072");
            }
            assertThat(text.contains("未经核对")).isEqualTo(unverified);
            if (name.startsWith("RULES.md") || name.startsWith("fails on one T2")) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.RGB);
                Path out = Path.of("target", "screenshots", "lot-report-" + (accepted ? "pass" : "t2") + ".png");
                Files.createDirectories(out.getParent());
                ImageIO.write(image, "PNG", out.toFile());
            }
        }
    }
}
