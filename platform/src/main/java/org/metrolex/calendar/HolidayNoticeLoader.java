package org.metrolex.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.metrolex.calendar.domain.HolidayNotice;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the shipped State Council holiday notices ({@code calendar/holidays/<year>.json}, format of
 * NateScarlet/holiday-cn, see PROVENANCE.md there). A malformed file stops start-up: a calendar
 * silently missing a year would give wrong statutory deadlines.
 */
@Component
class HolidayNoticeLoader {

    static final String LOCATION = "classpath*:calendar/holidays/*.json";

    private final JsonMapper jsonMapper;

    HolidayNoticeLoader(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    List<HolidayNotice> load() {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("无法列出节假日数据 / Cannot list holiday data at " + LOCATION, e);
        }
        List<HolidayNotice> notices = new ArrayList<>();
        for (Resource resource : resources) {
            notices.add(read(resource));
        }
        notices.sort(Comparator.comparingInt(HolidayNotice::year));
        return notices;
    }

    /** A notice loaded at run time, as stored (it was checked by {@link NoticeFileCheck} before it was stored). */
    HolidayNotice parse(String content) {
        try {
            return toNotice(jsonMapper.readValue(content, NoticeFile.class));
        } catch (RuntimeException e) {
            throw new IllegalStateException("已存储的节假日通知无效 / Invalid stored holiday notice: " + e.getMessage(), e);
        }
    }

    private HolidayNotice toNotice(NoticeFile file) {
        Map<LocalDate, Boolean> days = new LinkedHashMap<>();
        for (NoticeDay day : file.days()) {
            if (days.put(LocalDate.parse(day.date()), day.isOffDay()) != null) {
                throw new IllegalStateException(day.date() + " 重复 / listed twice");
            }
        }
        return new HolidayNotice(file.year(), file.papers().stream().map(String::strip).toList(), days);
    }

    private HolidayNotice read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return toNotice(jsonMapper.readValue(in, NoticeFile.class));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("节假日数据文件无效 / Invalid holiday data file " + resource.getDescription()
                    + ": " + e.getMessage(), e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NoticeFile(int year, List<String> papers, List<NoticeDay> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NoticeDay(String name, String date, boolean isOffDay) {
    }
}
