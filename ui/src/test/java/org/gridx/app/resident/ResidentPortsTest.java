package org.gridx.app.resident;

import static org.gridx.app.resident.ResidentFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.gridx.api.casework.CaseOpening;
import org.gridx.api.casework.CaseRef;
import org.gridx.api.casework.CaseRequest;
import org.gridx.api.casework.CaseStatus;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.resident.ResidentDirectory;
import org.gridx.api.resident.ResidentProfile;
import org.gridx.api.staffing.PostAssignment;
import org.gridx.api.staffing.PostAssignments;
import org.gridx.api.tenant.TenantContext;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The three ports "+X" modules use, through their core implementations, as a module calls them. */
@QuarkusTest
class ResidentPortsTest {

    @Inject
    ResidentDirectory directory;
    @Inject
    CaseOpening cases;
    @Inject
    PostAssignments posts;
    @Inject
    TenantContext tenants;

    @Test
    void aRegisteredResidentIsUnverifiedUntilTheGridVerifiesThem() {
        String t = tenant("rp");
        Places p = places(t);
        String id = register(t, "li.min", "李敏", p.unit1()).getString("id");

        ResidentProfile before = tenants.callAs(t, () -> directory.byUsername("li.min")).orElseThrow();
        assertFalse(before.verified());
        assertEquals(UUID.fromString(p.unit1()), before.householdId());
        assertEquals(G1, before.gridCode());
        assertEquals(COMMUNITY, before.communityCode());
        assertEquals(null, before.verifiedAt());

        as(t, "gao.limei").body(java.util.Map.of("decision", "verify")).post("/api/t/" + t + "/registrations/" + id + "/decision")
                .then().statusCode(200);
        ResidentProfile after = tenants.callAs(t, () -> directory.byUsername("li.min")).orElseThrow();
        assertTrue(after.verified());
        assertNotNull(after.verifiedAt());
        // staff are not residents, and nobody is found in another tenant
        assertTrue(tenants.callAs(t, () -> directory.byUsername("gao.limei")).isEmpty());
        String other = tenant("rq");
        assertTrue(tenants.callAs(other, () -> directory.byUsername("li.min")).isEmpty());
    }

    @Test
    void aModuleOpensACaseOncePerKeyAndFollowsItsStatus() {
        String t = tenant("rc");
        CaseRequest r = new CaseRequest("meeting-7-resolution-1", "disp", "06003", null, G1, "议事会决议：拆除违章接坡", "self-governance");
        CaseRef first = tenants.callAs(t, () -> cases.open(r));
        CaseRef again = tenants.callAs(t, () -> cases.open(r));
        assertEquals(first, again);
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND source = 'self-governance'", t));

        CaseStatus s = tenants.callAs(t, () -> cases.status(first.id())).orElseThrow();
        assertEquals("reported", s.state());
        assertEquals("已上报", s.stateLabel().zh());
        assertEquals("Reported", s.stateLabel().en());
        assertFalse(s.closed());
        assertTrue(tenants.callAs(tenant("rd"), () -> cases.status(first.id())).isEmpty());

        CaseRequest noItem = new CaseRequest("k2", "disp", null, null, G1, "x", "self-governance");
        ProblemException e = assertThrows(ProblemException.class, () -> tenants.callAs(t, () -> cases.open(noItem)));
        assertEquals(422, e.problem().status());
    }

    @Test
    void anElectedResidentTakesABuildingPostAndTheReplacementIsRecorded() {
        String t = tenant("rs");
        Places p = places(t);
        verifiedResident(t, "li.min", "李敏", p.unit1(), "gao.limei");
        verifiedResident(t, "zhang.wei", "张伟", p.unit1(), "gao.limei");
        UUID building = UUID.fromString(p.building1());

        tenants.runAs(t, () -> posts.assign(new PostAssignment("building-head", G1, building, "li.min", "election:e1")));
        tenants.runAs(t, () -> posts.assign(new PostAssignment("building-head", G1, building, "li.min", "election:e1")));
        tenants.runAs(t, () -> posts.assign(new PostAssignment("building-head", G1, building, "zhang.wei", "election:e2")));
        tenants.runAs(t, () -> posts.assign(new PostAssignment("resident-group-leader", G1, null, "li.min", "election:e3")));

        assertEquals(2L, AdminSql.count("SELECT count(*) FROM resident_post WHERE tenant_id = ?", t));
        assertEquals(3L, AdminSql.count("SELECT count(*) FROM resident_post_change WHERE tenant_id = ?", t));
        assertEquals(1L, AdminSql.count("""
                SELECT count(*) FROM resident_post_change c JOIN account a ON a.tenant_id = c.tenant_id AND a.id = c.previous_holder_id
                WHERE c.tenant_id = ? AND a.username = 'li.min' AND c.basis = 'election:e2'""", t));

        // an unverified resident, or one of another grid, cannot hold the post
        register(t, "new.comer", "新来的", p.unit1());
        ProblemException e = assertThrows(ProblemException.class, () -> tenants.runAs(t, () ->
                posts.assign(new PostAssignment("building-head", G1, building, "new.comer", "election:e4"))));
        assertEquals(422, e.problem().status());
        verifiedResident(t, "far.away", "远方", p.unit2(), "wu.xiuhua");
        assertThrows(ProblemException.class, () -> tenants.runAs(t, () ->
                posts.assign(new PostAssignment("resident-group-leader", G1, null, "far.away", "election:e5"))));
    }
}
