package dev.pairpad.api.protocol;

/** A protocol enum constant with its spelling on the wire. */
interface Wire {

    /** The exact string used on the wire. */
    String wire();

    static <E extends Enum<E> & Wire> E parse(Class<E> type, String value, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(value)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.wire());
        }
        throw new ProtocolException(ErrorCode.BAD_MESSAGE,
                "field \"" + field + "\" must be one of " + allowed + ", got \"" + value + "\"");
    }
}
