package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small Dockerfile parser: instructions with line numbers, grouped into build stages. */
final class Dockerfiles {
    static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Dockerfiles() {
    }

    /** One instruction; {@code arguments} has continuation lines joined with a space. */
    record Instruction(int line, String keyword, String arguments) {
        /** The leading {@code --name=value} flags (e.g. COPY --from=build), in order. */
        Map<String, String> flags() {
            Map<String, String> flags = new LinkedHashMap<>();
            for (String token : arguments.split("\\s+")) {
                if (!token.startsWith("--")) {
                    break;
                }
                int equals = token.indexOf('=');
                flags.put(equals < 0 ? token.substring(2) : token.substring(2, equals),
                        equals < 0 ? "" : token.substring(equals + 1));
            }
            return flags;
        }

        /** The arguments after the leading flags. */
        String withoutFlags() {
            String rest = arguments.strip();
            while (rest.startsWith("--")) {
                int space = rest.indexOf(' ');
                rest = space < 0 ? "" : rest.substring(space + 1).strip();
            }
            return rest;
        }

        /** The words of the exec (JSON) form, or of the shell form split on white space. */
        List<String> words() {
            String rest = withoutFlags();
            if (rest.startsWith("[")) {
                return JsonStringArray.parse(rest).orElse(List.of());
            }
            return rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
        }

        String where() {
            return "line " + line + " (" + keyword + ")";
        }
    }

    /** A build stage: its base image (ARGs substituted), optional name and instructions after FROM. */
    record Stage(String image, Optional<String> name, Instruction from, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        Optional<Instruction> last(String keyword) {
            List<Instruction> found = all(keyword);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
        }
    }

    /** A parsed Dockerfile: every instruction, the global ARG defaults, the stages and the syntax problems. */
    record Parsed(List<Instruction> instructions, Map<String, String> globalArgs, List<Stage> stages,
            List<String> problems) {
        Optional<Stage> stage(String name) {
            return stages.stream().filter(s -> s.name().filter(name::equalsIgnoreCase).isPresent()).findFirst();
        }

        Stage finalStage() {
            return stages.getLast();
        }
    }

    static Parsed parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder pending = null;
        int start = 0;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            String trimmed = line.strip();
            if (pending == null && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (pending != null && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue; // comments and blank lines inside a continued instruction are dropped, as Docker does
            }
            boolean continues = trimmed.endsWith("\\");
            String content = continues ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
            if (pending == null) {
                pending = new StringBuilder(content);
                start = index + 1;
            } else {
                pending.append(' ').append(content);
            }
            if (!continues) {
                instructions.add(instruction(start, pending.toString(), problems));
                pending = null;
            }
        }
        if (pending != null) {
            problems.add("line " + start + ": the file ends inside a continued instruction (trailing backslash)");
            instructions.add(instruction(start, pending.toString(), problems));
        }
        return group(instructions, problems);
    }

    private static Instruction instruction(int line, String text, List<String> problems) {
        String[] parts = text.split("\\s+", 2);
        String keyword = parts[0].toUpperCase(Locale.ROOT);
        String arguments = parts.length > 1 ? parts[1].strip() : "";
        if (!KEYWORDS.contains(keyword)) {
            problems.add("line " + line + ": unknown instruction '" + parts[0] + "'");
        } else if (arguments.isEmpty()) {
            problems.add("line " + line + ": " + keyword + " has no arguments");
        }
        Instruction instruction = new Instruction(line, keyword, arguments);
        if (Set.of("CMD", "ENTRYPOINT", "RUN", "SHELL", "VOLUME").contains(keyword)
                && instruction.withoutFlags().startsWith("[")
                && JsonStringArray.parse(instruction.withoutFlags()).isEmpty()) {
            problems.add(instruction.where() + ": exec form is not a JSON array of double-quoted strings"
                    + " (Docker would silently run it as a shell command)");
        }
        return instruction;
    }

    private static Parsed group(List<Instruction> instructions, List<String> problems) {
        Map<String, String> globalArgs = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                if (from != null) {
                    stages.add(stage(from, body, globalArgs, stages, problems));
                }
                from = instruction;
                body = new ArrayList<>();
            } else if (from == null) {
                if (instruction.keyword().equals("ARG")) {
                    String[] nameValue = instruction.arguments().split("=", 2);
                    globalArgs.put(nameValue[0].strip(), nameValue.length > 1 ? unquote(nameValue[1].strip()) : "");
                } else {
                    problems.add(instruction.where() + ": only ARG may come before the first FROM");
                }
            } else {
                body.add(instruction);
            }
        }
        if (from == null) {
            problems.add("no FROM instruction");
        } else {
            stages.add(stage(from, body, globalArgs, stages, problems));
        }
        return new Parsed(List.copyOf(instructions), Map.copyOf(globalArgs), List.copyOf(stages), problems);
    }

    private static Stage stage(Instruction from, List<Instruction> body, Map<String, String> args,
            List<Stage> earlier, List<String> problems) {
        List<String> words = List.of(from.withoutFlags().split("\\s+"));
        String image = substitute(words.getFirst(), args);
        Optional<String> name = Optional.empty();
        if (words.size() == 3 && words.get(1).equalsIgnoreCase("AS")) {
            name = Optional.of(words.get(2));
        } else if (words.size() != 1) {
            problems.add(from.where() + ": expected 'FROM image [AS name]'");
        }
        if (image.contains("$")) {
            problems.add(from.where() + ": base image '" + words.getFirst() + "' uses an ARG without a default");
        }
        for (Stage stage : earlier) {
            if (name.isPresent() && stage.name().equals(name)) {
                problems.add(from.where() + ": stage name '" + name.get() + "' is used twice");
            }
        }
        return new Stage(image, name, from, List.copyOf(body));
    }

    static String substitute(String text, Map<String, String> args) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String value = args.getOrDefault(name, "");
            matcher.appendReplacement(result, Matcher.quoteReplacement(value.isEmpty() ? matcher.group() : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
