package org.gridx.core.identity.web;

import java.util.List;
import org.gridx.core.web.NavLink;

/** One role of the signed-in account on the home page: its name, what it does, where it can go. */
public record RoleCard(String code, String label, String duty, List<NavLink> links) {
}
