package org.gridx.core.casework.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.service.ActionInput;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.CaseFlow;
import org.gridx.core.media.rest.MediaView;
import org.gridx.core.media.service.MediaStore;
import org.gridx.core.media.service.Upload;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A posted action form, checked with the API's own rules, its photos stored first (the media store keeps
 * one copy of identical bytes, so a resent form does not pile up copies), then the move through the one
 * path every move takes ({@link CaseFlow#act}).
 */
@ApplicationScoped
public class ActionForms {

    @Inject
    Validator validator;
    @Inject
    MediaStore media;
    @Inject
    CaseFlow flow;

    public CaseFile act(UUID id, ActionForm f, Actor actor) {
        ActionInput text = input(f, null, null, null);
        List<FieldProblem> problems = validator.validate(text).stream()
                .map(v -> new FieldProblem("/" + v.getPropertyPath(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::pointer)).toList();
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some fields are missing or wrong.", problems);
        }
        ActionInput in = input(f, store(f.photos, "photos"), store(f.photosBefore, "photosBefore"),
                store(f.photosAfter, "photosAfter"));
        return flow.act(id, in, actor, version(f.version));
    }

    private static ActionInput input(ActionForm f, List<UUID> photos, List<UUID> before, List<UUID> after) {
        return new ActionInput(blankToNull(f.action), blankToNull(f.note), blankToNull(f.department), null, null,
                photos, before, after, rating(f.rating), mergeInto(f.mergeInto), blankToNull(f.extension), null);
    }

    /** Files actually chosen (browsers send an empty part for an empty file field), stored; null when none. */
    private List<UUID> store(List<FileUpload> files, String field) {
        List<Upload> uploads = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.size() > 0) {
                try {
                    uploads.add(new Upload(field + "[" + uploads.size() + "]", file.fileName(), Files.readAllBytes(file.uploadedFile())));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read an uploaded photo", e);
                }
            }
        }
        return uploads.isEmpty() ? null : media.store(uploads).stream().map(MediaView::id).toList();
    }

    private static Integer rating(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Unusable rating.", List.of(new FieldProblem("/rating", "1 (very dissatisfied) to 5 (very satisfied)")));
        }
    }

    private static UUID mergeInto(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("Unusable case id.", List.of(new FieldProblem("/mergeInto", "the id of the case this one repeats")));
        }
    }

    private static Integer version(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Unusable version.", List.of(new FieldProblem("/version",
                    "the case's version as the page showed it; reload the page")));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
