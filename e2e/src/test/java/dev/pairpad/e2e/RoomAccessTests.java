package dev.pairpad.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What each role may see and do: private notes, ending the interview. */
@ExtendWith(Pairpad.class)
class RoomAccessTests {

    @Test
    void candidateNeverGetsTheNotesPaneOrNotesTraffic(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Privacy", "python", "");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            ada.page().getByTestId("notes").fill("strong on recursion, NOTE-MARKER-7");
            ada.page().waitForFunction("() => window.pairpad.notes() === 'strong on recursion, NOTE-MARKER-7'");
            bob.caretAtEnd();
            bob.type("print(1)");
            ada.awaitText("print(1)");
            assertThat(ada.page().getByTestId("status")).hasText("Connected");
            assertThat(ada.framesReceived()).anyMatch(f -> f.contains("\"notes\""));
            assertThat(bob.page().getByTestId("notes")).hasCount(0);
            assertThat(bob.framesReceived()).isNotEmpty()
                    .noneMatch(f -> f.contains("notes") || f.contains("NOTE-MARKER"));
        }
    }

    @Test
    void anEndedInterviewIsReadOnlyForEveryone(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Ending", "python", "final = True\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            assertThat(bob.page().getByTestId("end-interview")).isHidden();
            Page page = ada.page();
            page.getByTestId("end-interview").click();
            page.getByTestId("end-interview").click();
            assertThat(bob.page().getByTestId("closed-banner")).containsText("ended");
            assertThat(page.getByTestId("closed-banner")).containsText("ended");
            bob.caretAtEnd();
            bob.type("more = 1");
            ada.caretAtEnd();
            ada.type("more = 2");
            assertThat(bob.text()).isEqualTo("final = True\n");
            assertThat(ada.text()).isEqualTo("final = True\n");
            try (Person late = pairpad.person("Cy").join(room.candidateUrl())) {
                assertThat(late.page().getByTestId("closed-banner")).isVisible();
                assertThat(late.text()).isEqualTo("final = True\n");
            }
        }
    }

    @Test
    void aWrongKeyOrAMissingRoomGetsAPlainMessageAndNoEditor(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Keys", "python", "secret = 1\n");
        try (Person eve = pairpad.person("Eve")) {
            Page page = eve.page();
            page.navigate(pairpad.url() + "/r/" + room.id() + "#k=not-the-key");
            page.getByTestId("name-input").fill("Eve");
            page.getByTestId("join").click();
            assertThat(page.getByTestId("fatal-error")).containsText("key in this link is not valid");
            assertThat(page.getByTestId("status")).hasText("Disconnected");
            assertThat(eve.text()).isEmpty();

            page.navigate(pairpad.url() + "/r/no-such-room#k=whatever");
            assertThat(page.getByTestId("fatal-error")).containsText("does not exist");
        }
    }
}
