package org.liaison.notify.delivery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The templates of a {@link Notice}, addressed to one person. */
@CheckedTemplate(basePath = "Notices")
public class Notices {

    public record View(Notice notice, String recipientName) {
    }

    public static native TemplateInstance html(View view);

    public static native TemplateInstance text(View view);
}
