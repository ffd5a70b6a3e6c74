package org.gridx.core.fieldwork.web;

import org.gridx.core.fieldwork.rest.VisitInput;
import org.jboss.resteasy.reactive.RestForm;

/** The visit form as posted (all text, as browsers send it); turned into the API's input to be checked the same way. */
public class VisitForm {

    @RestForm
    public String grid;
    @RestForm
    public String address;
    @RestForm
    public String asked;
    @RestForm
    public String found;
    @RestForm
    public String followUp;
    @RestForm
    public String key;

    static VisitForm blank(String key) {
        VisitForm f = new VisitForm();
        f.key = key;
        return f;
    }

    public boolean followUpChecked() {
        return followUp != null && !followUp.isBlank();
    }

    VisitInput toInput() {
        return new VisitInput(grid, null, address, null, asked, found, followUpChecked(), null, null);
    }
}
