package dev.pairpad.api.protocol;

/** An RFC 9457 {@code application/problem+json} error body. */
public record Problem(String type, String title, int status, String detail) {
}
