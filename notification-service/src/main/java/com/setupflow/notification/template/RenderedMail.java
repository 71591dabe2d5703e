package com.setupflow.notification.template;

/**
 * An email ready to send, in both forms a mail client may show.
 *
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body
 */
public record RenderedMail(String subject, String text, String html) {

}
