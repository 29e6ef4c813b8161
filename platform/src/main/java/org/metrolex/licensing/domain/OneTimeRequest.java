package org.metrolex.licensing.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a one-time request for missing documents (一次性告知, 《行政许可法》第三十二条) is complete when
 * every item listed has its own upload made on or after the request day.
 */
public final class OneTimeRequest {

    private static final ZoneId AUTHORITY_ZONE = ZoneId.of("Asia/Shanghai");

    private OneTimeRequest() {
    }

    /**
     * The items not yet answered: an item naming one of the procedure's documents (by code, Chinese or English
     * name) needs an upload of that document kind; every other item needs its own upload marked as a supplement.
     */
    public static List<String> unansweredItems(Procedure p, ApplicationEvent request, List<LicenceDocument> docs) {
        LocalDate requested = request.on();
        List<LicenceDocument> since = docs.stream()
                .filter(doc -> !doc.uploadedAt().atZoneSameInstant(AUTHORITY_ZONE).toLocalDate().isBefore(requested))
                .toList();
        List<String> missing = new ArrayList<>();
        List<String> free = new ArrayList<>();
        for (String item : request.items()) {
            Optional<RequiredDocument> kind = p.documents().stream()
                    .filter(r -> r.code().equals(item) || r.nameZh().equals(item) || r.nameEn().equalsIgnoreCase(item)).findFirst();
            if (kind.isEmpty()) {
                free.add(item);
            } else if (since.stream().noneMatch(doc -> doc.requirement().equals(kind.get().code()))) {
                missing.add(item);
            }
        }
        long supplements = since.stream().filter(doc -> doc.requirement().equals("supplement")).count();
        for (int i = (int) Math.min(supplements, free.size()); i < free.size(); i++) {
            missing.add(free.get(i));
        }
        return missing;
    }

    /** Refuses the answer while an item is missing. */
    public static void requireAnswered(Procedure p, ApplicationEvent request, List<LicenceDocument> docs) {
        List<String> unanswered = unansweredItems(p, request, docs);
        if (!unanswered.isEmpty()) {
            throw RuleBroken.invalid("file", "one-per-item",
                    "一次性告知所列材料须逐项上传后再提交，尚缺：" + String.join("、", unanswered),
                    "upload one document for every item the request listed before answering; still missing: "
                            + String.join(", ", unanswered));
        }
    }
}
