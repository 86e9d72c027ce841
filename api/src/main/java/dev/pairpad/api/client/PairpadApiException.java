package dev.pairpad.api.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with an error ({@code application/problem+json}): status, type, title and detail are
 * exactly what it said; {@link #retryAfter()} is set for {@code 429}.
 */
public final class PairpadApiException extends PairpadClientException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final transient Optional<Duration> retryAfter;

    public PairpadApiException(String call, int status, String type, String title, String detail,
            Optional<Duration> retryAfter) {
        super(call + " failed: " + status + (title.isBlank() ? "" : " " + title)
                + (detail.isBlank() ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status, 400 to 599. */
    public int status() {
        return status;
    }

    /** The problem type URI, {@code about:blank} when the server gave none. */
    public String type() {
        return type;
    }

    /** The short, human-readable summary; empty when none. */
    public String title() {
        return title;
    }

    /** What exactly went wrong; empty when the server did not say. */
    public String detail() {
        return detail;
    }

    /** How long the server asked to wait before trying again ({@code Retry-After}). */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
