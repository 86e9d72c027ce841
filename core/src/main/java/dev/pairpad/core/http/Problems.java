package dev.pairpad.core.http;

import dev.pairpad.api.protocol.Problem;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Sends RFC 9457 problem documents (through the JSON-B media); the one way every REST error leaves the server. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static void send(ServerResponse res, int status, String detail) {
        Status s = Status.create(status);
        res.status(s);
        RestMedia.send(res, PROBLEM_JSON, new Problem("about:blank", s.reasonPhrase(), status, detail));
    }

    /** An HTTP error to answer with; thrown from handlers and turned into a problem document. */
    static final class HttpProblem extends RuntimeException {
        final int status;
        final long retryAfterSeconds;

        HttpProblem(int status, String detail) {
            this(status, detail, -1);
        }

        HttpProblem(int status, String detail, long retryAfterSeconds) {
            super(detail);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    static void handle(ServerResponse res, HttpProblem problem) {
        if (problem.retryAfterSeconds >= 0) {
            res.header(HeaderNames.RETRY_AFTER, Long.toString(problem.retryAfterSeconds));
        }
        send(res, problem.status, problem.getMessage());
    }
}
