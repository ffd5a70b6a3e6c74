package org.gridx.core.casework.web;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * An action form as browsers post it (text fields, and photo files when the action takes them), from the
 * case page or any queue that offers the action. {@code version} is the case's version when the page was
 * drawn, so a move made meanwhile by someone else is not overridden; {@code back} is where to return.
 */
public class ActionForm {

    @RestForm
    public String action;
    @RestForm
    public String note;
    @RestForm
    public String department;
    @RestForm
    public String extension;
    @RestForm
    public String rating;
    @RestForm
    public String mergeInto;
    @RestForm
    public String version;
    @RestForm
    public String back;
    @RestForm("photos")
    public List<FileUpload> photos;
    @RestForm("photosBefore")
    public List<FileUpload> photosBefore;
    @RestForm("photosAfter")
    public List<FileUpload> photosAfter;
}
