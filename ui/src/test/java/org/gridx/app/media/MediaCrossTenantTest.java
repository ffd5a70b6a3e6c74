package org.gridx.app.media;

import static io.restassured.RestAssured.given;
import static org.gridx.app.media.MediaFixture.base;
import static org.gridx.app.media.MediaFixture.informant;
import static org.gridx.app.media.MediaFixture.postBody;
import static org.gridx.app.media.MediaFixture.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.media.service.MediaStore;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Photos;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Tenant A can neither fetch B's photos nor refer to them; B's photos stay as they were. */
@QuarkusTest
class MediaCrossTenantTest {

    @Inject
    MediaStore media;
    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    @Test
    void anotherTenantsPhotoIsNotFoundUnderEitherAddress() {
        String a = MediaFixture.tenant();
        String b = MediaFixture.tenant();
        String id = postBody(b, informant(b), "image/jpeg", Photos.jpeg(100, 80)).statusCode(201).extract().path("[0].id");
        String adminA = Tokens.of(a, "admin", Role.Names.TENANT_ADMIN);
        for (String suffix : new String[] {"", "/public", "/thumbnail"}) {
            given().auth().oauth2(adminA).get(base(b) + "/" + id + suffix).then().statusCode(404);
            given().auth().oauth2(adminA).get(base(a) + "/" + id + suffix).then().statusCode(404);
        }
        given().auth().oauth2(informant(a)).contentType("image/jpeg").body(Photos.jpeg(10, 10)).post(base(b))
                .then().statusCode(404);
        // The same bytes uploaded in A become A's own photo, not a reference to B's.
        String own = postBody(a, resident(a), "image/jpeg", Photos.jpeg(100, 80)).statusCode(201).extract().path("[0].id");
        assertEquals(false, own.equals(id));

        assertEquals(b, AdminSql.query("SELECT tenant_id FROM media_object WHERE id = ?", UUID.fromString(id)).get(0).get("tenant_id"));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM media_object WHERE tenant_id = ?", b));
        assertEquals(3L, AdminSql.count("SELECT count(*) FROM media_blob WHERE tenant_id = ?", b));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM media_object WHERE tenant_id = ?", a));
        // Wall 2: native SQL, which Hibernate does not filter, still sees only the unit of work's tenant.
        assertEquals(3L, tenants.callAs(a, () -> ((Number) em.createNativeQuery("SELECT count(*) FROM media_blob")
                .getSingleResult()).longValue()));
        assertEquals(0L, tenants.callAs(a, () -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM media_blob WHERE tenant_id = ?1").setParameter(1, b).getSingleResult()).longValue()));
    }

    @Test
    void requireAllRefusesAnotherTenantsPhotoNamingTheField() {
        String a = MediaFixture.tenant();
        String b = MediaFixture.tenant();
        UUID mine = UUID.fromString(postBody(a, informant(a), "image/png", Photos.png(30, 30)).statusCode(201).extract().path("[0].id"));
        UUID theirs = UUID.fromString(postBody(b, informant(b), "image/png", Photos.png(31, 30)).statusCode(201).extract().path("[0].id"));

        tenants.runAs(a, () -> media.requireAll(List.of(mine), "/photos"));
        tenants.runAs(a, () -> media.requireAll(List.of(), "/photos"));
        tenants.runAs(b, () -> media.requireAll(List.of(theirs), "/photos"));
        ProblemException e = assertThrows(ProblemException.class,
                () -> tenants.runAs(a, () -> media.requireAll(Arrays.asList(mine, theirs), "/photos")));
        assertEquals(400, e.problem().status());
        assertEquals("/photos", e.problem().errors().get(0).pointer());
        assertEquals(true, e.problem().errors().get(0).message().contains(theirs.toString()));
        assertEquals(false, e.problem().errors().get(0).message().contains(mine.toString()));
        assertEquals(List.of(), tenants.callAs(a, () -> media.findAll(List.of(theirs))));
        assertEquals(1, tenants.callAs(a, () -> media.findAll(List.of(theirs, mine))).size());
    }
}
