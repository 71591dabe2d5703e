package com.setupflow.order.dashboard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.setupflow.order.order.web.NoControlCharacters;

/**
 * The "add note" form; the same rules as the API's notes.
 *
 * @param text the note
 */
record NoteForm(@NotBlank @Size(max = 900) @NoControlCharacters(lineBreaks = true) String text) {

}
