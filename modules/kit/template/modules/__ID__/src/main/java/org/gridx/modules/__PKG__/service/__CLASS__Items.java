package org.gridx.modules.__PKG__.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.module.ModuleAccess;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.modules.__PKG__.__CLASS__Module;
import org.gridx.modules.__PKG__.domain.__CLASS__Item;

/**
 * The items of the current tenant. Reads and writes go through Hibernate's tenant filter and row-level
 * security, so another tenant's item is simply not found (404), never an error.
 */
@ApplicationScoped
public class __CLASS__Items {

    @Inject
    ModuleAccess modules;
    @Inject
    TenantContext tenant;

    @Transactional
    public List<__CLASS__Item> all() {
        return __CLASS__Item.list("order by createdAt desc, id");
    }

    @Transactional
    public __CLASS__Item get(UUID id) {
        __CLASS__Item item = __CLASS__Item.findById(id);
        if (item == null) {
            throw ProblemException.notFound("There is no item " + id + " here. List the items to find its id.");
        }
        return item;
    }

    @Transactional
    public __CLASS__Item create(String title, String note) {
        long max = modules.settings(tenant.require(), __CLASS__Module.ID).integer(__CLASS__Module.MAX_ITEMS);
        if (__CLASS__Item.count() >= max) {
            throw ProblemException.conflict("This tenant already has " + max + " items, its limit. Delete one, or ask "
                    + "the tenant administrator to raise '" + __CLASS__Module.MAX_ITEMS + "' under Modules.");
        }
        __CLASS__Item item = new __CLASS__Item();
        item.title = title;
        item.note = note;
        item.persist();
        return item;
    }

    @Transactional
    public __CLASS__Item update(UUID id, String title, String note) {
        __CLASS__Item item = get(id);
        item.title = title;
        item.note = note;
        return item;
    }

    @Transactional
    public void delete(UUID id) {
        get(id).delete();
    }
}
