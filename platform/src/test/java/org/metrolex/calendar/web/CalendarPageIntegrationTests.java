package org.metrolex.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.metrolex.support.DemoLogins;
import org.metrolex.identity.IdentityManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"app.db.data-dir=", "app.demo-data.enabled=true"})
@AutoConfigureMockMvc
class CalendarPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    DemoLogins logins() {
        return new DemoLogins(identity);
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndNotProvisional() throws Exception {
        // 2026 notice: Saturday 2026-10-10 is worked in exchange for the National Day holiday.
        mvc.perform(get("/calendar").param("ask", "workingDay").param("date", "2026-10-10").with(logins().as("enterprise")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"calendar-answer\"")))
                .andExpect(content().string(containsString("<strong>工作日</strong>")))
                .andExpect(content().string(not(containsString("data-testid=\"provisional\""))));
    }

    @Test
    void anAnswerBeyondThePublishedNoticesIsMarkedProvisional() throws Exception {
        mvc.perform(get("/calendar").param("ask", "add").param("start", "2030-03-02").param("days", "20")
                        .with(logins().as("institution")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"mlx-provisional ms-2\"")))
                .andExpect(content().string(containsString("暂定")))
                .andExpect(content().string(containsString("所涉日期超出已发布的国务院办公厅节假日安排")));
    }

    @Test
    void workingDaysBetweenAndItsErrorsInEnglish() throws Exception {
        // 2026 notice: 1–7 October are off; 8, 9 and the make-up Saturday 10 October are worked.
        mvc.perform(get("/calendar").param("ask", "between").param("from", "2026-09-30").param("to", "2026-10-10")
                        .with(logins().as("city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>3</strong>")));
        mvc.perform(get("/calendar").param("lang", "en").param("ask", "between").param("from", "2026-10-10")
                        .param("to", "2026-09-30").with(logins().as("city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"calendar-error\"")))
                .andExpect(content().string(containsString("is after end date")));
    }

    @Test
    void thePageNeedsALogin() throws Exception {
        mvc.perform(get("/calendar").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
