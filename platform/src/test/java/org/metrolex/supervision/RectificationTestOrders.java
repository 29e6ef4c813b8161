package org.metrolex.supervision;

import java.time.LocalDate;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.RectificationOrder;
import org.metrolex.supervision.domain.InspectionForm;

/** Rectification orders on a given day (the date-taking command is package-private), for other packages' tests. */
public final class RectificationTestOrders {

    private final SupervisionFixtures fixtures;
    private final SupervisionManagement supervision;

    public RectificationTestOrders(IdentityManagement identity, PartyManagement parties, CurrentUser currentUser,
                                   SupervisionManagement supervision) {
        this.fixtures = new SupervisionFixtures(identity, parties, currentUser, supervision);
        this.supervision = supervision;
    }

    /**
     * A fraud finding on a market of {@code county} from a campaign the officer {@code login} organised (inspectors of
     * 桥西区 and 新华区), its rectification ordered on {@code orderedOn} for {@code workingDays} working days.
     */
    public Finding ordered(String login, String county, LocalDate orderedOn, int workingDays) {
        DataScope s = fixtures.scope(login);
        Campaign c = supervision.create(s, new CampaignDraft("节假日通知测试 " + county + " " + orderedOn,
                "MARKET_SCALES", county, 1, null, "NONE", 2,
                List.of(fixtures.inspector("130104").id(), fixtures.inspector("130105").id())));
        supervision.commit(s, c.id());
        supervision.draw(s, c.id());
        Task task = supervision.tasks(s, c.id()).get(0);
        supervision.recordInspection(s, task.id(), new InspectionForm(supervision.todayForPages(), 6, 0, 1, List.of(), 0, 0,
                null, null, null, "电子计价秤加装作弊装置"));
        Finding f = supervision.findings(s, c.id()).get(0);
        return supervision.orderRectification(s, f.id(), RectificationOrder.workingDays(workingDays), orderedOn);
    }

    public Finding reread(String login, long findingId) {
        return supervision.requireFinding(fixtures.scope(login), findingId);
    }
}
