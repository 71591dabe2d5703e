package com.setupflow.order.dashboard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The "add note" form; the same limit as the API's notes.
 *
 * @param text the note
 */
record NoteForm(@NotBlank @Size(max = 900) String text) {

}
