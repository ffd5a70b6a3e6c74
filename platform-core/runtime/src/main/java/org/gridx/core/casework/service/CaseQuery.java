package org.gridx.core.casework.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Filters of a case list: queues (state), a subtree (node), a department, mine, overdue only. */
public class CaseQuery {

    @QueryParam("state")
    @Pattern(regexp = "(new|reported|registered|rejected|dispatched|accepted|handled|closed|evaluated|merged|open)"
            + "(,(reported|registered|rejected|dispatched|accepted|handled|closed|evaluated|merged|open))*",
            message = "states separated by commas, e.g. reported,registered; 'open' means every state still in the loop")
    public String state;
    @QueryParam("node")
    @Pattern(regexp = "[0-9]{6,15}", message = "a grid node code")
    public String node;
    @QueryParam("department")
    @Pattern(regexp = "[a-z][a-z0-9-]*", message = "a department code")
    public String department;
    @QueryParam("mine")
    public boolean mine;
    @QueryParam("overdue")
    public boolean overdue;
    @QueryParam("duplicates")
    public boolean duplicates;
    @QueryParam("limit")
    @DefaultValue("50")
    @Min(value = 1, message = "at least 1")
    @Max(value = 500, message = "at most 500")
    public int limit = 50;
}
