package dev.pairpad.core.packaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PAIRPAD_* names used in the packaging files: each must be a server setting or a variable a script reads. */
final class Variables {
    private static final Pattern NAME = Pattern.compile("PAIRPAD_[A-Z0-9_]+");

    private Variables() {
    }

    static Set<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    static List<String> unknownIn(String text) {
        List<String> problems = new ArrayList<>();
        for (String name : namesIn(text)) {
            if (!ServerSettings.isKnown(name)) {
                problems.add(name + " is neither a server setting (dev.pairpad.core.config.Setting)"
                        + " nor a variable the scripts read");
            }
        }
        return problems;
    }

    /** Each script variable is really read where the table says. */
    static List<String> toolVariablesAreRead(Repository repo) {
        List<String> problems = new ArrayList<>();
        for (List<String> variable : ServerSettings.TOOL_VARIABLES) {
            String file = variable.get(1);
            if (!repo.exists(file) || !repo.read(file).contains(variable.getFirst())) {
                problems.add(variable.getFirst() + " is said to be read by " + file + ", which does not mention it");
            }
        }
        return problems;
    }
}
