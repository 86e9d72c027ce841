package dev.pairpad.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The interviewer plays a recorded session back: scrubbing, playing, authors, and who may watch. */
@ExtendWith(Pairpad.class)
class PlaybackTests {

    private static final String STARTER = "def solve():\n    return 42\n";
    private static final String ADA_TEXT = "# ada\n";
    private static final String BOB_TEXT = "print(1)";

    @Test
    void scrubbingShowsTheFinalTextAtTheEndAndAnIntermediateTypedTextInTheMiddle(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Recorded", "python", STARTER);
        String expected = ADA_TEXT + STARTER + BOB_TEXT;
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl());
             Person bob = pairpad.person("Bob").join(room.candidateUrl())) {
            ada.caretAtStart();
            bob.caretAtEnd();
            for (int i = 0; i < Math.max(ADA_TEXT.length(), BOB_TEXT.length()); i++) {
                if (i < ADA_TEXT.length()) {
                    ada.type(ADA_TEXT.substring(i, i + 1));
                }
                if (i < BOB_TEXT.length()) {
                    bob.type(BOB_TEXT.substring(i, i + 1));
                }
            }
            ada.awaitText(expected);
            bob.awaitText(expected);
            ada.awaitConnected();
            bob.awaitConnected();
            assertThat(bob.page().getByTestId("playback-link")).isHidden();

            Page playback = ada.page().waitForPopup(() -> ada.page().getByTestId("playback-link").click());
            assertThat(playback.getByTestId("playback-position")).containsText("Start");
            assertThat(playback.getByTestId("playback-authors")).containsText("Ada");
            assertThat(playback.getByTestId("playback-authors")).containsText("Bob");
            assertThat(textOf(playback)).isEqualTo(STARTER);

            Locator scrubber = playback.getByTestId("playback-scrubber");
            scrubber.focus();
            playback.keyboard().press("End");
            playback.waitForFunction("expected => window.pairpad.text() === expected", expected);
            int last = Integer.parseInt(scrubber.getAttribute("max"));
            assertThat(last).isGreaterThanOrEqualTo(2);

            int middle = last / 2;
            scrubber.evaluate("(s, n) => { s.value = String(n); s.dispatchEvent(new Event('input')); }", middle);
            assertThat(playback.getByTestId("playback-position")).containsText("Change " + middle + " of " + last);
            String intermediate = textOf(playback);
            Matcher m = Pattern.compile("(.*)" + Pattern.quote(STARTER) + "(.*)", Pattern.DOTALL).matcher(intermediate);
            assertThat(m.matches()).as("middle text %s keeps the starter", intermediate).isTrue();
            assertThat(ADA_TEXT).startsWith(m.group(1));
            assertThat(BOB_TEXT).startsWith(m.group(2));
            assertThat(intermediate).isNotEqualTo(STARTER).isNotEqualTo(expected);
            assertThat(playback.getByTestId("playback-author")).hasText(Pattern.compile("Ada|Bob"));
            playback.screenshot(new Page.ScreenshotOptions().setPath(Pairpad.screenshot("playback")));

            playback.getByTestId("playback-speed").selectOption("16");
            scrubber.evaluate("s => { s.value = '0'; s.dispatchEvent(new Event('input')); }");
            playback.getByTestId("playback-play").click();
            playback.waitForFunction("expected => window.pairpad.text() === expected", expected);
            assertThat(playback.getByTestId("playback-play")).hasText("Play");
            assertThat(playback.getByTestId("playback-position")).containsText("Change " + last + " of " + last);
            assertThat(ada.pageErrors()).isEmpty();
            assertThat(ada.foreignRequests()).isEmpty();
        }
    }

    @Test
    void theCandidateKeyGetsAPlainRefusalAndNoCode(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Not for candidates", "python", "secret = 1\n");
        try (Person bob = pairpad.person("Bob")) {
            String candidateKey = room.candidateUrl().substring(room.candidateUrl().indexOf("#k=") + 3);
            bob.page().navigate(pairpad.url() + "/r/" + room.id() + "/playback#k=" + candidateKey);
            assertThat(bob.page().getByTestId("playback-error"))
                    .containsText("Playback is only for interviewers");
            assertThat(bob.page().getByTestId("editor")).hasCount(0);
            assertThat(bob.page().content()).doesNotContain("secret = 1");
            assertThat(bob.pageErrors()).as("the browser saw the server's 403").anyMatch(e -> e.contains("403"));
        }
    }

    @Test
    void endingTheInterviewOffersThePlayback(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Ended then replayed", "javascript", "");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl())) {
            ada.caretAtStart();
            ada.type("let x = 1;");
            ada.awaitConnected();
            ada.page().getByTestId("end-interview").click();
            ada.page().getByTestId("end-interview").click();
            Page playback = ada.page().waitForPopup(() -> ada.page().getByTestId("closed-playback-link").click());
            playback.getByTestId("playback-end").click();
            playback.waitForFunction("() => window.pairpad.text() === 'let x = 1;'");
            assertThat(playback.getByTestId("playback-author")).hasText("Ada");
        }
    }

    @Test
    void starterCodeDeletedDuringTheInterviewIsPlayedBackAsItWas(Pairpad pairpad) {
        Pairpad.Room room = pairpad.createRoom("Starter replaced", "python", "old()\n");
        try (Person ada = pairpad.person("Ada").join(room.interviewerUrl())) {
            ada.caretAtStart();
            ada.press("Control+a");
            ada.type("new()");
            ada.awaitText("new()");
            ada.awaitConnected();
            Page playback = ada.page().waitForPopup(() -> ada.page().getByTestId("playback-link").click());
            assertThat(textOf(playback)).isEqualTo("old()\n");
            assertThat(playback.getByTestId("playback-notice")).isHidden();
            playback.getByTestId("playback-end").click();
            playback.waitForFunction("() => window.pairpad.text() === 'new()'");
        }
    }

    private static String textOf(Page page) {
        page.waitForFunction("() => window.pairpad !== undefined");
        return (String) page.evaluate("() => window.pairpad.text()");
    }
}
