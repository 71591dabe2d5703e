package com.setupflow.order.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/orders/{id}/notes}.
 *
 * @param text the note
 */
public record AddNoteRequest(@NotBlank @Size(max = 900) @NoControlCharacters(lineBreaks = true) String text) {

}
