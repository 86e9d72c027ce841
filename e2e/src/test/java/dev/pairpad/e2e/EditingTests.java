package dev.pairpad.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** What one person's editing looks like on the server: multi-cursor edits, pasted CRLF, language. */
@ExtendWith(Pairpad.class)
class EditingTests {

    @Test
    void multiCursorEditsAndPastedCrlfTextReachTheServerExactlyAsShown(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Editing", "javascript", "one\ntwo\nthree\n");
        try (Person ada = pairpad.person("Ada").join(room.candidateUrl())) {
            ada.caretAtStart();
            ada.press("Shift+Alt+ArrowDown");
            ada.press("Shift+Alt+ArrowDown");
            ada.type("> ");
            ada.press("Escape");
            ada.caretAtEnd();
            ada.page().keyboard().insertText("pasted\r\nlines\r\n");
            String expected = "> one\n> two\n> three\npasted\nlines\n";
            ada.awaitText(expected);
            ada.awaitConnected();
            assertThat(pairpad.serverCode(room)).isEqualTo(expected);
        }
    }

    @Test
    void languagePickerFollowsTheRoom(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Language", "python", "");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            bob.page().getByTestId("language").selectOption("javascript");
            ada.page().waitForFunction("() => document.querySelector('[data-testid=language]').value === 'javascript'");
            try (Person cy = pairpad.person("Cy").join(room.candidateUrl())) {
                cy.page().waitForFunction("() => document.querySelector('[data-testid=language]').value === 'javascript'");
            }
        }
    }
}
